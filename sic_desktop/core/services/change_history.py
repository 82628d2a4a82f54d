"""The change history (Protokoll): who changed which record when, and which fields.

Only field *names* are kept, never old contents: the history must not become a
second copy of personal data that an erasure would have to chase.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import now_utc
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordRef, RecordType

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

ACTION_LABELS = {
    "created": QT_TRANSLATE_NOOP("History", "angelegt"),
    "updated": QT_TRANSLATE_NOOP("History", "geändert"),
    "trashed": QT_TRANSLATE_NOOP("History", "in den Papierkorb gelegt"),
    "restored": QT_TRANSLATE_NOOP("History", "wiederhergestellt"),
    "purged": QT_TRANSLATE_NOOP("History", "endgültig gelöscht"),
    "anonymised": QT_TRANSLATE_NOOP("History", "anonymisiert"),
    "kept": QT_TRANSLATE_NOOP("History", "Speicherung begründet (Datenschutz-Prüfung)"),
    "merged": QT_TRANSLATE_NOOP("History", "mit einem Duplikat zusammengeführt"),
    "unmerged": QT_TRANSLATE_NOOP("History", "Zusammenführung rückgängig gemacht"),
}


@dataclass(frozen=True)
class HistoryEntry:
    ref: RecordRef
    action: str
    fields: list[str]
    at: str
    by: str

    @property
    def action_label(self) -> str:
        return translate("History", ACTION_LABELS.get(self.action, self.action))

    @property
    def field_labels(self) -> list[str]:
        return [field_label(self.ref.type, name) for name in self.fields]


class HistoryService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(self, ref: RecordRef, action: str, fields: list[str]) -> None:
        """Record one change; called by the services inside their write transaction."""
        self._ws.database.insert_with_commit(
            "history",
            {"record_type": ref.type.value, "record_id": ref.id, "action": action, "fields": json.dumps(fields),
             "at": now_utc(), "by": self._ws.user},
        )

    def for_record(self, ref: RecordRef) -> list[HistoryEntry]:
        """Newest first."""
        rows = self._ws.database.query(
            "SELECT * FROM history WHERE record_type = ? AND record_id = ? ORDER BY at DESC, id DESC",
            [ref.type.value, ref.id],
        )
        return [_entry(row) for row in rows]

    def since(self, at: str | None = None) -> list[HistoryEntry]:
        """Every entry (optionally from a time on), oldest first, for export."""
        rows = self._ws.database.query(
            "SELECT * FROM history WHERE at >= ? ORDER BY at, id", [at or ""]
        )
        return [_entry(row) for row in rows]

    def restore(self, entries: list[HistoryEntry]) -> None:
        """Put exported entries back as they were (reading a full export into an empty folder)."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO history (record_type, record_id, action, fields, at, by) VALUES (?, ?, ?, ?, ?, ?)",
                [(e.ref.type.value, e.ref.id, e.action, json.dumps(e.fields), e.at, e.by) for e in entries],
            )

    def prune(self, before: str) -> int:
        """Drop entries older than ``before`` (ISO timestamp): the history is kept for a set period."""
        with self._ws.database.write():
            return self._ws.database.execute("DELETE FROM history WHERE at < ?", [before]).rowcount


def _entry(row: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(
        ref=RecordRef(RecordType(row["record_type"]), row["record_id"]),
        action=row["action"],
        fields=json.loads(row["fields"]),
        at=row["at"],
        by=row["by"],
    )
