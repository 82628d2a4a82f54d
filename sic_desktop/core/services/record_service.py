"""Shared machinery of the record services: rows ↔ records, optimistic locking, trash, history.

A subclass says which table and columns it has and which links it carries; this
class does the loading, saving, locking, trash and change history the same way for
every record type, so that a rule (e.g. „changed meanwhile is refused“) exists once.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from sic_desktop.core.dates import format_timestamp, from_iso, now_utc, to_iso
from sic_desktop.core.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    ServerUnreachableError,
    ValidationError,
    not_found,
)
from sic_desktop.core.field_labels import TAGGABLE, field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import FOLLOWUP_TARGET_TYPES, Record, is_taggable
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import CHUNK, ListQuery, chunks, placeholders
from sic_desktop.core.services.opened_records import Opened, OpenedRecords, detached
from sic_desktop.core.services.summaries import SummaryColumn
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.storage.database import RowChanged
from sic_desktop.core.text_folding import fold, like_pattern
from sic_desktop.core.validation import validate

if TYPE_CHECKING:
    from sic_desktop.core.storage.database import Answer, Database
    from sic_desktop.core.workspace import Workspace

R = TypeVar("R", bound=Record)

AUDIT_FIELDS = (
    "id", "version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"
)


@dataclass(frozen=True)
class Column:
    """A scalar field stored in the record's own table under the same name."""

    name: str
    kind: str = "text"  # text | optional | date | json | bool


class RecordService(Generic[R]):
    record_class: ClassVar[type[Record]]
    table: ClassVar[str]
    columns: ClassVar[tuple[Column, ...]]
    sort_columns: ClassVar[dict[str, str]]
    default_sort: ClassVar[str]
    default_descending: ClassVar[bool] = False
    # Columns (SQL expressions) the list's text filter looks in; folded, see core.text_folding.
    text_filter_sql: ClassVar[str]
    filters: ClassVar[frozenset[str]] = frozenset()
    summary_columns: ClassVar[tuple[SummaryColumn, ...]] = ()

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._opened = OpenedRecords()
        self._own_fields = frozenset(column.name for column in self.columns)  # kept in the record's own table

    @property
    def record_type(self) -> RecordType:
        return self.record_class.RECORD_TYPE

    @property
    def _db(self) -> Database:
        return self._ws.database

    # -- reading -----------------------------------------------------------------

    def get(self, record_id: int, *, include_trashed: bool = False) -> R:
        records = self.get_many([record_id], include_trashed=include_trashed)
        if not records:
            raise not_found(self.record_type.label, record_id)
        if not self._db.writing():  # inside a write it may yet be taken back
            self._hand_out(records[0])
        return records[0]

    def get_many(self, ids: list[int], *, include_trashed: bool = True) -> list[R]:
        """Records in the order of ``ids``; missing ids are skipped."""
        records = self._db.together(lambda: self._records_later(list(ids)))()
        return [record for record in records if include_trashed or record.deleted_at is None]

    def _records_later(self, ids: builtins.list[int], *, lock: bool = False) -> Callable[[], builtins.list[R]]:
        """Send the reads of the records ``ids`` and of their links, all at once (on the team server one
        round trip, not one per link table); the returned function makes the records (missing skipped).
        ``lock`` (inside a write): no one else may change or delete the rows until it commits."""
        row_lock = self._db.ROW_LOCK if lock else ""
        answers = [
            self._db.read_later(f"SELECT * FROM {self.table} WHERE id IN ({placeholders(part)}){row_lock}", part)
            for part in chunks(ids)
        ]
        put_links = self._links_of(ids)

        def records() -> builtins.list[R]:
            found = {row["id"]: self._from_row(row) for answer in answers for row in answer.rows()}
            loaded = [found[i] for i in ids if i in found]
            put_links(loaded)
            self._load_links(loaded)
            return loaded

        return records

    def exists(self, record_id: int, *, include_trashed: bool = False) -> bool:
        sql = f"SELECT 1 FROM {self.table} WHERE id = ?"
        if not include_trashed:
            sql += " AND deleted_at IS NULL"
        return self._db.execute(sql, [record_id]).fetchone() is not None

    def ids(self, query: ListQuery | None = None) -> list[int]:
        """The ids a list shows, in order: cheap enough for 100,000 rows."""
        sql, params = self._ids_sql(query or ListQuery())
        return self._db.id_list(sql, params)

    def _ids_sql(self, query: ListQuery) -> tuple[str, builtins.list[Any]]:
        where, params = self._where(query)
        sql = f"SELECT {self.table}.id FROM {self.table} WHERE {where} ORDER BY {self._order(query)}"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        return sql, params

    def all_ids(self) -> list[int]:
        """Every record of this type, live and trashed, by id: for the full export."""
        return [row[0] for row in self._db.execute(f"SELECT id FROM {self.table} ORDER BY id")]

    def sort_keys(self) -> list[tuple[int, str]]:
        """Id and folded sort name of every live record, by name: for pickers that forgive a typo."""
        return [
            (row[0], row[1])
            for row in self._db.execute(
                f"SELECT id, sort_key FROM {self.table} WHERE deleted_at IS NULL ORDER BY sort_key, id"
            )
        ]

    def count(self, query: ListQuery | None = None) -> int:
        where, params = self._where(query or ListQuery())
        return int(self._db.execute(f"SELECT count(*) FROM {self.table} WHERE {where}", params).fetchone()[0])

    def list(self, query: ListQuery | None = None) -> list[R]:
        return self.get_many(self.ids(query))

    def summaries(self, ids: builtins.list[int]) -> builtins.list[dict[str, Any]]:
        """Display-ready list rows (keys of ``summary_columns`` plus ``id``) in the order of ``ids``."""
        rows: list[dict[str, Any]] = []
        for part in chunks(list(ids)):
            rows += self._db.query(self._summary_sql().format(ids=placeholders(part)), part)
        return self._display_rows(rows, ids)

    def first_page(self, query: ListQuery, rows: int) -> tuple[builtins.list[int], builtins.list[dict[str, Any]]]:
        """What a list shows first: every id in order and the list rows of the first ``rows`` of them
        (on the team server in one round trip, not two)."""
        ids_sql, params = self._ids_sql(replace(query, limit=None, offset=0))
        ids, found = self._db.ids_and_first_rows(ids_sql, params, self._summary_sql(), rows)
        return ids, self._display_rows(found, ids[:rows])

    def _display_rows(self, rows: builtins.list[dict[str, Any]], ids: builtins.list[int]) -> builtins.list[dict[str, Any]]:
        """Stored summary rows as the list shows them, in the order of ``ids``."""
        found: dict[int, dict[str, Any]] = {}
        for row in rows:
            if "updated_at" in row:
                row["updated_at"] = format_timestamp(row["updated_at"])
            found[row["id"]] = {key: "" if value is None else value for key, value in self._summary_row(row).items()}
        return [found[i] for i in ids if i in found]

    def _summary_sql(self) -> str:
        """SELECT of the summary columns with an ``{ids}`` placeholder for the id list."""
        raise NotImplementedError

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """Turn stored keys into labels and ISO dates into German ones."""
        return row

    # -- writing -----------------------------------------------------------------

    def create(self, record: R) -> R:
        """Store a new record and return it as stored (with id, version and linked names)."""
        with self._db.write():
            record_id = self._insert(record)
        return self.get(record_id)

    def create_many(self, records: Iterable[R]) -> builtins.list[int]:
        """Store many new records in one transaction (import, demo data): all or none."""
        with self._db.write():
            return [self._insert(record) for record in records]

    def _insert(self, record: R) -> int:
        validate(record)
        with self._db.write() as changes:
            self._references_later(record)()
            now, user = now_utc(), self._ws.user
            audit = {"version": 1, "created_at": now, "created_by": user, "updated_at": now, "updated_by": user}
            record.id = self._insert_row(self._to_row(record) | audit)
            self._save_links(record, None)
            self._after_save(record, None)
            filled = [name for name, value in self._comparable(record).items() if value]
            self._ws.history.add(record.ref, "created", filled)
            changes.add(record.ref, Action.CREATED, filled)
        return record.id

    def _insert_row(self, row: dict[str, Any]) -> int:
        columns = list(row)
        cursor = self._db.execute(
            f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({placeholders(columns)})",
            [row[c] for c in columns],
        )
        return cast(int, cursor.lastrowid)  # set by every INSERT

    def insert_verbatim(self, record: R) -> None:
        """Store a record exactly as a full export holds it: id, version, audit stamps, trash state.

        For reading an export into an empty data folder. The export brings its own
        change history, so none is written; links must point at records inserted
        before (the database's foreign keys refuse anything else). Checked like any
        save, so a hand-edited export cannot bring in what the window would refuse.
        """
        if record.id is None:
            raise ValueError("insert_verbatim() needs the exported id")
        validate(record)
        with self._db.write() as changes:
            self._insert_row(self._to_row(record) | {name: getattr(record, name) for name in AUDIT_FIELDS})
            self._save_links(record, None)
            self._restore_derived(record)
            changes.add(record.ref, Action.CREATED)

    def update(self, record: R) -> R:
        """Store changes; refuse if someone saved this record since it was loaded."""
        if record.id is None:
            raise ValueError("update() needs a stored record; use create()")
        validate(record)
        alone = not self._db.writing()  # inside another write (an import) the record is not yet stored for good
        opened = self._opened.get(record.stored_id) if alone else None
        changed = self._fields_changed_alone(record, opened) if opened is not None else None
        stored, lost = None, False
        # Not on a thread that would have to connect first: a server that is away would make the user
        # wait for the connection's timeout twice (here, then on the careful way).
        if opened is not None and changed and self._db.connected:
            try:
                stored = self._db.write_at_once(lambda changes: self._update_fields(record, opened, changed, changes))()
            except RowChanged:
                pass  # saved, trashed or deleted meanwhile: the careful way below says which
            except ServerUnreachableError:
                lost = True  # a connection dropped while idle (the careful way saves on a new one), or its answer lost
        if stored is None:
            try:
                stored = self._update_checked(record)
            except ConflictError:
                stored = self._arrived(record, opened) if lost and opened is not None else None
                if stored is None:
                    raise
        if alone:
            self._hand_out(stored)
        return stored

    def _arrived(self, record: R, opened: Opened) -> R | None:
        """The record as stored if the save whose answer was lost did arrive: the version after the one
        opened, saved by this user, with the fields of ``record``. Not a colleague's change then."""
        for current in self.get_many([record.stored_id]):
            if (current.version == opened.version + 1 and current.updated_by == self._ws.user
                    and self._fingerprint(current) == self._fingerprint(record)):
                return current
        return None

    def _update_checked(self, record: R) -> R:
        """The save that first reads the stored record under a lock: says why a save is refused (changed
        meanwhile, in the trash, deleted, a link to a record that does not exist) and stores links."""
        with self._db.write() as changes:
            record_id = record.stored_id
            # Read locked: the version compared below stays the stored one until the commit, so the
            # UPDATE cannot miss it and needs no answer before the COMMIT.
            load, check_references = self._db.together(
                lambda: (self._records_later([record_id], lock=True), self._references_later(record))
            )
            found = load()
            if not found:
                raise not_found(self.record_type.label, record_id)
            old = found[0]
            if old.deleted_at is not None:
                raise NotFoundError(
                    translate("Errors", "„{title}“ liegt im Papierkorb und kann nicht geändert werden.").format(
                        title=old.display_title
                    )
                )
            if old.version != record.version:
                raise self._conflict(old)
            check_references()
            changed = self._changed_fields(old, record)
            if not changed:
                return old
            updated = self._db.read_later(*self._update_sql(record, "id = ?", [record_id]))
            self._save_links(record, old)
            self._after_save(record, old)
            self._ws.history.add(record.ref, "updated", changed)
            stored = self._stored_later(old, updated, changed)
            changes.add(record.ref, Action.UPDATED, changed)
        return stored()

    def _update_fields(
        self, record: R, opened: Opened, changed: builtins.list[str], changes: ChangeSet
    ) -> Callable[[], R]:
        """Send the save of a record whose own fields alone changed since it was handed out (``opened``):
        its UPDATE names the version handed out, so nothing is read first (on the team server the whole
        save is one statement and one round trip). It leaves the links alone and hands them back as
        they were handed out: a save of links counts the version up, so they are as stored unless a
        linked record was meanwhile renamed or deleted for good (its links go with it), which the
        window showed the same way before the save and a reopened record shows anew."""
        updated = self._db.update_row(
            *self._update_sql(record, "id = ? AND version = ? AND deleted_at IS NULL", [record.id, opened.version])
        )
        self._ws.history.add(record.ref, "updated", changed)
        changes.add(record.ref, Action.UPDATED, changed)

        def stored() -> R:
            saved = self._from_row(updated.rows()[0])
            for name, value in opened.links.items():
                setattr(saved, name, detached(value))
            return saved

        return stored

    def _update_sql(self, record: R, where: str, params: builtins.list[Any]) -> tuple[str, builtins.list[Any]]:
        """The UPDATE of a save: every field of the record, its stamps, the version counted up."""
        row = self._to_row(record) | {"updated_at": now_utc(), "updated_by": self._ws.user}
        assignments = ", ".join(f"{c} = ?" for c in row)
        return (f"UPDATE {self.table} SET {assignments}, version = version + 1 WHERE {where} RETURNING *",
                [*row.values(), *params])

    def _hand_out(self, record: R) -> None:
        """Keep what ``record`` holds as handed out (by ``get`` or a save), for its next save."""
        if record.id is not None:
            links = {name: detached(getattr(record, name)) for name in self._link_fields(record)}
            self._opened.keep(record.id, Opened(record.version, self._fingerprint(record), links))

    def _fields_changed_alone(self, record: R, opened: Opened) -> builtins.list[str] | None:
        """The fields changed since ``record`` was handed out at its version, if only fields of its own
        table changed (no link, nothing the service derives or checks in the database); else None."""
        if opened.version != record.version or not self._saves_fields_alone():
            return None
        changed = [name for name, value in self._fingerprint(record).items() if opened.fields.get(name) != value]
        linked = {name for name, _, _ in self._linked_records(record)}
        return changed if changed and all(name in self._own_fields and name not in linked for name in changed) else None

    def _link_fields(self, record: R) -> builtins.list[str]:
        """The record's fields kept outside its own table (links, and what is shown of them)."""
        return [f.name for f in fields(record) if f.name not in self._own_fields and f.name not in AUDIT_FIELDS]

    @classmethod
    def _saves_fields_alone(cls) -> bool:
        """False for a service whose save derives more or checks links against the database."""
        return not cls._derives_on_save() and cls._check_references is RecordService._check_references

    def _stored_later(self, old: R, updated: Answer, changed: builtins.list[str]) -> Callable[[], R]:
        """The record as a save stored it, on the team server answered with the COMMIT (the save's last
        round trip): the row the UPDATE returned with the links read before it under the write lock. A save that
        changed links (stored tag spellings, a membership's organisation name) or of a service that
        derives more from a save (a status history, a linked title) reads all of it back instead."""
        if self._derives_on_save() or any(name not in self._own_fields for name in changed):
            read_back = self._db.together(lambda: self._records_later([old.stored_id]))
            return lambda: read_back()[0]
        links = self._link_fields(old)

        def stored() -> R:
            record = self._from_row(updated.rows()[0])
            for name in links:
                setattr(record, name, getattr(old, name))
            return record

        return stored

    @classmethod
    def _derives_on_save(cls) -> bool:
        """True for a service whose hooks make more of a save than its row and links."""
        return any(getattr(cls, hook) is not getattr(RecordService, hook)
                   for hook in ("_after_save", "_load_links", "_from_row"))

    def trash(self, record_id: int) -> None:
        """Move to the Papierkorb: hidden everywhere, restorable until the trash is emptied."""
        self._set_trashed(record_id, trashed=True)

    def restore(self, record_id: int) -> None:
        self._set_trashed(record_id, trashed=False)

    def _set_trashed(self, record_id: int, *, trashed: bool) -> None:
        with self._db.write() as changes:
            now = now_utc()
            condition = "deleted_at IS NULL" if trashed else "deleted_at IS NOT NULL"
            cursor = self._db.execute(
                f"UPDATE {self.table} SET deleted_at = ?, deleted_by = ?, version = version + 1, "
                f"updated_at = ?, updated_by = ? WHERE id = ? AND {condition}",
                [now if trashed else None, self._ws.user if trashed else None, now, self._ws.user, record_id],
            )
            if cursor.rowcount != 1:
                raise not_found(self.record_type.label, record_id)
            ref = RecordRef(self.record_type, record_id)
            self._ws.history.add(ref, "trashed" if trashed else "restored", [])
            changes.add(ref, Action.TRASHED if trashed else Action.RESTORED)
            self._announce_tags_of(record_id, changes)

    def purge(self, record_id: int) -> None:
        """Delete for good, with every link; follow-ups attached to it go too."""
        with self._db.write() as changes:
            self._announce_attached_followups(record_id, changes)
            self._announce_tags_of(record_id, changes)
            cursor = self._db.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id])
            if cursor.rowcount != 1:
                raise not_found(self.record_type.label, record_id)
            ref = RecordRef(self.record_type, record_id)
            self._ws.history.add(ref, "purged", [])
            changes.add(ref, Action.PURGED)

    def _announce_attached_followups(self, record_id: int, changes: ChangeSet) -> None:
        """Follow-ups attached to a purged record go with it (database cascade); say so."""
        if self.record_type not in FOLLOWUP_TARGET_TYPES:
            return
        rows = self._db.execute(f"SELECT id FROM followup WHERE {self.table}_id = ?", [record_id])
        for (followup_id,) in rows.fetchall():
            changes.add(RecordRef(RecordType.FOLLOWUP, followup_id), Action.PURGED)

    def _announce_tags_of(self, record_id: int, changes: ChangeSet) -> None:
        """A record going to or coming back from the Papierkorb changes which tags are in use."""
        if self.record_type in TAGGABLE:
            changes.add_tags(self._themes_and_tags_later([record_id])()[1].get(record_id, []))

    def _conflict(self, current: Record) -> ConflictError:
        return ConflictError(
            translate(
                "Errors",
                "„{title}“ wurde inzwischen von {user} geändert ({when}). Ihre Änderungen wurden nicht "
                "gespeichert, damit nichts überschrieben wird. Bitte den Datensatz neu laden und die "
                "Änderungen erneut eintragen.",
            ).format(title=current.display_title, user=current.updated_by, when=format_timestamp(current.updated_at))
        )

    # -- rows ------------------------------------------------------------------

    def _to_row(self, record: R) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for column in self.columns:
            value = getattr(record, column.name)
            if column.kind == "date":
                value = to_iso(value)
            elif column.kind == "json":
                value = json.dumps(value, ensure_ascii=False)
            elif column.kind == "bool":
                value = int(bool(value))
            row[column.name] = value
        sort_key = self._sort_key(record)
        if sort_key is not None:
            row["sort_key"] = sort_key
        return row

    def _from_row(self, row: dict[str, Any]) -> R:
        values: dict[str, Any] = {name: row[name] for name in AUDIT_FIELDS}
        for column in self.columns:
            value = row[column.name]
            if column.kind == "date":
                value = from_iso(value)
            elif column.kind == "json":
                value = json.loads(value)
            elif column.kind == "bool":
                value = bool(value)
            values[column.name] = value
        return cast(R, self.record_class(**values))  # record_class is R's class in each subclass

    def _sort_key(self, record: R) -> str | None:
        """Folded text the list sorts by, for tables that have a sort_key column."""
        return None

    # -- links (overridden by services whose records carry links) ------------------

    def _links_of(self, ids: builtins.list[int]) -> PutLinks[R]:
        """Send the reads of the link tables for the records ``ids`` (``Database.read_later``) and return
        what puts the links on the loaded records. Services whose records carry links extend it."""
        if self.record_type not in TAGGABLE or not ids:
            return _no_links
        themes_and_tags = self._themes_and_tags_later(ids)

        def put(records: builtins.list[R]) -> None:
            theme_map, tag_map = themes_and_tags()
            for record in records:
                if is_taggable(record) and record.id is not None:
                    record.theme_ids = theme_map.get(record.id, [])
                    record.tags = tag_map.get(record.id, [])

        return put

    def _load_links(self, records: builtins.list[R]) -> None:
        """Hook for what depends on the loaded records themselves (the title of a linked record)."""

    def _save_links(self, record: R, old: R | None) -> None:
        """Store the links that differ from ``old``'s (all for a new record); nothing else: a save whose
        links did not change skips this hook (``_update_fields``)."""
        if not is_taggable(record) or record.id is None:
            return
        before = old if old is not None and is_taggable(old) else None
        if before is None or set(before.theme_ids) != set(record.theme_ids):
            self._replace_links(f"{self.table}_theme", "theme_id", record.id, record.theme_ids, new=old is None)
        if before is None or _folded(before.tags) != _folded(record.tags):
            self._replace_links(
                f"{self.table}_tag", "tag_id", record.id, self._ws.tags.ids_for(record.tags), new=old is None
            )
            with self._db.write() as changes:  # joins the save: the tags put on or taken off
                changes.add_tags(_tags_between(before.tags if before else [], record.tags))

    def _after_save(self, record: R, old: R | None) -> None:
        """Hook for derived rows, e.g. a cooperation's status history."""

    def _restore_derived(self, record: R) -> None:
        """Hook: store derived rows as exported (a cooperation's dated status history)."""

    def _references_later(self, record: R) -> Callable[[], None]:
        """Send the reads that check the record's links, all at once (on the team server together with
        what the save reads next), and return the check: a link to a record that does not exist is
        refused naming its field. One in the trash still counts: it may come back, and editing something
        else on this record must not fail because of it."""
        wanted = ([("theme_ids", RecordType.THEME, list(record.theme_ids))] if is_taggable(record) else [])
        wanted += self._linked_records(record)
        wanted = [(field, record_type, ids) for field, record_type, ids in wanted if ids]
        found = _existing_later(self._db, [(self._ws.service(record_type).table, ids) for _, record_type, ids in wanted])

        def check() -> None:
            for (field, record_type, ids), stored in zip(wanted, found(), strict=True):
                missing = [i for i in (ids if record_type is RecordType.THEME else dict.fromkeys(ids)) if i not in stored]
                if missing:
                    raise ValidationError(
                        [FieldError(field, field_label(self.record_type, field), _missing(record_type, i)) for i in missing]
                    )
            self._check_references(record)

        return check

    def _linked_records(self, record: R) -> builtins.list[tuple[str, RecordType, builtins.list[int]]]:
        """The records ``record`` links to, per field (besides theme fields): each must exist."""
        return []

    def _check_references(self, record: R) -> None:
        """Hook: further checks of what the record links to (after each linked record was found)."""

    def _link_map(self, table: str, target_column: str, ids: builtins.list[int]) -> dict[int, builtins.list[int]]:
        """For many-to-many tables: record id → list of linked ids."""
        return self._link_map_later(table, target_column, ids)()

    def _link_map_later(
        self, table: str, target_column: str, ids: builtins.list[int]
    ) -> Callable[[], dict[int, builtins.list[int]]]:
        """``_link_map`` sent now, read when called."""
        own = f"{self.table}_id"
        answers = [
            self._db.read_later(
                f"SELECT {own} AS own, {target_column} AS target FROM {table} WHERE {own} IN ({placeholders(part)})",
                part,
            )
            for part in chunks(ids)
        ]
        return lambda: _grouped(answers)

    def _themes_and_tags_later(
        self, ids: builtins.list[int]
    ) -> Callable[[], tuple[dict[int, builtins.list[int]], dict[int, builtins.list[str]]]]:
        """The theme fields (by id) and the tags (by name) of the records ``ids``, sent now in
        one statement, not one each: every statement costs the team server's client time. The tags come
        first in the UNION: its ORDER BY then compares names as their column does (case-insensitively)."""
        own = f"{self.table}_id"
        answers = [
            self._db.read_later(
                f"SELECT 1 AS part, l.{own} AS own, NULL AS theme, t.name AS tag FROM {self.table}_tag l "
                f"JOIN tag t ON t.id = l.tag_id WHERE l.{own} IN ({placeholders(part)}) "
                f"UNION ALL SELECT 0, {own}, theme_id, NULL FROM {self.table}_theme WHERE {own} IN ({placeholders(part)}) "
                "ORDER BY part, own, theme, tag",
                part + part,
            )
            for part in chunks(ids, CHUNK // 2)
        ]

        def maps() -> tuple[dict[int, builtins.list[int]], dict[int, builtins.list[str]]]:
            themes: dict[int, builtins.list[int]] = {}
            tags: dict[int, builtins.list[str]] = {}
            for answer in answers:
                for row in answer.rows():
                    if row["part"]:
                        tags.setdefault(row["own"], []).append(row["tag"])
                    else:
                        themes.setdefault(row["own"], []).append(row["theme"])
            return themes, tags

        return maps

    def _replace_links(
        self, table: str, target_column: str, record_id: int, target_ids: builtins.list[int], *, new: bool
    ) -> None:
        """Link ``record_id`` to exactly ``target_ids``; a ``new`` record has no links to take away
        (one statement less per link table: the team server answers each with a round trip)."""
        own = f"{self.table}_id"
        if not new:
            self._db.execute(f"DELETE FROM {table} WHERE {own} = ?", [record_id])
        if not target_ids:
            return
        self._db.executemany(
            f"INSERT OR IGNORE INTO {table} ({own}, {target_column}) VALUES (?, ?)",
            [(record_id, target_id) for target_id in target_ids],
        )

    # -- comparing ---------------------------------------------------------------

    def _comparable(self, record: R) -> dict[str, Any]:
        """Field name → value as stored, to find which fields a save changed."""
        values = {column.name: getattr(record, column.name) for column in self.columns}
        if is_taggable(record):
            values["theme_ids"] = tuple(sorted(record.theme_ids))
            values["tags"] = tuple(sorted(_folded(record.tags)))
        return values

    def _fingerprint(self, record: R) -> dict[str, Any]:
        """``_comparable`` with the JSON fields as text: what is kept of a handed-out record must not
        change with it when its caller changes a list in place."""
        values = self._comparable(record)
        for column in self.columns:
            if column.kind == "json":
                values[column.name] = json.dumps(values[column.name], ensure_ascii=False, sort_keys=True)
        return values

    def _changed_fields(self, old: R, new: R) -> builtins.list[str]:
        before, after = self._comparable(old), self._comparable(new)
        return [name for name in after if before.get(name) != after[name]]

    # -- list queries ------------------------------------------------------------

    def _where(self, query: ListQuery) -> tuple[str, builtins.list[Any]]:
        unsupported = query.active_filters() - self.filters - {"text", "theme_id", "tag"}
        if unsupported:
            raise ValueError(f"{self.table} lists cannot filter by {sorted(unsupported)}")
        clauses = [f"{self.table}.deleted_at IS {'NOT ' if query.trashed else ''}NULL"]
        params: list[Any] = []
        if query.text:
            clauses.append(f"({self.text_filter_sql})")
            params += [like_pattern(query.text)] * self.text_filter_sql.count("?")
        if query.theme_id is not None:
            clauses.append(
                f"{self.table}.id IN (SELECT {self.table}_id FROM {self.table}_theme WHERE theme_id = ?)"
            )
            params.append(query.theme_id)
        if query.tag:
            clauses.append(
                f"{self.table}.id IN (SELECT l.{self.table}_id FROM {self.table}_tag l "
                "JOIN tag t ON t.id = l.tag_id WHERE t.name = ? COLLATE NOCASE)"
            )
            params.append(query.tag.strip())
        self._add_filters(query, clauses, params)
        return " AND ".join(clauses), params

    def _add_filters(self, query: ListQuery, clauses: builtins.list[str], params: builtins.list[Any]) -> None:
        """Type-specific filters; each service declares the ones it supports in ``filters``."""

    def _order(self, query: ListQuery) -> str:
        name = query.sort or self.default_sort
        if name not in self.sort_columns:
            raise ValueError(f"{self.table} lists cannot sort by {name!r}")
        descending = query.descending if query.sort else query.descending != self.default_descending
        direction = "DESC" if descending else "ASC"
        return f"{self.sort_columns[name]} {direction}, {self.table}.id {direction}"

    @staticmethod
    def _date_param(value: date | None) -> str | None:
        return to_iso(value)


# Puts the links read for a list of records on them (``RecordService._links_of``).
PutLinks = Callable[[list[R]], None]


def _no_links(records: list[Any]) -> None:
    """For records without link tables."""


def _grouped(answers: list[Answer]) -> dict[int, list[Any]]:
    """Rows ``own, target`` of link tables as own → targets, in the rows' order."""
    result: dict[int, list[Any]] = {}
    for answer in answers:
        for row in answer.rows():
            result.setdefault(row["own"], []).append(row["target"])
    return result


def _existing_later(db: Database, wanted: list[tuple[str, list[int]]]) -> Callable[[], list[set[int]]]:
    """Which of the ids are stored, per (table, ids) of ``wanted`` (live or in the trash): all tables in
    one statement (a UNION ALL), not one per table: each statement costs the team server's client
    time, however soon its answer comes. Returns the found ids in the order of ``wanted``."""
    parts = [(number, table, part) for number, (table, ids) in enumerate(wanted) for part in chunks(list(dict.fromkeys(ids)))]
    statements: list[list[tuple[int, str, list[int]]]] = []
    for part in parts:  # at most a chunk's worth of parameters per statement (SQLite's limit)
        if not statements or sum(len(ids) for _, _, ids in statements[-1]) + len(part[2]) > CHUNK:
            statements.append([])
        statements[-1].append(part)
    answers = [
        db.read_later(
            " UNION ALL ".join(f"SELECT {number} AS part, id FROM {table} WHERE id IN ({placeholders(ids)})"
                               for number, table, ids in statement),
            [i for _, _, ids in statement for i in ids],
        )
        for statement in statements
    ]

    def found() -> list[set[int]]:
        stored: list[set[int]] = [set() for _ in wanted]
        for answer in answers:
            for row in answer.rows():
                stored[row["part"]].add(row["id"])
        return stored

    return found


def _missing(record_type: RecordType, record_id: int) -> str:
    if record_type is RecordType.THEME:
        return translate("Validation", "Das Themenfeld Nr. {id} gibt es nicht.").format(id=record_id)
    return translate("Validation", "{record} Nr. {id} gibt es nicht (mehr).").format(
        record=record_type.label, id=record_id
    )


def _folded(tags: list[str]) -> set[str]:
    return {fold(tag) for tag in tags}


def _tags_between(old: list[str], new: list[str]) -> list[str]:
    """The tags only one of ``old`` and ``new`` carries (case and Umlaut spelling aside)."""
    kept = _folded(old) & _folded(new)
    return [tag for tag in (*old, *new) if fold(tag) not in kept]
