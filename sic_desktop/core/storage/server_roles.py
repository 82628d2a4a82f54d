"""The team server's roles, enforced by PostgreSQL's grants and not only by the window.

- ``sic_lesen`` reads everything and changes nothing;
- ``sic_bearbeiten`` also creates, edits, trashes and empties the trash, but cannot erase a person
  (Art. 17 DSGVO) or decide to keep one: both are entries of the Datenschutz-Protokoll or of the
  keep decisions, which only
- ``sic_datenschutz`` may write (it edits too). An erasure by anyone else fails at its protocol entry,
  and the whole transaction with it: nothing is half-erased.

The roles cannot log in; IT gives each colleague a login and one role (``GRANT sic_bearbeiten TO anna``).
Grants are given again on every ``server init|upgrade``, so tables of new migrations are covered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sic_desktop.core.storage.postgres import PostgresDatabase

READER, EDITOR, PRIVACY = "sic_lesen", "sic_bearbeiten", "sic_datenschutz"
ROLES = (READER, EDITOR, PRIVACY)

# Only the Datenschutz role writes these (erasure and access protocol, keep decisions, deletion rules,
# the team's Datenschutz periods).
PRIVACY_TABLES = ("privacy_log", "keep_decision", "deletion_rule", "privacy_setting")


def _statements(schema: str, tables: list[str]) -> list[str]:
    everyday = [table for table in tables if table not in PRIVACY_TABLES]
    statements = [
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF;
            END $$"""
        for role in ROLES
    ]
    statements += [
        f"GRANT USAGE ON SCHEMA {schema} TO {', '.join(ROLES)}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {', '.join(ROLES)}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(everyday)} TO {EDITOR}, {PRIVACY}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(PRIVACY_TABLES)} TO {PRIVACY}",
        # UPDATE too: a row stored under a given number (a full export, the Datenschutz-Protokoll) moves the
        # numbering on after it (setval), else the Datenschutz role could not erase nor an editor transfer.
        f"GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {EDITOR}, {PRIVACY}",
        # A reader's window only reads; nothing of the server's schema may be changed by any of them.
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
    ]
    return statements


def grant_roles(database: PostgresDatabase) -> None:
    """Create the three roles if missing and give them their rights on every table of the schema."""
    schema = database.query("SELECT current_schema() AS name")[0]["name"]
    tables = [
        row["table_name"]
        for row in database.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
    ]
    for statement in _statements(schema, tables):
        database.conn.execute(cast(Any, statement))


def roles_present(database: PostgresDatabase) -> list[str]:
    """Which of the three roles exist on the server (for ``server status``)."""
    rows = database.query("SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?) ORDER BY rolname", list(ROLES))
    return [row["rolname"] for row in rows]
