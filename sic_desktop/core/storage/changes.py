"""What a committed write changed, announced after the commit.

Listeners (the search index, the window) learn which records changed and which
data generation the file has now; they run only after SQLite committed, so a
listener never sees data that could still be rolled back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sic_desktop.core.models import RecordRef


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    TRASHED = "trashed"
    RESTORED = "restored"
    PURGED = "purged"  # gone for good: emptied trash or erasure


@dataclass(frozen=True)
class Change:
    ref: RecordRef
    action: Action


@dataclass
class ChangeSet:
    """The changes of one transaction; ``generation`` is set when it commits."""

    changes: list[Change] = field(default_factory=list)
    generation: int = 0

    def add(self, ref: RecordRef, action: Action) -> None:
        self.changes.append(Change(ref, action))

    def __bool__(self) -> bool:
        return bool(self.changes)

    def refs(self) -> set[RecordRef]:
        return {change.ref for change in self.changes}


Listener = Callable[[ChangeSet], None]
