"""One thread's SQLite connection and the two calls the core makes on it, with ``sqlite3`` alone.

sqlite-utils (with click, pluggy and dateutil) costs a good part of a start; the core only
needs it to run migrations (``schema.migrations``). These calls keep its rules: a write
outside a transaction is committed at once (a failed one rolled back), a read gives dicts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

# Bound values of one statement: positional (?) or named (:name).
SqlParams = Sequence[Any] | dict[str, Any]

# Statements that open or end a transaction themselves: never committed behind their back.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "SAVEPOINT", "END", "RELEASE", "ROLLBACK", "COMMIT"})


class SqliteConnection:
    """``conn`` is the ``sqlite3`` connection (tests may put a wrapper in its place)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils set it on every connection

    def execute(self, sql: str, params: # Bound values of one statement: positional (?) or named (:name).
SqlParams = ()) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, params)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # else the opened transaction would swallow later writes
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: # Bound values of one statement: positional (?) or named (:name).
SqlParams = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() needs a statement that returns rows")
        keys = [column[0] for column in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor]


def _first_keyword(sql: str) -> str:
    words = sql.split(None, 1)
    return words[0].upper().rstrip(";") if words else ""
