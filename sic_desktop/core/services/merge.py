"""Merging a duplicate into the record that is kept, links and all.

Per field the kept record's value stays unless the user took the other one (an
empty field is always filled from the other side, so nothing is lost by
accident). Lists are merged: e-mail addresses, phones, tags, theme fields,
memberships. Everything that pointed at the other record (memberships of an
organisation, cooperation partners, note links, follow-ups, attached files) is moved
to the kept one; each record whose links change gets a new version, a history entry and a
change announcement, like any save. Then the other record is purged. All of it is
one transaction. Strg+Z takes it back (``services.merge_undo``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import now_utc
from sic_desktop.core.models import Membership, Person, Record
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.attachments import ATTACHMENT_TEXTS_FIELD, ATTACHMENTS_FIELD
from sic_desktop.core.services.merge_undo import MergeUndo, snapshot
from sic_desktop.core.services.record_service import AUDIT_FIELDS
from sic_desktop.core.storage.changes import Action, ChangeSet

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

# Per merged type: (table, column pointing at the merged record, owner type, owner column, owner's field).
_LINKS: dict[RecordType, tuple[tuple[str, str, RecordType, str, str], ...]] = {
    RecordType.PERSON: (
        ("cooperation_partner", "person_id", RecordType.COOPERATION, "cooperation_id", "partners"),
        ("note_person", "person_id", RecordType.NOTE, "note_id", "person_ids"),
        ("followup", "person_id", RecordType.FOLLOWUP, "id", "target"),
    ),
    RecordType.ORGANISATION: (
        ("membership", "organisation_id", RecordType.PERSON, "person_id", "memberships"),
        ("cooperation_partner", "organisation_id", RecordType.COOPERATION, "cooperation_id", "partners"),
        ("note_organisation", "organisation_id", RecordType.NOTE, "note_id", "organisation_ids"),
        ("followup", "organisation_id", RecordType.FOLLOWUP, "id", "target"),
    ),
}

# For link rows that must stay unique per owner: the columns that, with the owner, make a row the same.
_SAME_ROW = {"cooperation_partner": (), "membership": ("function",)}


@dataclass(frozen=True)
class MergeResult:
    kept: Record
    removed: RecordRef
    moved_links: int  # link rows moved over to the kept record
    undo: MergeUndo  # for Strg+Z: ``ws.duplicates.undo_merge(result.undo)``


def merge_records(
    workspace: Workspace, record_type: RecordType, keep_id: int, other_id: int, *, take_from_other: set[str]
) -> MergeResult:
    if record_type not in _LINKS:
        raise ValueError(f"cannot merge {record_type}")
    if keep_id == other_id:
        raise ValueError("a record cannot be merged with itself")
    service = workspace.service(record_type)
    with workspace.database.write() as changes:
        before = snapshot(workspace, record_type, (keep_id, other_id))
        keep, other = service.get(keep_id), service.get(other_id)
        merged = _merged(keep, other, take_from_other)
        moved = 0
        for link in _LINKS[record_type]:
            moved += _move(workspace, changes, link, other_id, keep_id)
        moved += _move_attachments(workspace, changes, RecordRef(record_type, keep_id), other_id)
        kept = service.update(merged)
        workspace.history.add(kept.ref, "merged", [])
        service.purge(other_id)
        workspace.database.execute(
            "DELETE FROM map_position WHERE record_type = ? AND record_id = ?", [record_type.value, other_id]
        )
        undo = MergeUndo(record_type, keep_id, other_id, before, snapshot(workspace, record_type, (keep_id, other_id)))
    return MergeResult(service.get(keep_id), other.ref, moved, undo)


def _merged(keep: Record, other: Record, take_from_other: set[str]) -> Record:
    for field in fields(keep):
        name = field.name
        mine, theirs = getattr(keep, name), getattr(other, name)
        if name in AUDIT_FIELDS:
            continue
        if isinstance(keep, Person) and name == "memberships":
            keep.memberships = _merged_memberships(mine, theirs)
        elif isinstance(mine, list):
            setattr(keep, name, list(dict.fromkeys([*mine, *theirs])))
        elif name in take_from_other or (_empty(mine) and not _empty(theirs)):
            setattr(keep, name, theirs)
    return keep


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _merged_memberships(mine: list[Membership], theirs: list[Membership]) -> list[Membership]:
    """One membership per organisation and function; a function fills an empty one."""
    result = list(mine)
    for membership in theirs:
        same_org = [m for m in result if m.organisation_id == membership.organisation_id]
        if any(m.function.casefold() == membership.function.casefold() for m in same_org) or (
            not membership.function and same_org
        ):
            continue
        blank = next((m for m in same_org if not m.function), None)
        if blank is not None:
            blank.function = membership.function
        else:
            result.append(membership)
    return result


def _move(workspace: Workspace, changes: ChangeSet, link: tuple[Any, ...], other_id: int, keep_id: int) -> int:
    """Point the link rows of ``other_id`` at ``keep_id``, dropping those the kept record already has."""
    table, column, owner_type, owner_column, field = link
    db = workspace.database
    key = (owner_column, *_SAME_ROW.get(table, ()))
    rows = db.query(f"SELECT DISTINCT {', '.join(key)} FROM {table} WHERE {column} = ?", [other_id])
    for row in rows:
        where = " AND ".join(f"{c} = ?" for c in key)
        values = [row[c] for c in key]
        if owner_column != "id" and db.execute(
            f"SELECT 1 FROM {table} WHERE {column} = ? AND {where}", [keep_id, *values]
        ).fetchone():
            db.execute(f"DELETE FROM {table} WHERE {column} = ? AND {where}", [other_id, *values])
        else:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND {where}", [keep_id, other_id, *values])
    now, user = now_utc(), workspace.user
    for owner_id in sorted({row[owner_column] for row in rows}):
        db.execute(
            f"UPDATE {owner_type.value} SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
            [now, user, owner_id],
        )
        ref = RecordRef(owner_type, owner_id)
        workspace.history.add(ref, "updated", [field])
        changes.add(ref, Action.UPDATED, [field])
    return len(rows)


def _move_attachments(workspace: Workspace, changes: ChangeSet, keep: RecordRef, other_id: int) -> int:
    """The other record's files go to the kept one; a file the kept one already has under its name stays once."""
    column = f"{keep.type.value}_id"
    db = workspace.database
    db.execute(
        f"DELETE FROM attachment WHERE {column} = ? AND EXISTS (SELECT 1 FROM attachment AS kept "
        f"WHERE kept.{column} = ? AND kept.sha256 = attachment.sha256 AND kept.name = attachment.name)",
        [other_id, keep.id],
    )
    moved = db.execute(f"UPDATE attachment SET {column} = ? WHERE {column} = ?", [keep.id, other_id]).rowcount
    if moved:
        changes.add(keep, Action.UPDATED, [ATTACHMENTS_FIELD, ATTACHMENT_TEXTS_FIELD])
    return moved
