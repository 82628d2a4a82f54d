"""Which records a record is connected to (for „linked records“ panes and search documents), and unlinking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import format_date
from sic_desktop.core.field_labels import TAGGABLE
from sic_desktop.core.models import FOLLOWUP_TARGET_TYPES, Cooperation, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import chunks, placeholders
from sic_desktop.core.vocab import PARTNER_ROLES

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class Related:
    ref: RecordRef
    title: str
    detail: str = ""  # the function in an organisation, the partner role, a due date


# Per record type: SQL giving (type, id, detail) of the records linked to :id.
# Partner roles come as "role:<key>" and are turned into their label.
_RELATED_SQL: dict[RecordType, str] = {
    RecordType.ORGANISATION: """
        SELECT 'person', person_id, function FROM membership WHERE organisation_id = :id
        UNION ALL SELECT 'cooperation', cooperation_id, 'role:' || role FROM cooperation_partner
            WHERE organisation_id = :id
        UNION ALL SELECT 'note', note_id, '' FROM note_organisation WHERE organisation_id = :id""",
    RecordType.PERSON: """
        SELECT 'organisation', organisation_id, function FROM membership WHERE person_id = :id
        UNION ALL SELECT 'cooperation', cooperation_id, 'role:' || role FROM cooperation_partner
            WHERE person_id = :id
        UNION ALL SELECT 'note', note_id, '' FROM note_person WHERE person_id = :id""",
    RecordType.COOPERATION: """
        SELECT CASE WHEN organisation_id IS NULL THEN 'person' ELSE 'organisation' END,
               COALESCE(organisation_id, person_id), 'role:' || role
            FROM cooperation_partner WHERE cooperation_id = :id
        UNION ALL SELECT 'note', note_id, '' FROM note_cooperation WHERE cooperation_id = :id""",
    RecordType.NOTE: """
        SELECT 'organisation', organisation_id, '' FROM note_organisation WHERE note_id = :id
        UNION ALL SELECT 'person', person_id, '' FROM note_person WHERE note_id = :id
        UNION ALL SELECT 'cooperation', cooperation_id, '' FROM note_cooperation WHERE note_id = :id""",
}


# Every kind of link as (type, its column, link table, other column, other type);
# a theme field is linked to the records that carry it.
_LINK_TABLES: tuple[tuple[RecordType, str, str, str, RecordType], ...] = (
    (RecordType.ORGANISATION, "organisation_id", "membership", "person_id", RecordType.PERSON),
    (RecordType.ORGANISATION, "organisation_id", "cooperation_partner", "cooperation_id", RecordType.COOPERATION),
    (RecordType.PERSON, "person_id", "cooperation_partner", "cooperation_id", RecordType.COOPERATION),
    (RecordType.ORGANISATION, "organisation_id", "note_organisation", "note_id", RecordType.NOTE),
    (RecordType.PERSON, "person_id", "note_person", "note_id", RecordType.NOTE),
    (RecordType.COOPERATION, "cooperation_id", "note_cooperation", "note_id", RecordType.NOTE),
    *((RecordType.THEME, "theme_id", f"{t.value}_theme", f"{t.value}_id", t) for t in sorted(TAGGABLE)),
)


@dataclass(frozen=True)
class Unlinked:
    """A removed link, with what is needed to put it back (function, role)."""

    owner: RecordRef  # the record that holds the link: note, person (membership), cooperation (partner)
    linked: RecordRef
    removed: tuple[Any, ...] = ()


class LinkService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def related(self, ref: RecordRef) -> list[Related]:
        """Live records linked to ``ref``, open follow-ups included, by type then title."""
        if ref.type not in _RELATED_SQL:
            return []
        rows = [
            (RecordRef(RecordType(kind), record_id), _detail(detail or ""))
            for kind, record_id, detail in self._ws.database.execute(_RELATED_SQL[ref.type], {"id": ref.id})
        ]
        if ref.type in FOLLOWUP_TARGET_TYPES:
            rows += [(f.ref, format_date(f.due_date)) for f in self._ws.followups.for_record(ref)]
        titles = self._ws.titles([linked for linked, _ in rows])
        related = [Related(linked, titles[linked], detail) for linked, detail in rows if linked in titles]
        order = list(RecordType)
        return sorted(related, key=lambda r: (order.index(r.ref.type), r.title.casefold()))

    def linked_refs(self, refs: list[RecordRef]) -> set[RecordRef]:
        """Every record linked to any of ``refs`` in either direction, trashed ones
        included; for a theme field the records that carry it. One query per kind
        of link and batch: the search index renews these documents when a name changes.
        """
        ids: dict[RecordType, list[int]] = {}
        for ref in refs:
            ids.setdefault(ref.type, []).append(ref.id)
        found: set[RecordRef] = set()
        for left, left_column, table, right_column, right in _LINK_TABLES:
            for given, column, other_column, other in (
                (left, left_column, right_column, right),
                (right, right_column, left_column, left),
            ):
                for part in chunks(ids.get(given, [])):
                    rows = self._ws.database.execute(
                        f"SELECT DISTINCT {other_column} FROM {table} WHERE {column} IN ({placeholders(part)})", part
                    )
                    found.update(RecordRef(other, row[0]) for row in rows if row[0] is not None)
        return found

    def live_links(self, refs: list[RecordRef]) -> dict[RecordType, int]:
        """How many live records of each type link to any of ``refs`` (open follow-ups
        included, the records themselves not): what trashing them would cut off. A note's
        own links to organisations, contacts and cooperations do not count: nothing
        depends on them; only its follow-ups do."""
        linked = {
            ref  # a record's theme fields do not depend on it
            for ref in self.linked_refs([ref for ref in refs if ref.type is not RecordType.NOTE]) - set(refs)
            if ref.type is not RecordType.THEME
        }
        live = set(self._ws.titles(list(linked)))
        attached = [ref for ref in refs if ref.type in FOLLOWUP_TARGET_TYPES]
        live.update(f.ref for f in self._ws.followups.for_records(attached))
        counts: dict[RecordType, int] = {}
        for ref in live:
            counts[ref.type] = counts.get(ref.type, 0) + 1
        return counts

    def unlink(self, ref: RecordRef, other: RecordRef) -> Unlinked:
        """Remove the direct link between two records, whichever side stores it; a normal, versioned save."""
        owner, linked = _owner_of(ref, other)
        with self._ws.database.write():
            record = self._ws.service(owner.type).get(owner.id)
            if owner.type is RecordType.NOTE:
                field = _NOTE_FIELDS[linked.type]
                removed = tuple(i for i in getattr(record, field) if i == linked.id)
                setattr(record, field, [i for i in getattr(record, field) if i != linked.id])
            elif isinstance(record, Person):
                removed = tuple(m for m in record.memberships if m.organisation_id == linked.id)
                record.memberships = [m for m in record.memberships if m.organisation_id != linked.id]
            else:
                assert isinstance(record, Cooperation)  # the third owner of direct links
                removed = tuple(p for p in record.partners if p.target == linked)
                record.partners = [p for p in record.partners if p.target != linked]
            if removed:
                self._ws.service(owner.type).update(record)
        return Unlinked(owner, linked, removed)

    def relink(self, unlinked: Unlinked) -> None:
        """Put a removed link back (undo of ``unlink``)."""
        owner = unlinked.owner
        with self._ws.database.write():
            record = self._ws.service(owner.type).get(owner.id)
            if owner.type is RecordType.NOTE:
                field = _NOTE_FIELDS[unlinked.linked.type]
                setattr(record, field, list(dict.fromkeys([*getattr(record, field), unlinked.linked.id])))
            elif isinstance(record, Person):
                record.memberships = [*record.memberships, *unlinked.removed]
            else:
                assert isinstance(record, Cooperation)  # the third owner of direct links
                record.partners = [*record.partners, *unlinked.removed]
            self._ws.service(owner.type).update(record)


def _detail(detail: str) -> str:
    return PARTNER_ROLES.label(detail[5:]) if detail.startswith("role:") else detail


def _owner_of(ref: RecordRef, other: RecordRef) -> tuple[RecordRef, RecordRef]:
    """Which of two linked records stores the link, and which is linked."""
    for owner_type in (RecordType.NOTE, RecordType.COOPERATION, RecordType.PERSON):
        if ref.type is owner_type and other.type is not owner_type:
            return ref, other
        if other.type is owner_type and ref.type is not owner_type:
            return other, ref
    raise ValueError(f"{ref} and {other} cannot be linked")


_NOTE_FIELDS = {
    RecordType.ORGANISATION: "organisation_ids",
    RecordType.PERSON: "person_ids",
    RecordType.COOPERATION: "cooperation_ids",
}
