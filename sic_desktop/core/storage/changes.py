"""What a committed write changed, announced after the commit (like Anki's ``OpChanges``).

Listeners (the search index, the window) learn which records changed and how,
which of their fields, which tags and theme fields (Themenfelder) the drop-downs
must offer anew, who made the change (``initiator``) and which data generation
the file has now. They run only after SQLite committed, so a listener never sees
data that could still be rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sic_desktop.core.record_ref import RecordRef, RecordType


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    TRASHED = "trashed"
    RESTORED = "restored"
    PURGED = "purged"  # gone for good: emptied trash or erasure


@dataclass(frozen=True, eq=False)
class Initiator:
    """Who asked for a change: an editor, a dialog, an operation. Compared by identity, so an
    editor recognises its own save in the notice and need not reload it (Anki's ``initiator``).
    ``name`` only helps a reader of logs and tests."""

    name: str


@dataclass(frozen=True)
class Change:
    """One record's change; ``fields`` names the fields a save changed (a new record: the filled
    ones; a link moved by a merge: that link), empty when the action says it all (trash, purge)."""

    ref: RecordRef
    action: Action
    fields: frozenset[str] = frozenset()


@dataclass
class ChangeSet:
    """The changes of one transaction; ``generation`` is set when it commits.

    ``tags`` are the Schlagwörter whose use changed: created, deleted, put on or taken off a
    record, or carried by a record that went to or came back from the Papierkorb, so a filter
    offering the tags in use knows when to ask again. ``theme_fields`` are the ids of theme
    fields created, renamed, trashed, restored or purged. ``initiator`` is None for changes of
    other programs and of callers that did not say who they are.
    """

    changes: list[Change] = field(default_factory=list)
    generation: int = 0
    initiator: Initiator | None = None
    tags: set[str] = field(default_factory=set)
    theme_fields: set[int] = field(default_factory=set)

    def add(self, ref: RecordRef, action: Action, fields: Iterable[str] = ()) -> None:
        change = Change(ref, action, frozenset(fields))
        self.changes.append(change)
        if ref.type is RecordType.THEME and (action is not Action.UPDATED or "name" in change.fields):
            self.theme_fields.add(ref.id)

    def add_tags(self, names: Iterable[str]) -> None:
        self.tags.update(names)

    def __bool__(self) -> bool:
        return bool(self.changes or self.tags)

    def refs(self) -> set[RecordRef]:
        return {change.ref for change in self.changes}

    def of_type(self, record_type: RecordType) -> list[Change]:
        return [change for change in self.changes if change.ref.type is record_type]

    def fields_of(self, ref: RecordRef) -> frozenset[str] | None:
        """The fields of ``ref`` this transaction changed; None if it was created, trashed,
        restored or purged in it (then every field counts as changed)."""
        changed: set[str] = set()
        for change in self.changes:
            if change.ref != ref:
                continue
            if change.action is not Action.UPDATED:
                return None
            changed |= change.fields
        return frozenset(changed)

    def made_by(self, initiator: Initiator | None) -> bool:
        """True if ``initiator`` asked for this change (never for an unknown one)."""
        return initiator is not None and self.initiator is initiator

    @property
    def offered_choices_changed(self) -> bool:
        """The theme fields or the tags in use that drop-downs and pickers offer may differ now."""
        return bool(self.tags or self.theme_fields)

    def mark(self) -> tuple[int, frozenset[str], frozenset[int]]:
        """Where the announcements stand now, for ``rollback_to`` (a savepoint)."""
        return len(self.changes), frozenset(self.tags), frozenset(self.theme_fields)

    def rollback_to(self, mark: tuple[int, frozenset[str], frozenset[int]]) -> None:
        """Forget what was announced after ``mark()``: its rows were rolled back."""
        count, tags, theme_fields = mark
        del self.changes[count:]
        self.tags, self.theme_fields = set(tags), set(theme_fields)


Listener = Callable[[ChangeSet], None]
