"""A throwaway PostgreSQL cluster for the test run: the team-server backend is tested against a
real server, not a mock.

One cluster per test session (``initdb`` into a temporary folder, started with ``pg_ctl`` on a
free local port, stopped and removed at the end). PostgreSQL refuses to run as root, so a root
test run (CI on a clean machine) runs the server as the unprivileged user ``sicpg``, created
here when missing. Tests get a fresh database copied from a template that is migrated once, so a
test costs one ``CREATE DATABASE`` instead of every migration. Without the PostgreSQL programs the
PostgreSQL tests are skipped with the reason; ``SIC_TEST_POSTGRES_REQUIRED=1`` (set by ``.ci/run``)
turns that into a failure, so CI cannot pass without testing the server.

A run that is killed runs no ``finally``: its server would go on running and its folder stay. So the
cluster is also stopped at the interpreter's exit and on SIGTERM/SIGHUP (``stopped_at_exit``), and
what a run killed outright (SIGKILL) left is stopped and removed by the next run: each throwaway
folder names its run's process (``OWNER_FILE``), and a folder whose process is gone is abandoned
(``abandoned_clusters``). Folders without that file (older runs) are left alone.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

SERVICE_USER = "sicpg"
SUPERUSER = "postgres"
TEMPLATE = "sic_template"
FOLDER_PREFIX = "sic-pg-"
OWNER_FILE = "owner.pid"  # in a throwaway cluster's folder: the process of the run that started it


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
    _stopped: bool = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    @classmethod
    def start(cls, binaries: Path, folder: Path | None = None, *, durable: bool = False) -> PostgresCluster:
        """A cluster in a new temporary folder, or in ``folder`` (made there once, started again on
        the next call: a benchmark keeps its data set between runs). The tests' cluster does not wait
        for the disk at each commit; a ``durable`` one does, as a real server and SQLite's file do."""
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
            (folder / OWNER_FILE).write_text(owner_mark(os.getpid()), encoding="utf-8")
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
        options = f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        cluster._run("pg_ctl", "-D", str(folder / "data"), "-o", options, "-l", str(folder / "server.log"), "-w", "start")
        return cluster

    def stop(self, *, keep: bool = False) -> None:
        """Stop the server and remove its folder (``keep``: shut down cleanly, leave it for the next start);
        a second call does nothing (the fixture, ``atexit`` and a signal may each ask)."""
        if self._stopped:
            return
        self._stopped = True
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


def owner_mark(pid: int) -> str:
    """``pid`` and, on Linux, when that process started: a later process given the same number differs."""
    try:
        started = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        started = ""
    return f"{pid} {started}".strip()


def _still_running(mark: str) -> bool:
    pid = int(mark.split()[0])
    if os.name == "nt":  # os.kill would end the process there: never judge a Windows run abandoned
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        pass
    return len(mark.split()) == 1 or owner_mark(pid) == mark  # that process, not a later one with its number


def abandoned_clusters(root: Path) -> list[Path]:
    """The throwaway cluster folders in ``root`` whose run's process is gone (killed before it could
    stop its server); a folder without a readable owner (an older run, one just being made) is kept."""
    found = []
    for folder in sorted(root.glob(f"{FOLDER_PREFIX}*")):
        try:
            mark = (folder / OWNER_FILE).read_text(encoding="utf-8")
            if not _still_running(mark):
                found.append(folder)
        except (OSError, ValueError, IndexError):
            continue
    return found


def stop_abandoned_clusters(binaries: Path, root: Path | None = None) -> list[Path]:
    """Stop the servers of ``abandoned_clusters`` (in the temporary folder) and remove their folders."""
    folders = abandoned_clusters(root or Path(tempfile.gettempdir()))
    for folder in folders:
        with suppress(subprocess.CalledProcessError):  # its server had ended too: the folder goes all the same
            PostgresCluster(binaries, folder, 0, _service_user()).stop()
    return folders


@contextmanager
def stopped_at_exit(cluster: PostgresCluster) -> Iterator[PostgresCluster]:
    """Stop ``cluster`` also if the interpreter exits, or SIGTERM or SIGHUP end the run, inside the block
    (then the signal goes on as before: to the handler it had, or it ends the process)."""
    atexit.register(cluster.stop)
    previous: dict[int, Any] = {}  # signal number → the handler it had

    def on_signal(number: int, frame: FrameType | None) -> None:
        cluster.stop()
        before = previous[number]
        if callable(before):
            before(number, frame)
        else:
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)

    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) not in (signal.SIG_IGN, None):
                previous[number] = signal.signal(number, on_signal)
    try:
        yield cluster
    finally:
        for number, before in previous.items():
            signal.signal(number, before)
        atexit.unregister(cluster.stop)


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
    stop_abandoned_clusters(binaries)
    with stopped_at_exit(PostgresCluster.start(binaries)) as cluster:
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
