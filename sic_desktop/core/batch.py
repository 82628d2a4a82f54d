"""Many changes in one transaction, for code outside the core that stores through the services.

An import, a mail with its new contacts, an erasure: each calls several service
methods that must be stored all together or not at all. ``Workspace.batch()``
opens that one transaction here in the core (the only place that opens
transactions) and hands out a ``Batch``: ``part()`` is a piece that may fail
alone (one line of an import: its rows and announced changes are taken back,
the lines before stay), ``discard()`` rolls the whole batch back when its block
ends (a dry run is the real run, rolled back). Listeners hear the batch once,
after the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.storage.database import Database


class _Discarded(Exception):
    """Ends a discarded batch; never leaves ``open_batch``."""


class Batch:
    """The open transaction of ``Workspace.batch()``."""

    def __init__(self, database: Database, changes: ChangeSet) -> None:
        self._database = database
        self._changes = changes
        self.discarded = False

    def part(self) -> AbstractContextManager[None]:
        """A piece that fails alone: on an exception its changes are undone and the exception goes on."""
        return self._database.savepoint()

    def discard(self) -> None:
        """Store nothing of this batch: it is rolled back when its ``with`` block ends."""
        self.discarded = True

    def changed_refs(self) -> set[RecordRef]:
        """The records changed so far (after the block: what was committed, e.g. to purge copies)."""
        return self._changes.refs()


@contextmanager
def open_batch(database: Database) -> Iterator[Batch]:
    """One transaction for the block (joining the caller's, if one is open); see the module docstring."""
    # Inside the caller's transaction a discard must take back this batch only: a savepoint of its own.
    own_part = database.savepoint() if database.writing() else nullcontext()
    try:
        with database.write() as changes, own_part:
            batch = Batch(database, changes)
            yield batch
            if batch.discarded:
                raise _Discarded
    except _Discarded:
        pass
