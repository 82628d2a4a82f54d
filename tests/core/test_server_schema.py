"""The team server's schema comes from the same ordered migrations as the local file, through the
dialect layer: same tables and columns, and a server of any released version is brought up to date
with its records kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sic_desktop.core.models import Person
from sic_desktop.core.storage.dialect import to_postgres
from sic_desktop.core.storage.postgres import PostgresDatabase, initialise_server
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.storage.server_schema import migrate_server, server_version
from sic_desktop.core.workspace import Workspace
from tests.postgres_server import PostgresCluster


def _file_columns(path: Path) -> dict[str, list[tuple[str, bool]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'")]
        return {
            table: [(name, bool(notnull or pk)) for _, name, _, notnull, _, pk in conn.execute(f"PRAGMA table_info({table})")]
            for table in tables
        }
    finally:
        conn.close()


def _server_columns(url: str) -> dict[str, list[tuple[str, bool]]]:
    database = PostgresDatabase(url)
    try:
        rows = database.query(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        )
    finally:
        database.close()
    columns: dict[str, list[tuple[str, bool]]] = {}
    for row in rows:
        columns.setdefault(row["table_name"], []).append((row["column_name"], row["is_nullable"] == "NO"))
    return columns


def test_the_server_has_the_tables_and_columns_of_the_file(postgres_url: str, data_dir: Path):
    Workspace.open(data_dir).close()
    server = _server_columns(postgres_url)
    assert server.pop("change_log")  # the server's own: what other clients learn (core.storage.server_changes)
    assert server == _file_columns(data_dir / "sic-desktop.sqlite3")


@pytest.mark.parametrize("released", range(1, latest_version()))
def test_a_server_of_every_released_version_is_upgraded_keeping_its_records(
    postgres_cluster: PostgresCluster, released: int, data_dir: Path
):
    url = postgres_cluster.empty_database()
    old = PostgresDatabase(url)
    try:
        assert migrate_server(old, up_to=released) == released
        old.execute(
            "INSERT INTO person (first_name, last_name, sort_key, created_at, created_by, updated_at, updated_by) "
            "VALUES ('Jana', 'Özdemir', 'oezdemir jana', '2025-01-02T10:00:00+00:00', 'anna', "
            "'2025-01-02T10:00:00+00:00', 'anna')"
        )
        assert server_version(old) == released
    finally:
        old.close()
    assert initialise_server(url) == latest_version()
    with Workspace.open(data_dir, server=url) as ws:
        [jana] = ws.persons.list()
        assert (jana.first_name, jana.last_name, jana.created_by) == ("Jana", "Özdemir", "anna")
        ws.persons.create(Person(first_name="Emil", last_name="Berg"))  # numbering goes on after the old rows
        assert [p.id for p in ws.persons.list()] == [2, 1]
    postgres_cluster.drop_database(url)


def test_an_upgrade_that_rewrote_rows_leaves_lists_reading_their_order_from_the_index(
    postgres_cluster: PostgresCluster,
):
    """Version 14 makes new sort keys: a server long in use (its rows vacuumed) then has every row
    rewritten. The upgrade vacuums, so a list reads its order from the index alone, as before."""
    url = postgres_cluster.empty_database()
    old = PostgresDatabase(url)
    try:
        # As on a real server: a commit is on disk before VACUUM may count its rows visible to all.
        old.conn.execute(f"ALTER DATABASE {url.rsplit('/', 1)[1]} SET synchronous_commit = on")
        migrate_server(old, up_to=13)
        old.execute(
            "INSERT INTO person (first_name, last_name, sort_key, created_at, created_by, updated_at, updated_by) "
            "SELECT 'Ayşe', 'Şahin ' || n, 'şahin', '2025-01-02', 'anna', '2025-01-02', 'anna' "
            "FROM generate_series(1, 2000) AS n"
        )
        old.conn.execute("VACUUM")
    finally:
        old.close()
    assert initialise_server(url) == latest_version()
    upgraded = PostgresDatabase(url)
    try:
        [(pages, visible, key)] = upgraded.conn.execute(
            "SELECT relpages, relallvisible, (SELECT min(sort_key) FROM person) FROM pg_class WHERE relname = 'person'"
        ).fetchall()
    finally:
        upgraded.close()
    assert key.startswith("sahin ")  # the rows were rewritten
    assert pages > 10 and visible == pages
    postgres_cluster.drop_database(url)


@pytest.mark.parametrize(
    "sqlite, postgres",
    [
        ("SELECT id FROM tag WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
         "SELECT id FROM tag WHERE name = %s COLLATE NOCASE AND id IS DISTINCT FROM %s"),
        ("INSERT OR IGNORE INTO tag (name) VALUES (?)", "INSERT INTO tag (name) VALUES (%s) ON CONFLICT DO NOTHING"),
        ("SELECT 'Wer? 100%' AS text, :id", "SELECT 'Wer? 100%%' AS text, %(id)s"),
        ("SELECT group_concat(name, '; ') FROM t WHERE sort_key LIKE ? ESCAPE '\\'",
         "SELECT string_agg(name, '; ') FROM t WHERE sort_key ILIKE %s COLLATE \"C\" ESCAPE '\\'"),
        ("PRAGMA foreign_keys = ON", None),
        ("SELECT id FROM note WHERE id IN (?, ?) AND +deleted_at IS NULL AND (a + b) > 1",
         "SELECT id FROM note WHERE id IN (%s, %s) AND deleted_at IS NULL AND (a + b) > 1"),
        ("CREATE TABLE t (id INTEGER PRIMARY KEY, x REAL, n INTEGER NOT NULL) WITHOUT ROWID",
         "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, x DOUBLE PRECISION, n BIGINT NOT NULL)"),
    ],
)
def test_the_dialect_rewrites_only_what_postgresql_spells_differently(sqlite: str, postgres: str | None):
    assert to_postgres(sqlite) == postgres
