"""The Papierkorb: every trashed record of any type, restorable until it is emptied."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.titles import TITLE_SQL

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace



@dataclass(frozen=True)
class TrashItem:
    ref: RecordRef
    title: str
    deleted_at: str
    deleted_by: str


class TrashService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        parts = [
            f"SELECT '{t.value}' AS type, id, {title} AS title, deleted_at, deleted_by FROM {t.value} "
            "WHERE deleted_at IS NOT NULL"
            for t, title in TITLE_SQL.items()
        ]
        rows = self._ws.database.query(" UNION ALL ".join(parts) + " ORDER BY deleted_at DESC")
        return [
            TrashItem(RecordRef(RecordType(r["type"]), r["id"]), r["title"], r["deleted_at"], r["deleted_by"] or "")
            for r in rows
        ]

    def count(self) -> int:
        return sum(
            self._ws.database.execute(f"SELECT count(*) FROM {t.value} WHERE deleted_at IS NOT NULL").fetchone()[0]
            for t in TITLE_SQL
        )

    def restore(self, ref: RecordRef) -> None:
        self._ws.service(ref.type).restore(ref.id)

    def put(self, refs: list[RecordRef]) -> int:
        """Move records of any type to the trash in one transaction (all or none); returns how many."""
        with self._ws.database.write():
            for ref in refs:
                self._ws.service(ref.type).trash(ref.id)
        return len(refs)

    def take_back(self, refs: list[RecordRef]) -> None:
        """Restore what ``put`` trashed (undo), skipping records purged meanwhile."""
        with self._ws.database.write():
            for ref in refs:
                service = self._ws.service(ref.type)
                if service.exists(ref.id, include_trashed=True) and not service.exists(ref.id):
                    service.restore(ref.id)

    def purge(self, ref: RecordRef) -> None:
        """Delete one trashed record for good."""
        self._ws.service(ref.type).purge(ref.id)

    def purge_many(self, refs: Iterable[RecordRef]) -> int:
        """Delete records for good in one transaction (all or none); returns how many.

        A record gone already is skipped: a follow-up goes with the record it belongs to.
        """
        purged = 0
        with self._ws.database.write():
            for ref in refs:
                if self._ws.service(ref.type).exists(ref.id, include_trashed=True):
                    self.purge(ref)
                    purged += 1
        return purged

    def empty(self) -> int:
        """Delete everything in the trash for good, in one transaction; returns how many."""
        items = self.items()
        with self._ws.database.write():
            self.purge_many(item.ref for item in items)
            self._ws.tags.remove_unused()
        return len(items)
