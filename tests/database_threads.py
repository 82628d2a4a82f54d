"""Which threads used the database: a window test spies on it to show that the UI thread never
waits for the database (the reads and writes go through ``ctx.ops``, see tests/ui_map for the map).

Every statement of the local file goes through ``Database.db``, the calling thread's connection,
so spying on it sees reads and writes alike; ``Database.write`` is spied on too, to know that a
change was written at all."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest

from sic_desktop.core.storage.database import Database


@dataclass
class DatabaseThreads:
    used: list[threading.Thread] = field(default_factory=list)  # a connection was used (read or write)
    wrote: list[threading.Thread] = field(default_factory=list)  # a write transaction was begun

    @property
    def on_ui_thread(self) -> bool:
        return threading.main_thread() in self.used + self.wrote


def spy_on_database_threads(monkeypatch: pytest.MonkeyPatch) -> DatabaseThreads:
    """From now on record the thread of every use of the database."""
    seen = DatabaseThreads()
    connection, write = Database.db, Database.write

    def spied_connection(database: Database):
        seen.used.append(threading.current_thread())
        return connection.fget(database)

    def spied_write(database: Database):
        seen.wrote.append(threading.current_thread())
        return write(database)

    monkeypatch.setattr(Database, "db", property(spied_connection))
    monkeypatch.setattr(Database, "write", spied_write)
    return seen
