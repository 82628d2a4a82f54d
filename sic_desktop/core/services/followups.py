"""Follow-ups (Wiedervorlagen): something to do by a date, attached to one record."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sic_desktop.core.dates import format_date, from_iso, now_utc, today
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import FOLLOWUP_TARGET_TYPES, FollowUp
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery, chunks, placeholders
from sic_desktop.core.services.record_service import Column, RecordService
from sic_desktop.core.services.summaries import SummaryColumn

_TARGET_COLUMNS = {t: f"{t.value}_id" for t in FOLLOWUP_TARGET_TYPES}

# A follow-up is shown only while the record it belongs to is not in the trash.
_TARGET_LIVE = " AND ".join(
    f"(followup.{column} IS NULL OR followup.{column} IN (SELECT id FROM {t.value} WHERE deleted_at IS NULL))"
    for t, column in _TARGET_COLUMNS.items()
)

_TARGET_TITLE = """COALESCE(
    (SELECT title FROM note WHERE id = f.note_id),
    (SELECT trim(title || ' ' || first_name || ' ' || last_name) FROM person WHERE id = f.person_id),
    (SELECT name FROM organisation WHERE id = f.organisation_id),
    (SELECT title FROM cooperation WHERE id = f.cooperation_id))"""


class FollowUpService(RecordService[FollowUp]):
    record_class = FollowUp
    table = "followup"
    columns = (
        Column("due_date", "date"),
        Column("text"),
        Column("done", "bool"),
        Column("done_at", "optional"),
        Column("responsible"),
    )
    sort_columns = {"due": "followup.due_date", "updated": "followup.updated_at"}
    default_sort = "due"
    text_filter_sql = "sic_fold(followup.text) LIKE ?"
    filters = frozenset({"done", "date_from", "date_to", "organisation_id", "person_id", "cooperation_id"})
    summary_columns = (
        SummaryColumn("due_date", QT_TRANSLATE_NOOP("Lists", "Fällig am"), "due"),
        SummaryColumn("text", QT_TRANSLATE_NOOP("Lists", "Aufgabe")),
        SummaryColumn("target", QT_TRANSLATE_NOOP("Lists", "Bezug")),
        SummaryColumn("responsible", QT_TRANSLATE_NOOP("Lists", "Zuständig")),
        SummaryColumn("done", QT_TRANSLATE_NOOP("Lists", "Erledigt")),
    )

    def due(self, until: date) -> list[FollowUp]:
        """Open follow-ups due on or before ``until``, oldest first: overdue ones lead."""
        return self.list(ListQuery(done=False, date_to=until))

    def set_done(self, followup_id: int, done: bool = True) -> FollowUp:
        followup = self.get(followup_id)
        followup.done = done
        followup.done_at = now_utc() if done else None
        return self.update(followup)

    def set_done_many(self, states: dict[int, bool]) -> dict[int, bool]:
        """Tick or untick several follow-ups in one transaction; returns the states before (for undo)."""
        before: dict[int, bool] = {}
        with self._db.write():
            for followup in self.get_many(list(states), include_trashed=False):
                assert followup.id is not None
                before[followup.id] = followup.done
                if followup.done != states[followup.id]:
                    self.set_done(followup.id, states[followup.id])
        return before

    def for_record(
        self, ref: RecordRef, *, include_done: bool = False, include_trashed: bool = False
    ) -> list[FollowUp]:
        """The follow-ups attached to one record, by due date."""
        return self.for_records([ref], include_done=include_done, include_trashed=include_trashed)

    def for_records(
        self, refs: Iterable[RecordRef], *, include_done: bool = False, include_trashed: bool = False
    ) -> list[FollowUp]:
        """The follow-ups attached to any of ``refs`` (a briefing: an organisation, its
        persons, cooperations and notes), by due date, each once."""
        by_column: dict[str, list[int]] = {}
        for ref in refs:
            by_column.setdefault(_TARGET_COLUMNS[ref.type], []).append(ref.id)
        conditions = ("" if include_trashed else " AND deleted_at IS NULL") + ("" if include_done else " AND done = 0")
        found: set[int] = set()
        for column, record_ids in by_column.items():
            for part in chunks(list(dict.fromkeys(record_ids))):
                rows = self._db.execute(
                    f"SELECT id FROM followup WHERE {column} IN ({placeholders(part)}){conditions}",
                    part,
                )
                found.update(row[0] for row in rows)
        records = self.get_many(list(found))
        return sorted(records, key=lambda f: (f.due_date or date.max, f.id or 0))

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if not query.trashed:
            clauses.append(_TARGET_LIVE)
        if query.done is not None:
            clauses.append("followup.done = ?")
            params.append(int(query.done))
        if query.date_from is not None:
            clauses.append("followup.due_date >= ?")
            params.append(self._date_param(query.date_from))
        if query.date_to is not None:
            clauses.append("followup.due_date <= ?")
            params.append(self._date_param(query.date_to))
        for record_type, value in (
            (RecordType.ORGANISATION, query.organisation_id),
            (RecordType.PERSON, query.person_id),
            (RecordType.COOPERATION, query.cooperation_id),
        ):
            if value is not None:
                clauses.append(f"followup.{_TARGET_COLUMNS[record_type]} = ?")
                params.append(value)

    # -- target ------------------------------------------------------------------

    def _to_row(self, record: FollowUp) -> dict[str, Any]:
        row = super()._to_row(record)
        for record_type, column in _TARGET_COLUMNS.items():
            row[column] = record.target.id if record.target and record.target.type is record_type else None
        return row

    def _from_row(self, row: dict[str, Any]) -> FollowUp:
        followup = super()._from_row(row)
        for record_type, column in _TARGET_COLUMNS.items():
            if row[column] is not None:
                followup.target = RecordRef(record_type, row[column])
        return followup

    def _load_links(self, records: list[FollowUp]) -> None:
        titles = self._ws.titles([r.target for r in records if r.target])
        for record in records:
            record.target_title = titles.get(record.target, "") if record.target else ""

    def _linked_records(self, record: FollowUp) -> list[tuple[str, RecordType, list[int]]]:
        assert record.target is not None  # validation guarantees it
        return [("target", record.target.type, [record.target.id])]

    def _comparable(self, record: FollowUp) -> dict[str, Any]:
        return super()._comparable(record) | {"target": str(record.target)}

    def _summary_sql(self) -> str:
        return f"""
            SELECT f.id, f.due_date, f.text, f.responsible, f.done,
                   f.note_id, f.person_id, f.organisation_id, f.cooperation_id,
                   {_TARGET_TITLE} AS target
            FROM followup f WHERE f.id IN ({{ids}})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        targets = {record_type: row.pop(column) for record_type, column in _TARGET_COLUMNS.items()}
        record_type = next(t for t, target_id in targets.items() if target_id is not None)
        row["target"] = f"{record_type.label}: {row['target']}"
        due = from_iso(row["due_date"])
        row["overdue"] = bool(due and due < today() and not row["done"])  # the list marks these, as the start page does
        row["due_date"] = format_date(due)
        row["done"] = "✓" if row["done"] else ""
        row["text"] = row["text"].splitlines()[0] if row["text"] else ""
        return row
