"""Notes (Notizen): workshop protocols, reflection talks, meeting notes, linked to anything."""

from __future__ import annotations

import json
from typing import Any

from sic_desktop.core.dates import format_date, from_iso, now_utc
from sic_desktop.core.errors import not_found
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.services.record_service import Column, PutLinks, RecordService
from sic_desktop.core.services.summaries import SummaryColumn, theme_names_sql
from sic_desktop.core.storage.changes import Action
from sic_desktop.core.text_folding import fold
from sic_desktop.core.vocab import NOTE_KINDS

# Note field → (link table, linked record type).
NOTE_LINKS = {
    "organisation_ids": ("note_organisation", RecordType.ORGANISATION),
    "person_ids": ("note_person", RecordType.PERSON),
    "cooperation_ids": ("note_cooperation", RecordType.COOPERATION),
}


class NoteService(RecordService[Note]):
    record_class = Note
    table = "note"
    columns = (
        Column("kind"),
        Column("note_date", "date"),
        Column("title"),
        Column("text"),
        Column("text_format"),
        Column("participants", "json"),
    )
    sort_columns = {
        "date": "note.note_date",
        "title": "note.sort_key",
        "kind": "note.kind",
        "updated": "note.updated_at",
    }
    default_sort = "date"
    default_descending = True  # newest notes first
    text_filter_sql = "note.sort_key LIKE ?"
    filters = frozenset({"kind", "organisation_id", "person_id", "cooperation_id", "date_from", "date_to"})
    summary_columns = (
        SummaryColumn("note_date", QT_TRANSLATE_NOOP("Lists", "Datum"), "date"),
        SummaryColumn("kind", QT_TRANSLATE_NOOP("Lists", "Art"), "kind"),
        SummaryColumn("title", QT_TRANSLATE_NOOP("Lists", "Titel"), "title"),
        SummaryColumn("linked", QT_TRANSLATE_NOOP("Lists", "Verknüpft mit")),
        SummaryColumn("themes", QT_TRANSLATE_NOOP("Lists", "Themenfelder")),
    )

    def _sort_key(self, record: Note) -> str:
        return fold(record.title)

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if query.kind:
            clauses.append("note.kind = ?")
            params.append(query.kind)
        for field, value in (
            ("organisation_ids", query.organisation_id),
            ("person_ids", query.person_id),
            ("cooperation_ids", query.cooperation_id),
        ):
            if value is not None:
                table, target = NOTE_LINKS[field]
                clauses.append(f"note.id IN (SELECT note_id FROM {table} WHERE {target.value}_id = ?)")
                params.append(value)
        if query.date_from is not None:
            clauses.append("note.note_date >= ?")
            params.append(self._date_param(query.date_from))
        if query.date_to is not None:
            clauses.append("note.note_date <= ?")
            params.append(self._date_param(query.date_to))

    def replace_participants(self, note_id: int, participants: list[str]) -> None:
        """Set a note's participant list outside the editor (erasure of a person), also in the trash."""
        with self._db.write() as changes:
            cursor = self._db.execute(
                "UPDATE note SET participants = ?, version = version + 1, updated_at = ?, updated_by = ? "
                "WHERE id = ?",
                [json.dumps(participants, ensure_ascii=False), now_utc(), self._ws.user, note_id],
            )
            if cursor.rowcount != 1:
                raise not_found(self.record_type.label, note_id)
            ref = RecordRef(RecordType.NOTE, note_id)
            self._ws.history.add(ref, "updated", ["participants"])
            changes.add(ref, Action.UPDATED, ["participants"])

    def _links_of(self, ids: list[int]) -> PutLinks[Note]:
        put_themes_and_tags = super()._links_of(ids)
        links = {field: self._link_map_later(table, f"{target.value}_id", ids)
                 for field, (table, target) in NOTE_LINKS.items()}

        def put(records: list[Note]) -> None:
            put_themes_and_tags(records)
            for field, later in links.items():
                linked = later()
                for record in records:
                    setattr(record, field, sorted(linked.get(record.stored_id, [])))

        return put

    def _linked_records(self, record: Note) -> list[tuple[str, RecordType, list[int]]]:
        return [(field, target, getattr(record, field)) for field, (_, target) in NOTE_LINKS.items()]

    def _save_links(self, record: Note, old: Note | None) -> None:
        super()._save_links(record, old)
        for field, (table, target) in NOTE_LINKS.items():
            if old is None or set(getattr(old, field)) != set(getattr(record, field)):
                self._replace_links(table, f"{target.value}_id", record.stored_id, getattr(record, field), new=old is None)

    def _comparable(self, record: Note) -> dict[str, Any]:
        return super()._comparable(record) | {
            field: tuple(sorted(getattr(record, field))) for field in NOTE_LINKS
        }

    def _summary_sql(self) -> str:
        return f"""
            SELECT n.id, n.note_date, n.kind, n.title,
                   (SELECT group_concat(name, '; ') FROM (
                        SELECT o.name AS name FROM note_organisation l JOIN organisation o
                          ON o.id = l.organisation_id WHERE l.note_id = n.id AND o.deleted_at IS NULL
                        UNION ALL
                        SELECT trim(p.first_name || ' ' || p.last_name) FROM note_person l JOIN person p
                          ON p.id = l.person_id WHERE l.note_id = n.id AND p.deleted_at IS NULL) AS linked_names) AS linked,
                   {theme_names_sql("note", "n")} AS themes
            FROM note n WHERE n.id IN ({{ids}})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["note_date"] = format_date(from_iso(row["note_date"]))
        row["kind"] = NOTE_KINDS.label(row["kind"])
        return row
