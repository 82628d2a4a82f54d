"""The Datenschutz-Protokoll: who erased, anonymised or exported which contact, when and why.

Entries name the contact by number („Kontakt Nr. 12“) or count, never by name. An erasure
also keeps the keyed hashes of the person's identifiers (``core.erasure_mirror``), so that
the erasure can be applied again when a restore or a full export brings the person back.
Every entry is copied into the data folder outside the database for that reason, and so
that a restore does not lose the record of what happened after the backup.
"""

from __future__ import annotations

import json
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from sic_desktop.core import erasure_mirror
from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import Person
from sic_desktop.core.vocab import Vocabulary

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

LOG_ACTIONS = Vocabulary(
    "action",
    (
        ("loeschung", QT_TRANSLATE_NOOP("Vocabulary", "endgültig gelöscht")),
        ("anonymisierung", QT_TRANSLATE_NOOP("Vocabulary", "anonymisiert")),
        ("erneut", QT_TRANSLATE_NOOP("Vocabulary", "Löschung nach Wiederherstellung erneut angewendet")),
        ("auskunft", QT_TRANSLATE_NOOP("Vocabulary", "Auskunft exportiert (Art. 15)")),
        ("export", QT_TRANSLATE_NOOP("Vocabulary", "Kontakte exportiert")),
    ),
)
ERASURE_ACTIONS = frozenset({"loeschung", "anonymisierung"})


@dataclass(frozen=True)
class PrivacyLogEntry:
    entry: str  # a random id, the same in the database and in the copy outside it
    at: str  # UTC timestamp
    by: str
    action: str  # LOG_ACTIONS key
    reason: str
    subject: str  # „Kontakt Nr. 12“, „25 Kontakte“: never a name
    fingerprints: tuple[str, ...] = ()
    id: int | None = None  # the entry's number in this database

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("id")
        data["fingerprints"] = list(self.fingerprints)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PrivacyLogEntry:
        return cls(
            entry=str(data["entry"]), at=str(data.get("at", "")), by=str(data.get("by", "")),
            action=str(data.get("action", "")), reason=str(data.get("reason", "")),
            subject=str(data.get("subject", "")), fingerprints=tuple(str(f) for f in data.get("fingerprints", [])),
        )


class PrivacyLogService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def fingerprints(self, person: Person) -> tuple[str, ...]:
        """Keyed hashes of the person's identifiers, with this data folder's key."""
        return erasure_mirror.fingerprints(erasure_mirror.erasure_key(self._ws.folder), person)

    def add(self, action: str, reason: str, subject: str, fingerprints: tuple[str, ...] = ()) -> PrivacyLogEntry:
        """Log one act; joins the caller's transaction, so the act and its entry commit together."""
        entry = PrivacyLogEntry(uuid.uuid4().hex, now_utc(), self._ws.user, action, reason.strip(), subject, fingerprints)
        outermost = not self._ws.database.in_transaction
        stored = self._insert(entry)
        if outermost:  # committed: copy it now; inside a larger write the caller copies after its commit
            with suppress(SicError):  # the next opening completes the copy from the database (``reapply_erasures``)
                self.save_copy()
        return stored

    def _insert(self, entry: PrivacyLogEntry) -> PrivacyLogEntry:
        """Store an entry; with ``entry.id`` under that number (a full export), else the next one."""
        with self._ws.database.write():
            cursor = self._ws.database.execute(
                "INSERT INTO privacy_log (id, entry, at, by, action, reason, subject, fingerprints) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [entry.id, entry.entry, entry.at, entry.by, entry.action, entry.reason, entry.subject,
                 json.dumps(entry.fingerprints)],
            )
        return replace(entry, id=cursor.lastrowid)

    def restore(self, entries: list[PrivacyLogEntry]) -> None:
        """Store entries as they are, numbers included (reading a full export)."""
        with self._ws.database.write():
            for entry in entries:
                self._insert(entry)

    def entries(self) -> list[PrivacyLogEntry]:
        """Every entry, newest first."""
        return [_entry(row) for row in self._ws.database.query("SELECT * FROM privacy_log ORDER BY at DESC, id DESC")]

    def missing_here(self) -> list[PrivacyLogEntry]:
        """Entries in the copy outside the database that this database does not know: it is older than them
        (a restored backup, an imported full export). Oldest first."""
        known = {row["entry"] for row in self._ws.database.query("SELECT entry FROM privacy_log")}
        copied = [PrivacyLogEntry.from_json(data) for data in erasure_mirror.read_mirror(self._ws.folder)]
        return sorted((e for e in copied if e.entry not in known), key=lambda e: e.at)

    def adopt(self, entry: PrivacyLogEntry) -> None:
        """Store an entry from the copy as it is, under the next number (joins the caller's transaction)."""
        self._insert(replace(entry, id=None))

    def save_copy(self) -> None:
        """Write every entry of database and copy into the copy outside the database (after a commit)."""
        entries = {data["entry"]: data for data in erasure_mirror.read_mirror(self._ws.folder)}
        before = len(entries)
        for row in self._ws.database.query("SELECT * FROM privacy_log ORDER BY at, id"):
            entries.setdefault(row["entry"], _entry(row).to_json())
        if len(entries) != before:
            erasure_mirror.write_mirror(self._ws.folder, sorted(entries.values(), key=lambda data: data.get("at", "")))


def _entry(row: dict[str, Any]) -> PrivacyLogEntry:
    return PrivacyLogEntry(
        entry=row["entry"], at=row["at"], by=row["by"], action=row["action"], reason=row["reason"],
        subject=row["subject"], fingerprints=tuple(json.loads(row["fingerprints"])), id=row["id"],
    )
