"""Access request (Art. 15 DSGVO): everything stored about one person, as JSON and as PDF.

The report holds the contact record with its memberships, the cooperations the
person takes part in, the notes linked to them, follow-ups about them or their
notes, the keep decisions and the record's change history. Free texts that name
the person without a link are listed separately for a manual check: they may be
about the person, or about a namesake, and they may contain other people's data
that must not be handed out (Art. 15 Abs. 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sic_desktop.core.models import Cooperation, FollowUp, Note, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.serialize import record_to_dict, to_jsonable
from sic_desktop.core.services.change_history import HistoryEntry
from sic_desktop.core.services.keep_decisions import KeepDecision
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.services.mentions import Mention
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.person_identity import PersonIdentity

FORMAT = "sic-desktop-auskunft"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Participation:
    cooperation: Cooperation
    role: str  # PARTNER_ROLES key


@dataclass(frozen=True)
class AccessReport:
    person: Person
    cooperations: list[Participation]
    notes: list[Note]
    followups: list[FollowUp]
    keep_decisions: list[KeepDecision]
    history: list[HistoryEntry]
    unlinked_mentions: list[Mention]
    created_at: datetime
    created_by: str


def collect_access_report(ws: Workspace, person_id: int) -> AccessReport:
    """Gather what is stored about the person, records in the trash included (they are still stored)."""
    person = ws.persons.get(person_id, include_trashed=True)
    notes = ws.notes.get_many(_ids(ws, RecordType.NOTE, person_id))
    cooperations = ws.cooperations.get_many(_ids(ws, RecordType.COOPERATION, person_id))
    targets = {person.ref} | {note.ref for note in notes}
    followups = ws.followups.for_records(targets, include_done=True, include_trashed=True)
    return AccessReport(
        person=person,
        cooperations=[
            Participation(c, partner.role) for c in cooperations for partner in c.partners if partner.person_id == person_id
        ],
        notes=notes,
        followups=followups,
        keep_decisions=ws.keep_decisions.for_person(person_id),
        history=ws.history.for_record(person.ref),
        unlinked_mentions=ws.mentions.find(
            PersonIdentity.of(person).mention_phrases(), exclude={person.ref, *(n.ref for n in notes)}
        ),
        created_at=datetime.now().astimezone(),
        created_by=ws.user,
    )


def _ids(ws: Workspace, record_type: RecordType, person_id: int) -> list[int]:
    service = ws.service(record_type)
    return [i for trashed in (False, True) for i in service.ids(ListQuery(person_id=person_id, trashed=trashed))]


def access_report_json(report: AccessReport) -> dict[str, Any]:
    """The report as JSON-ready data with stable English keys (machine-readable, Art. 15 Abs. 3)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": report.created_at.isoformat(timespec="seconds"),
        "created_by": report.created_by,
        "person": record_to_dict(report.person),
        "cooperations": [
            {
                "id": p.cooperation.id,
                "title": p.cooperation.title,
                "status": p.cooperation.status,
                "role": p.role,
                "start_date": to_jsonable(p.cooperation.start_date),
                "end_date": to_jsonable(p.cooperation.end_date),
                "in_trash": p.cooperation.deleted_at is not None,
            }
            for p in report.cooperations
        ],
        "notes": [record_to_dict(note) for note in report.notes],
        "followups": [record_to_dict(followup) for followup in report.followups],
        "keep_decisions": [to_jsonable(decision) for decision in report.keep_decisions],
        "history": [
            {"at": e.at, "by": e.by, "action": e.action, "action_label": e.action_label, "fields": e.fields,
             "field_labels": e.field_labels}
            for e in report.history
        ],
        "unlinked_mentions": [
            {"record": str(m.ref), "title": m.title, "fields": list(m.fields), "in_trash": m.trashed}
            for m in report.unlinked_mentions
        ],
    }
