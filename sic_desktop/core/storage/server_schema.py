"""The team server's schema: the same ordered migrations as the local file, run through the dialect.

The version lives in ``meta`` (key ``schema_version``), as ``PRAGMA user_version`` does in the
file. A client opens only a server whose version equals its own: an older server is migrated by
IT (``sic-desktop server upgrade``, which needs the owner's rights), a newer one needs a newer
program. Each migration runs in its own transaction, so a failed one leaves the previous version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from sic_desktop.core.storage.schema import MIGRATION_STEPS, latest_version
from sic_desktop.core.storage.server_changes import CHANGE_LOG_DDL, CHANGE_LOG_FIELDS_DDL
from sic_desktop.core.storage.server_text import server_not_set_up, server_too_new, server_too_old
from sic_desktop.core.text_folding import server_fold_sql

if TYPE_CHECKING:
    from sic_desktop.core.storage.postgres import PostgresDatabase

# What PostgreSQL needs before the first migration: SQLite's COLLATE NOCASE (case-insensitive,
# also for UNIQUE) and the folding function the filters call (core.text_folding.fold_stored).
_PREREQUISITES = (
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    "CREATE OR REPLACE FUNCTION sic_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    f"$$ {server_fold_sql()} $$",
    # SQLite numbers a row whose id is given as NULL; an identity column would refuse it.
    """CREATE OR REPLACE FUNCTION sic_number_row() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_NAME, 'id')); RETURN NEW; END $$""",
)

# Server-only indexes: each list's default order with the id as its tie-break, over the live rows.
# SQLite's indexes carry the rowid, so ``(deleted_at, sort_key)`` already hands a list out in order;
# PostgreSQL's do not, and would sort every row of the table for each list.
_LIST_ORDER_INDEXES = tuple(
    f"CREATE INDEX IF NOT EXISTS {table}_list_order ON {table} ({column}, id) WHERE deleted_at IS NULL"
    for table, column in (
        ("organisation", "sort_key"), ("person", "sort_key"), ("cooperation", "sort_key"), ("note", "note_date")
    )
)


def server_version(database: PostgresDatabase) -> int:
    """The schema version on the server; 0 for a database SIC Desktop has not set up."""
    if not database.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                          "AND table_name = 'meta'"):
        return 0
    rows = database.query("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(rows[0]["value"]) if rows else 0


def refuse_other_version(database: PostgresDatabase) -> None:
    """Raise a German error naming both versions unless the server's schema is this program's."""
    version = server_version(database)
    if version == 0:
        raise server_not_set_up(database.server_label)
    if version > latest_version():
        raise server_too_new(version, latest_version())
    if version < latest_version():
        raise server_too_old(version, latest_version())


def migrate_server(database: PostgresDatabase, up_to: int | None = None) -> int:
    """Bring the server's schema to this program's version (or ``up_to``, for tests of older servers);
    returns the version reached. Refuses a newer server."""
    version = server_version(database)
    target = latest_version() if up_to is None else up_to
    if version > latest_version():
        raise server_too_new(version, latest_version())
    for statement in _PREREQUISITES:
        database.conn.execute(cast(Any, statement))
    for number, step in enumerate(MIGRATION_STEPS[version:target], start=version + 1):
        database.execute("BEGIN")
        try:
            step(cast(Any, database))
            database.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(number)],
            )
            database.execute("COMMIT")
        except BaseException:
            database.execute("ROLLBACK")
            raise
    _number_null_ids(database)
    if target == latest_version():
        database.conn.execute(cast(Any, CHANGE_LOG_DDL))
        database.conn.execute(cast(Any, CHANGE_LOG_FIELDS_DDL))
        for statement in _LIST_ORDER_INDEXES:
            database.conn.execute(cast(Any, statement))
    return max(version, target)


def tidy_after_upgrade(database: PostgresDatabase) -> None:
    """VACUUM (ANALYZE) the program's tables after an upgrade: its steps may have rewritten many rows (new
    sort keys), and until enough changes wake autovacuum the lists would read every row again instead
    of their order from the index alone, with statistics of before."""
    tables = [row["table_name"] for row in database.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_type = 'BASE TABLE' ORDER BY table_name")]
    database.conn.execute(cast(Any, f"VACUUM (ANALYZE) {', '.join(tables)}"))


def _number_null_ids(database: PostgresDatabase) -> None:
    """Every numbered table (also those of later migrations) numbers a row inserted with id NULL."""
    for row in database.query(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND is_identity = 'YES'"
    ):
        database.conn.execute(
            cast(Any, f"CREATE OR REPLACE TRIGGER number_row BEFORE INSERT ON {row['table_name']} "
                      "FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION sic_number_row()")
        )
