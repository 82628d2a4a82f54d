"""Answers of statements sent ahead to the team server (psycopg's pipeline mode).

Each statement on a network costs a round trip (about 0.3 ms even on the server's own machine); a
save made of 17 statements waited 17 times. Inside a write, and for reads sent ``together()``, the
team server's ``Database`` sends every statement at once and waits only when a caller reads an
answer: these classes are what the caller holds until then. Reading one answer (its rows, its row
count, the id of an inserted row) sends a Sync, which makes the server answer everything sent so
far in the same round trip and report a refused statement right there (never later, in a
statement that did not cause it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import psycopg

from sic_desktop.core.storage.database import Answer

if TYPE_CHECKING:
    from sic_desktop.core.storage.postgres import PostgresDatabase


class PostgresCursor:
    """What the services read from ``execute()``: rows as tuples, ``rowcount`` and SQLite's ``lastrowid``
    (the new id, when the INSERT returns it). ``cursor`` is None for a statement the server does not need."""

    def __init__(
        self, database: PostgresDatabase, cursor: psycopg.Cursor[Any] | None, *, returns_id: bool = False
    ) -> None:
        self._database = database
        self._cursor = cursor
        self._returns_id = returns_id
        self._new_id: int | None = None

    def _answered(self) -> psycopg.Cursor[Any] | None:
        if self._cursor is not None:
            self._database.wait_for(self._cursor)
        return self._cursor

    @property
    def rowcount(self) -> int:
        cursor = self._answered()
        return -1 if cursor is None else cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        cursor = self._answered()
        if cursor is not None and self._returns_id and self._new_id is None:
            row = cursor.fetchone()
            self._new_id = row[0] if row else None
        return self._new_id

    def fetchone(self) -> Any:
        cursor = self._answered()
        return cursor.fetchone() if cursor is not None and cursor.description else None

    def fetchall(self) -> list[Any]:
        cursor = self._answered()
        return cursor.fetchall() if cursor is not None and cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class ServerAnswer(Answer):
    """The rows of a read sent ahead, fetched when first asked for."""

    def __init__(self, database: PostgresDatabase, cursor: psycopg.Cursor[Any]) -> None:
        super().__init__([])
        self._database = database
        self._cursor: psycopg.Cursor[Any] | None = cursor

    def rows(self) -> list[dict[str, Any]]:
        if self._cursor is not None:
            self._database.wait_for(self._cursor)
            self._rows, self._cursor = self._cursor.fetchall(), None
        return self._rows


class CommitAnswer(Answer):
    """The row of an ``update_row``, answered with the commit's statement (``commit_statement``)."""

    def __init__(self) -> None:
        super().__init__([])
        self._answered = False

    def put(self, row: dict[str, Any]) -> None:
        self._rows, self._answered = [row], True

    def rows(self) -> list[dict[str, Any]]:
        if not self._answered:
            raise RuntimeError("update_row() is answered with the commit")
        return self._rows
