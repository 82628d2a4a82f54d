"""What the program outside the core may know of the storage, and the few things it may ask of the whole file.

The window, the command line, the search index and the exports never hold the
``Database`` (no SQL, no transaction outside the core; an architecture test
guards it). They ask ``ws.storage`` instead: whether the data can be saved at
all (read-only, damaged), the note on the journal mode for the status bar, the
data generation the search index compares itself with, one consistent read
for an export, the WAL emptied after an erasure, a copy into a chosen file.
A second storage backend answers the same questions.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sic_desktop.core.errors import CorruptDatabaseError, ReadOnlyDataError
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.storage.database import Database

if TYPE_CHECKING:
    from sic_desktop.core.storage.postgres import PostgresDatabase


class StorageState:
    def __init__(self, database: Database) -> None:
        self._database = database

    @property
    def read_only(self) -> ReadOnlyDataError | None:
        """Why nothing can be saved (a write-protected folder or medium), or None."""
        return self._database.read_only

    @property
    def damage(self) -> CorruptDatabaseError | None:
        """Damage found in the file (every write is refused from then on), or None."""
        return self._database.damage

    def damage_from(self, error: BaseException) -> CorruptDatabaseError | None:
        """If ``error`` is the storage finding the file damaged, remember it and return the German error."""
        return self._database.damage_from(error)

    @property
    def journal_note(self) -> str:
        """Why the safer but slower journal is used (a network drive), for the status bar; empty if not."""
        return self._database.journal_note

    def generation(self) -> int:
        """Counts committed changes; the search index stores the one it reflects."""
        return self._database.generation()

    def changes_since(self, generation: int) -> ChangeSet | None:
        """On the team server: what was committed after ``generation`` (the change log, for a client
        that was away); None on the local file or when the log does not reach back that far."""
        if not self._database.is_server:
            return None
        from sic_desktop.core.storage.server_changes import changes_after_generation

        return changes_after_generation(cast("PostgresDatabase", self._database), generation)

    def snapshot(self) -> AbstractContextManager[None]:
        """Many reads that all see one state of the data while others write (an export, an index rebuild)."""
        return self._database.snapshot()

    def checkpoint(self) -> bool:
        """Empty the WAL into the database file (after an erasure); False if a reader kept it from finishing."""
        return self._database.checkpoint()

    def backup_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """A consistent copy of the data in ``target``, even while others write."""
        self._database.backup_to(target, progress)
