"""Keep decisions of the Datenschutz-Prüfliste: „this contact stays, because …“.

A contact that comes up for review (old consent, no recent contact, no legal
basis) may be kept on purpose. The decision is stored with its reason, date and
author, so that it can be shown to the data protection officer later, and it
holds for one review period; then the contact comes up again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import from_iso, to_iso, today
from sic_desktop.core.errors import ValidationError, not_found
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action
from sic_desktop.core.validation import LONG_TEXT_MAX, too_long

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

REASON_LABEL = QT_TRANSLATE_NOOP("Fields", "Begründung")


@dataclass(frozen=True)
class KeepDecision:
    person_id: int
    reason: str
    decided_on: date
    decided_by: str
    id: int | None = None  # None until stored


class KeepDecisionService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def add(self, person_id: int, reason: str, decided_on: date | None = None) -> KeepDecision:
        """Record that a contact is kept on purpose; the contact's change history notes it."""
        reason = reason.replace("\r\n", "\n").strip()
        if not reason:
            raise self._reason_error(translate("Validation", "Bitte begründen, warum der Kontakt gespeichert bleibt."))
        if len(reason) > LONG_TEXT_MAX:
            raise self._reason_error(too_long(len(reason), LONG_TEXT_MAX))
        decision = KeepDecision(person_id, reason, decided_on or today(), self._ws.user)
        database = self._ws.database
        with database.write() as changes:
            if not self._ws.persons.exists(person_id):
                raise not_found(RecordType.PERSON.label, person_id)
            cursor = database.execute(
                "INSERT INTO keep_decision (person_id, reason, decided_on, decided_by) VALUES (?, ?, ?, ?)",
                [person_id, decision.reason, to_iso(decision.decided_on), decision.decided_by],
            )
            decision = replace(decision, id=cursor.lastrowid)
            ref = RecordRef(RecordType.PERSON, person_id)
            self._ws.history.add(ref, "kept", [])
            changes.add(ref, Action.UPDATED, ["keep_decisions"])
        return decision

    def for_person(self, person_id: int) -> list[KeepDecision]:
        """Every decision about one contact, newest first."""
        rows = self._ws.database.query(
            "SELECT * FROM keep_decision WHERE person_id = ? ORDER BY decided_on DESC, id DESC", [person_id]
        )
        return [_decision(row) for row in rows]

    def latest(self) -> dict[int, KeepDecision]:
        """The newest decision of each contact that has one."""
        rows = self._ws.database.query(
            "SELECT k.* FROM keep_decision k WHERE k.id = (SELECT k2.id FROM keep_decision k2 "
            "WHERE k2.person_id = k.person_id ORDER BY k2.decided_on DESC, k2.id DESC LIMIT 1)"
        )
        return {row["person_id"]: _decision(row) for row in rows}

    def all(self) -> list[KeepDecision]:
        """Every decision in the order they were stored, for the full export."""
        return [_decision(row) for row in self._ws.database.query("SELECT * FROM keep_decision ORDER BY id")]

    def restore(self, decisions: list[KeepDecision]) -> None:
        """Store decisions as they are, ids included (reading a full export); the history comes with the export."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO keep_decision (id, person_id, reason, decided_on, decided_by) VALUES (?, ?, ?, ?, ?)",
                [(d.id, d.person_id, d.reason, to_iso(d.decided_on), d.decided_by) for d in decisions],
            )

    @staticmethod
    def _reason_error(message: str) -> ValidationError:
        return ValidationError.single("reason", translate("Fields", REASON_LABEL), message)


def _decision(row: dict[str, Any]) -> KeepDecision:
    decided_on = from_iso(row["decided_on"])
    assert decided_on is not None
    return KeepDecision(row["person_id"], row["reason"], decided_on, row["decided_by"], row["id"])
