"""Taking a merge of duplicates back (Strg+Z): the merged-away record returns with its id and
everything that pointed at it, and the kept record gets its fields and lists back.

A merge (``services.merge``) moves link rows to the kept record, rewrites the kept record and purges
the other one, whose own rows (tags, theme fields, memberships, attachments, „kein Duplikat“ marks)
go with it by the database's cascade. ``snapshot`` keeps every row of both records and of every table
that points at them, once before the merge and once after it, in the merge's own transaction. Undoing
compares the two pictures row by row: a row the merge added goes, a row it changed or deleted comes
back as it was; rows the merge did not touch, and rows added since, stay. Each record whose rows
change gets a new version (an open editor then meets the conflict rule instead of overwriting), a
history entry and a change announcement, like any save. All of it is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action

if TYPE_CHECKING:
    from sic_desktop.core.storage.database import Database
    from sic_desktop.core.workspace import Workspace

VERSION_COLUMNS = ("version", "updated_at", "updated_by")  # set anew, never taken back


@dataclass(frozen=True)
class Pointing:
    """A table whose rows point at a person or organisation: the pointing columns, the primary key, and
    which record a change of such a row belongs to (None: the person or organisation itself)."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    owner: tuple[RecordType, str] | None = None
    only: str = ""  # a further condition (map positions of this type only)


def _pointing(kind: str) -> tuple[Pointing, ...]:
    column = f"{kind}_id"
    return (
        Pointing("membership", (column,), ("id",), (RecordType.PERSON, "person_id") if kind == "organisation" else None),
        Pointing("cooperation_partner", (column,), ("id",), (RecordType.COOPERATION, "cooperation_id")),
        Pointing("followup", (column,), ("id",), (RecordType.FOLLOWUP, "id")),
        Pointing(f"note_{kind}", (column,), ("note_id", column), (RecordType.NOTE, "note_id")),
        Pointing(f"{kind}_theme", (column,), (column, "theme_id")),
        Pointing(f"{kind}_tag", (column,), (column, "tag_id")),
        Pointing(f"{kind}_distinct", ("first_id", "second_id"), ("first_id", "second_id")),
        Pointing("attachment", (column,), ("id",)),
        Pointing("map_position", ("record_id",), ("view", "record_type", "record_id"), only=f"record_type = '{kind}'"),
    )


POINTING: dict[RecordType, tuple[Pointing, ...]] = {
    RecordType.PERSON: (*_pointing("person"), Pointing("keep_decision", ("person_id",), ("id",))),
    RecordType.ORGANISATION: _pointing("organisation"),
}

Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]  # table → primary key → row


@dataclass(frozen=True)
class MergeUndo:
    """What a merge changed, to take it back: the rows before and after it."""

    record_type: RecordType
    keep_id: int
    other_id: int
    before: Rows
    after: Rows


def snapshot(workspace: Workspace, record_type: RecordType, ids: tuple[int, int]) -> Rows:
    """Every row of the records ``ids`` and of the tables pointing at them (inside the merge's write)."""
    db = workspace.database
    rows = {record_type.value: _rows(db, Pointing(record_type.value, ("id",), ("id",)), ids)}
    for pointing in POINTING[record_type]:
        rows[pointing.table] = _rows(db, pointing, ids)
    return rows


def _rows(db: Database, pointing: Pointing, ids: tuple[int, int]) -> dict[tuple[Any, ...], dict[str, Any]]:
    where = " OR ".join(f"{column} IN (?, ?)" for column in pointing.columns)
    if pointing.only:
        where = f"({where}) AND {pointing.only}"
    found = db.query(f"SELECT * FROM {pointing.table} WHERE {where}", [i for _ in pointing.columns for i in ids])
    return {tuple(row[c] for c in pointing.key): row for row in found}


def undo_merge(workspace: Workspace, undo: MergeUndo) -> None:
    """Put both records and every row the merge touched back as they were before it."""
    db = workspace.database
    record_type, table = undo.record_type, undo.record_type.value
    service = workspace.service(record_type)
    with db.write() as changes:
        if service.exists(undo.other_id, include_trashed=True) or not service.exists(undo.keep_id, include_trashed=True):
            raise SicError(translate("Errors", "Die Zusammenführung lässt sich nicht mehr rückgängig machen: "
                                               "einer der beiden Datensätze wurde inzwischen gelöscht oder wiederhergestellt."))
        touched: set[RecordRef] = {RecordRef(record_type, undo.keep_id)}
        _put_back(db, table, ("id",), undo.before[table][(undo.other_id,)], exists=False)
        _put_back(db, table, ("id",), undo.before[table][(undo.keep_id,)], exists=True)
        for pointing in POINTING[record_type]:
            before, after = undo.before[pointing.table], undo.after[pointing.table]
            for key in after.keys() - before.keys():  # added by the merge (the kept record's new lists)
                db.execute(f"DELETE FROM {pointing.table} WHERE {_match(pointing.key)}", list(key))
                touched.add(_owner(pointing, after[key], record_type, undo.keep_id))
            for key, row in before.items():
                if after.get(key) != row:  # moved or deleted by the merge
                    _put_back(db, pointing.table, pointing.key, row, exists=key in after)
                    touched.add(_owner(pointing, row, record_type, undo.keep_id))
        touched.discard(RecordRef(record_type, undo.other_id))  # it comes back with its own version
        now, user = now_utc(), workspace.user
        for ref in sorted(touched, key=lambda r: (r.type.value, r.id)):
            db.execute(f"UPDATE {ref.type.value} SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                       [now, user, ref.id])
            workspace.history.add(ref, "unmerged" if ref.type is record_type else "updated", [])
            changes.add(ref, Action.UPDATED)
        other = RecordRef(record_type, undo.other_id)
        workspace.history.add(other, "unmerged", [])
        changes.add(other, Action.CREATED)
        tag_ids = {key[1] for key in undo.before[f"{table}_tag"]}  # the lists' tags are in use again
        changes.add_tags(row["name"] for row in db.query("SELECT id, name FROM tag") if row["id"] in tag_ids)


def _owner(pointing: Pointing, row: dict[str, Any], record_type: RecordType, keep_id: int) -> RecordRef:
    if pointing.owner is None:
        return RecordRef(record_type, keep_id)
    owner_type, column = pointing.owner
    return RecordRef(owner_type, row[column])


def _match(key: tuple[str, ...]) -> str:
    return " AND ".join(f"{column} = ?" for column in key)


def _put_back(db: Database, table: str, key: tuple[str, ...], row: dict[str, Any], *, exists: bool) -> None:
    """The row as it was: its values back into the row that is there (versions are bumped after), or inserted."""
    if exists:
        columns = [c for c in row if c not in key and c not in VERSION_COLUMNS]
        if columns:
            db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE {_match(key)}",
                       [row[c] for c in columns] + [row[c] for c in key])
    else:
        columns = list(row)
        db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                   [row[c] for c in columns])
