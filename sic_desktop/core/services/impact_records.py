"""Indicators and measurements as records: locking, trash, history and change notices of the base.

What needs other records is checked here (a measured value in the indicator's unit
type, no measurement on a trashed indicator, no indicator on a trashed cooperation);
after every save the indicator's follow-up for its next measurement is renewed
(``impact_followups``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sic_desktop.core.dates import format_date, from_iso
from sic_desktop.core.errors import FieldError, ValidationError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.impact_rules import check_value
from sic_desktop.core.impact_values import format_value
from sic_desktop.core.impact_vocab import IOOI_LEVELS
from sic_desktop.core.models import Indicator, Measurement
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery, chunks, placeholders
from sic_desktop.core.services.record_service import Column, RecordService
from sic_desktop.core.services.summaries import SummaryColumn
from sic_desktop.core.storage.changes import Action
from sic_desktop.core.validation import _Errors


class IndicatorService(RecordService[Indicator]):
    record_class = Indicator
    table = "indicator"
    columns = (
        Column("cooperation_id"),
        Column("name"),
        Column("definition"),
        Column("level"),
        Column("step", "optional"),
        Column("unit"),
        Column("unit_type"),
        Column("baseline_value", "optional"),
        Column("baseline_date", "date"),
        Column("target_value", "optional"),
        Column("target_date", "date"),
        Column("method", "optional"),
        Column("source"),
        Column("rhythm"),
        Column("responsible"),
    )
    sort_columns = {"name": "indicator.name", "updated": "indicator.updated_at"}
    default_sort = "name"
    text_filter_sql = "sic_fold(indicator.name) LIKE ?"
    filters = frozenset({"cooperation_id"})
    summary_columns = (
        SummaryColumn("name", QT_TRANSLATE_NOOP("Lists", "Indikator"), "name"),
        SummaryColumn("level", QT_TRANSLATE_NOOP("Lists", "Wirkungsebene")),
        SummaryColumn("cooperation", QT_TRANSLATE_NOOP("Lists", "Kooperation")),
    )

    def for_cooperation(self, cooperation_id: int) -> list[Indicator]:
        """Live indicators of one cooperation, from input up the Wirkungstreppe."""
        return sorted(self.list(ListQuery(cooperation_id=cooperation_id)), key=indicator_order)

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if query.cooperation_id is not None:
            clauses.append("indicator.cooperation_id = ?")
            params.append(query.cooperation_id)

    def _from_row(self, row: dict[str, Any]) -> Indicator:
        indicator = super()._from_row(row)
        indicator.followup_id = row["followup_id"]  # kept by the service, never by a save
        return indicator

    def _load_links(self, records: list[Indicator]) -> None:
        titles = self._ws.titles([RecordRef(RecordType.COOPERATION, r.cooperation_id) for r in records
                                  if r.cooperation_id is not None], include_trashed=True)
        for record in records:
            if record.cooperation_id is not None:
                record.cooperation_title = titles.get(RecordRef(RecordType.COOPERATION, record.cooperation_id), "")

    def _linked_records(self, record: Indicator) -> list[tuple[str, RecordType, list[int]]]:
        assert record.cooperation_id is not None  # validation guarantees it
        return [("cooperation_id", RecordType.COOPERATION, [record.cooperation_id])]

    def _check_references(self, record: Indicator) -> None:
        assert record.cooperation_id is not None  # validation guarantees it
        coop = self._ws.cooperations.get(record.cooperation_id, include_trashed=True)
        if coop.deleted_at is not None:
            raise _field_error(record, "cooperation_id", translate(
                "Validation", "Die Kooperation „{title}“ liegt im Papierkorb.").format(title=coop.title))

    def _after_save(self, record: Indicator, old: Indicator | None) -> None:
        self._ws.impact_followups.renew(record.stored_id)

    def _restore_derived(self, record: Indicator) -> None:
        self._db.execute("UPDATE indicator SET followup_id = ? WHERE id = ?", [record.followup_id, record.id])

    def _set_trashed(self, record_id: int, *, trashed: bool) -> None:
        with self._db.write():
            super()._set_trashed(record_id, trashed=trashed)
            self._ws.impact_followups.renew(record_id)

    def purge(self, record_id: int) -> None:
        """Delete for good; its measurements go with it (database cascade), and say so."""
        with self._db.write() as changes:
            for (measurement_id,) in self._db.execute(
                "SELECT id FROM measurement WHERE indicator_id = ?", [record_id]
            ).fetchall():
                changes.add(RecordRef(RecordType.MEASUREMENT, measurement_id), Action.PURGED)
            super().purge(record_id)

    def _summary_sql(self) -> str:
        return """
            SELECT i.id, i.name, i.level, c.title AS cooperation
            FROM indicator i JOIN cooperation c ON c.id = i.cooperation_id WHERE i.id IN ({ids})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["level"] = IOOI_LEVELS.label(row["level"])
        return row


class MeasurementService(RecordService[Measurement]):
    record_class = Measurement
    table = "measurement"
    columns = (
        Column("indicator_id"),
        Column("period_start", "date"),
        Column("measured_on", "date"),
        Column("value"),
        Column("evidence_note_id", "optional"),
        Column("comment"),
        Column("confidence"),
    )
    sort_columns = {"date": "measurement.measured_on", "updated": "measurement.updated_at"}
    default_sort = "date"
    text_filter_sql = "sic_fold(measurement.comment) LIKE ?"
    summary_columns = (
        SummaryColumn("measured_on", QT_TRANSLATE_NOOP("Lists", "Gemessen am"), "date"),
        SummaryColumn("indicator", QT_TRANSLATE_NOOP("Lists", "Indikator")),
        SummaryColumn("value", QT_TRANSLATE_NOOP("Lists", "Wert")),
    )

    def __init__(self, workspace: Any) -> None:
        super().__init__(workspace)
        self._deferred: set[int] | None = None

    def for_indicators(self, indicator_ids: Iterable[int]) -> dict[int, list[Measurement]]:
        """Live measurements of live indicators, oldest first, by indicator id."""
        wanted = list(dict.fromkeys(indicator_ids))
        ids: list[int] = []
        for part in chunks(wanted):
            ids += [row[0] for row in self._db.execute(
                f"SELECT id FROM measurement WHERE deleted_at IS NULL AND indicator_id IN ({placeholders(part)}) "
                "ORDER BY measured_on, id", part)]
        result: dict[int, list[Measurement]] = {i: [] for i in wanted}
        for measurement in self.get_many(ids, include_trashed=False):
            assert measurement.indicator_id is not None  # selected by it above
            result[measurement.indicator_id].append(measurement)
        return result

    def create_many(self, records: Iterable[Measurement]) -> list[int]:
        """Many measurements at once (demo data, an import): each indicator's follow-up is renewed once."""
        with self._db.write():
            self._deferred = set()
            try:
                ids = super().create_many(records)
                for indicator_id in sorted(self._deferred):
                    self._ws.impact_followups.renew(indicator_id, measured=True)
            finally:
                self._deferred = None
        return ids

    def _load_links(self, records: list[Measurement]) -> None:
        # Thousands of measurements share a few indicators: ask for each name once.
        wanted = {r.indicator_id for r in records if r.indicator_id is not None}
        titles = self._ws.titles([RecordRef(RecordType.INDICATOR, i) for i in wanted], include_trashed=True)
        names = {ref.id: title for ref, title in titles.items()}
        for record in records:
            record.indicator_name = names.get(record.indicator_id, "") if record.indicator_id is not None else ""

    def _linked_records(self, record: Measurement) -> list[tuple[str, RecordType, list[int]]]:
        assert record.indicator_id is not None  # validation guarantees it
        return [("indicator_id", RecordType.INDICATOR, [record.indicator_id])]

    def _check_references(self, record: Measurement) -> None:
        assert record.indicator_id is not None  # validation guarantees it
        indicator = self._ws.indicators.get(record.indicator_id, include_trashed=True)
        errors = _Errors(record)
        if indicator.deleted_at is not None:
            errors.add("indicator_id", translate(
                "Validation", "Der Indikator „{name}“ liegt im Papierkorb: Bitte ihn erst wiederherstellen, dann "
                "messen.").format(name=indicator.name))
        check_value(record, "value", indicator.unit_type, errors)
        if indicator.baseline_date and record.measured_on and record.measured_on < indicator.baseline_date:
            errors.add("measured_on", translate(
                "Validation", "Die Messung ({date}) liegt vor dem Ausgangswert vom {baseline}.").format(
                    date=format_date(record.measured_on), baseline=format_date(indicator.baseline_date)))
        if record.evidence_note_id is not None and not self._ws.notes.exists(record.evidence_note_id):
            errors.add("evidence_note_id", translate("Validation", "Die Notiz Nr. {id} gibt es nicht (mehr).").format(
                id=record.evidence_note_id))
        errors.raise_if_any()

    def _after_save(self, record: Measurement, old: Measurement | None) -> None:
        assert record.indicator_id is not None  # validation guarantees it
        if self._deferred is not None:
            self._deferred.add(record.indicator_id)
        else:
            self._ws.impact_followups.renew(record.indicator_id, measured=old is None)

    def _set_trashed(self, record_id: int, *, trashed: bool) -> None:
        with self._db.write():
            super()._set_trashed(record_id, trashed=trashed)
            indicator_id = self._db.execute("SELECT indicator_id FROM measurement WHERE id = ?", [record_id]).fetchone()
            self._ws.impact_followups.renew(indicator_id[0])

    def _summary_sql(self) -> str:
        return """
            SELECT m.id, m.measured_on, m.value, i.name AS indicator, i.unit_type, i.unit
            FROM measurement m JOIN indicator i ON i.id = m.indicator_id WHERE m.id IN ({ids})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["measured_on"] = format_date(from_iso(row["measured_on"]))
        row["value"] = format_value(row["value"], row.pop("unit_type"), row.pop("unit"))
        return row


def indicator_order(indicator: Indicator) -> tuple[Any, ...]:
    """Input first, then up the Wirkungstreppe, then by name."""
    return (IOOI_LEVELS.keys.index(indicator.level) if indicator.level in IOOI_LEVELS.keys else 9,
            indicator.step or 0, indicator.name.casefold())


def _field_error(record: Indicator | Measurement, field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, field_label(record.RECORD_TYPE, field), message)])
