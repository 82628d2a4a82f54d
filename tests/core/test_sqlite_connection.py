"""The core's own SQLite calls keep sqlite-utils' rules, which the services were written against."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sic_desktop.core.storage.sqlite_connection import SqliteConnection


@pytest.fixture
def connection(tmp_path: Path) -> SqliteConnection:
    connection = SqliteConnection(sqlite3.connect(tmp_path / "t.sqlite3"))
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    return connection


def test_a_write_outside_a_transaction_is_stored_at_once(connection: SqliteConnection, tmp_path: Path):
    connection.execute("INSERT INTO t (name) VALUES (?)", ["Stiftung Nord"])
    assert not connection.conn.in_transaction
    other = sqlite3.connect(tmp_path / "t.sqlite3")
    assert other.execute("SELECT name FROM t").fetchall() == [("Stiftung Nord",)]


def test_a_failed_write_leaves_no_transaction_open(connection: SqliteConnection):
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not connection.conn.in_transaction


def test_a_write_inside_a_transaction_waits_for_its_commit(connection: SqliteConnection):
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO t (name) VALUES ('Quartier Marten')")
    assert connection.conn.in_transaction
    connection.execute("ROLLBACK")
    assert connection.query("SELECT * FROM t") == []


def test_a_read_gives_one_dict_per_row(connection: SqliteConnection):
    connection.execute("INSERT INTO t (name) VALUES ('Familienzentrum Husen')")
    assert connection.query("SELECT id, name FROM t WHERE name = :name", {"name": "Familienzentrum Husen"}) == [
        {"id": 1, "name": "Familienzentrum Husen"}
    ]
