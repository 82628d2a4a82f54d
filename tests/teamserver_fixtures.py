"""The team server's fixtures for the window tests: a credential store in memory and TLS on the test cluster."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from sic_desktop.core.storage import server_address
from sic_desktop.core.team_server_login import ServerAddress
from tests.postgres_server import PostgresCluster


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, so no test touches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    monkeypatch.setattr(server_address, "_chosen", None)  # the choice lives in the process: undone after the test
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def tls_cluster(postgres_cluster: PostgresCluster) -> tuple[PostgresCluster, Path]:
    """The session's cluster with TLS switched on (a self-signed certificate for 127.0.0.1); the CA file."""
    cert, key = postgres_cluster.folder / "server.crt", postgres_cluster.folder / "server.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    key.chmod(0o600)
    if postgres_cluster.user is not None:
        for path in (cert, key):
            shutil.chown(path, postgres_cluster.user)
    for statement in (f"ALTER SYSTEM SET ssl_cert_file = '{cert}'", f"ALTER SYSTEM SET ssl_key_file = '{key}'",
                      "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf()"):
        postgres_cluster.admin(statement)
    ca = postgres_cluster.folder / "ca.crt"
    shutil.copy(cert, ca)
    return postgres_cluster, ca


def server_address_of(cluster: PostgresCluster, url: str, **given: object) -> ServerAddress:
    """The form's values for the test database ``url`` on ``cluster``."""
    values: dict = {"host": "127.0.0.1", "port": cluster.port, "dbname": url.rsplit("/", 1)[1], "user": "postgres"}
    return ServerAddress(**(values | given))
