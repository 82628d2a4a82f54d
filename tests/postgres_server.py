"""A throwaway PostgreSQL cluster for the test run: the team-server backend is tested against a
real server, not a mock.

One cluster per test session (``initdb`` into a temporary folder, started with ``pg_ctl`` on a
free local port, stopped and removed at the end). PostgreSQL refuses to run as root, so a root
test run (CI on a clean machine) runs the server as the unprivileged user ``sicpg``, created
here when missing. Tests get a fresh database copied from a template that is migrated once, so a
test costs one ``CREATE DATABASE`` instead of every migration. Without the PostgreSQL programs the
PostgreSQL tests are skipped with the reason; ``SIC_TEST_POSTGRES_REQUIRED=1`` (set by ``.ci/run``)
turns that into a failure, so CI cannot pass without testing the server.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SERVICE_USER = "sicpg"
SUPERUSER = "postgres"
TEMPLATE = "sic_template"


def postgres_bin() -> Path | None:
    """The folder with ``initdb``/``pg_ctl``: ``SIC_TEST_POSTGRES_BIN``, the PATH, or Debian's newest."""
    given = os.environ.get("SIC_TEST_POSTGRES_BIN")
    if given:
        return Path(given) if (Path(given) / "initdb").exists() else None
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _service_user() -> str | None:
    """Whom the server runs as: nobody special for a normal user, ``sicpg`` (made if missing) for root."""
    if os.geteuid() != 0:
        return None
    if subprocess.run(["id", "-u", SERVICE_USER], capture_output=True).returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
            check=True, capture_output=True,
        )
    return SERVICE_USER


@dataclass
class PostgresCluster:
    """A running cluster; ``url(name)`` is the address a Workspace opens."""

    bin: Path
    folder: Path
    port: int
    user: str | None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    @classmethod
    def start(cls, binaries: Path, folder: Path | None = None) -> PostgresCluster:
        """A cluster in a new temporary folder, or in ``folder`` (made there once, started again on
        the next call: a benchmark keeps its data set between runs)."""
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="sic-pg-"))
        folder.mkdir(parents=True, exist_ok=True)
        user = _service_user()
        if user is not None:
            shutil.chown(folder, user)
        cluster = cls(binaries, folder, _free_port(), user)
        if not (folder / "data").exists():
            cluster._run(
                "initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                "--locale=C.UTF-8", "--no-sync",
            )
        options = (
            f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        cluster._run("pg_ctl", "-D", str(folder / "data"), "-o", options, "-l", str(folder / "server.log"), "-w", "start")
        return cluster

    def stop(self, *, keep: bool = False) -> None:
        """Stop the server and remove its folder (``keep``: shut down cleanly, leave it for the next start)."""
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast" if keep else "immediate", "-w", "stop")
        finally:
            if not keep:
                shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement as superuser outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        """A fresh, migrated database (a copy of the template); returns its address."""
        name = f"sic_test_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def empty_database(self) -> str:
        """A database SIC Desktop has not set up yet (for ``server init``); returns its address."""
        name = f"sic_empty_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def login(self, role: str) -> str:
        """A new login that has ``role`` (sic_lesen …); returns its name."""
        name = f"{role}_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE ROLE {name} LOGIN IN ROLE {role}")
        return name

    def drop_database(self, url: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def _make_template(cluster: PostgresCluster) -> None:
    from sic_desktop.core.storage.postgres import initialise_server

    cluster.admin(f"CREATE DATABASE {TEMPLATE}")
    initialise_server(cluster.url(TEMPLATE))


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """The session's PostgreSQL cluster with a migrated template database."""
    binaries = postgres_bin()
    if binaries is None:
        reason = "PostgreSQL is not installed (no initdb/pg_ctl found): team-server tests skipped"
        if os.environ.get("SIC_TEST_POSTGRES_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    cluster = PostgresCluster.start(binaries)
    try:
        _make_template(cluster)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """The address of a fresh, migrated server database for one test, dropped afterwards."""
    url = postgres_cluster.new_database()
    yield url
    postgres_cluster.drop_database(url)
