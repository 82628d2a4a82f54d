"""What the window may offer and where it works: the user's role on the team server, asked of the server.

The grants on the server (``core.storage.server_roles``) decide; the window only hides what would
be refused anyway, so a reader is not invited to type an edit that cannot be saved. On the local
file the user may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.i18n import translate

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class AccessRights:
    """``edit``: create, change, trash, import; ``privacy``: review list, Art. 15 export, Art. 17 erasure."""

    edit: bool = True
    privacy: bool = True


FULL_RIGHTS = AccessRights()


def access_rights(ws: Workspace) -> AccessRights:
    """The rights the server grants this login (through sic_lesen, sic_bearbeiten, sic_datenschutz)."""
    if not ws.database.is_server:
        return FULL_RIGHTS
    row = ws.database.query(
        "SELECT has_table_privilege(current_user, 'person', 'INSERT') AS edit, "
        "has_table_privilege(current_user, 'privacy_log', 'INSERT') AS privacy"
    )[0]
    return AccessRights(edit=bool(row["edit"]), privacy=bool(row["privacy"]))


def on_server(ws: Workspace) -> bool:
    """Whether the workspace keeps its records on the team server (not in the local file)."""
    return ws.database.is_server


def where_stored(ws: Workspace) -> tuple[str, str]:
    """For the status bar: a short label of the database the window works on, and the full address."""
    database = ws.database
    if database.is_server:
        from psycopg.conninfo import conninfo_to_dict

        from sic_desktop.core.storage.postgres import PostgresDatabase

        assert isinstance(database, PostgresDatabase)
        info = conninfo_to_dict(database.url)
        place = f"{info.get('user', '')}@{info.get('host', 'localhost')}:{info.get('port', '5432')}".lstrip("@")
        return (
            translate("TeamAccess", "Teamserver {server}").format(server=place),
            translate("TeamAccess", "Teamserver {server}, Datenbank „{database}“").format(
                server=place, database=info.get("dbname", "")
            ),
        )
    return (
        translate("TeamAccess", "Lokale Datei {name}").format(name=database.path.name),
        translate("TeamAccess", "Lokale Datei {path}").format(path=database.path),
    )
