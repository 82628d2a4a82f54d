"""What the team server says about itself, for the documents that must describe it truthfully
(the Art. 30 record): its address, the encryption of this connection, and who holds which role.

Asked of the server at the moment of writing, not taken from the settings: the record states what is
in force. Who holds a role is read from ``pg_auth_members``; a server that hides it from this login
yields None, and the record leaves it to IT to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.errors import ServerUnreachableError, StorageError
from sic_desktop.core.storage.server_roles import ROLES

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class ServerFacts:
    host: str
    port: str
    dbname: str  # the database on the server
    login: str  # the database user this PC logged in as
    version: str  # e.g. „16.4“
    tls: str | None  # the TLS protocol of this connection („TLSv1.3“), None: no TLS
    gss_encrypted: bool  # encrypted by Kerberos (GSSAPI) instead of TLS
    sslmode: str  # as the address asks for it („verify-full“, …; libpq's default „prefer“ when not given)
    members: dict[str, list[str]] | None  # role -> logins holding it; None: this login may not read it


def server_facts(ws: Workspace) -> ServerFacts | None:
    """The facts of the team server the workspace works on; None on the local file."""
    database = ws.database
    if not database.is_server:
        return None
    from psycopg.conninfo import conninfo_to_dict

    from sic_desktop.core.storage.postgres import PostgresDatabase

    assert isinstance(database, PostgresDatabase)
    info = conninfo_to_dict(database.url)
    row = database.query(
        "SELECT current_user AS login, current_setting('server_version') AS version, "
        "(SELECT CASE WHEN ssl THEN version END FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS tls, "
        "(SELECT encrypted FROM pg_stat_gssapi WHERE pid = pg_backend_pid()) AS gss"
    )[0]
    return ServerFacts(
        host=str(info.get("host", "localhost")),
        port=str(info.get("port", "5432")),
        dbname=str(info.get("dbname", "")),
        login=str(row["login"]),
        version=str(row["version"]).split(" ", 1)[0],
        tls=row["tls"],
        gss_encrypted=bool(row["gss"]),
        sslmode=str(info.get("sslmode", "prefer")),
        members=_role_members(ws),
    )


def _role_members(ws: Workspace) -> dict[str, list[str]] | None:
    try:
        rows = ws.database.query(
            "SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members a "
            "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE r.rolname IN (?, ?, ?) ORDER BY r.rolname, m.rolname",
            list(ROLES),
        )
    except ServerUnreachableError:
        raise
    except StorageError:  # the server refused: IT hides the roles' members from this login
        return None
    members: dict[str, list[str]] = {role: [] for role in ROLES}
    for row in rows:
        members[row["role"]].append(row["member"])
    return members
