"""Cooperations (Kooperationen): partners with roles, a status with its history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sic_desktop.core.dates import format_date, from_iso, today
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import Cooperation, Partner, StatusChange
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery, chunks, placeholders
from sic_desktop.core.services.record_service import Column, PutLinks, RecordService
from sic_desktop.core.services.summaries import SummaryColumn, theme_names_sql
from sic_desktop.core.text_folding import fold
from sic_desktop.core.vocab import COOPERATION_STATUSES

_STATUS_ORDER = "CASE cooperation.status " + " ".join(
    f"WHEN '{key}' THEN {position}" for position, key in enumerate(COOPERATION_STATUSES.keys)
) + " END"

_PARTNER_NAME = (
    "COALESCE(o.name, trim(p.title || ' ' || p.first_name || ' ' || p.last_name))"
)


class CooperationService(RecordService[Cooperation]):
    record_class = Cooperation
    table = "cooperation"
    columns = (
        Column("title"),
        Column("description"),
        Column("status"),
        Column("start_date", "date"),
        Column("end_date", "date"),
        Column("goals"),
        Column("agreements"),
        Column("results"),
        Column("responsible"),
        Column("impact_problem"),
        Column("impact_target_direct"),
        Column("impact_target_indirect"),
        Column("impact_outcomes"),
        Column("impact_assumptions"),
    )
    sort_columns = {
        "title": "cooperation.sort_key",
        "status": _STATUS_ORDER,
        "start": "cooperation.start_date",
        "end": "cooperation.end_date",
        "updated": "cooperation.updated_at",
    }
    default_sort = "title"
    text_filter_sql = "cooperation.sort_key LIKE ?"
    filters = frozenset({"status", "organisation_id", "person_id", "date_from", "date_to"})
    summary_columns = (
        SummaryColumn("title", QT_TRANSLATE_NOOP("Lists", "Titel"), "title"),
        SummaryColumn("status", QT_TRANSLATE_NOOP("Lists", "Status"), "status"),
        SummaryColumn("partners", QT_TRANSLATE_NOOP("Lists", "Partner")),
        SummaryColumn("start_date", QT_TRANSLATE_NOOP("Lists", "Beginn"), "start"),
        SummaryColumn("end_date", QT_TRANSLATE_NOOP("Lists", "Ende"), "end"),
        SummaryColumn("responsible", QT_TRANSLATE_NOOP("Lists", "Verantwortlich")),
        SummaryColumn("themes", QT_TRANSLATE_NOOP("Lists", "Themenfelder")),
    )

    def _sort_key(self, record: Cooperation) -> str:
        return fold(record.title)

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if query.status:
            clauses.append("cooperation.status = ?")
            params.append(query.status)
        for column, value in (("organisation_id", query.organisation_id), ("person_id", query.person_id)):
            if value is not None:
                clauses.append(
                    f"cooperation.id IN (SELECT cooperation_id FROM cooperation_partner WHERE {column} = ?)"
                )
                params.append(value)
        # A period filter keeps cooperations that ran at some time within it.
        if query.date_to is not None:
            clauses.append("(cooperation.start_date IS NULL OR cooperation.start_date <= ?)")
            params.append(self._date_param(query.date_to))
        if query.date_from is not None:
            clauses.append("(cooperation.end_date IS NULL OR cooperation.end_date >= ?)")
            params.append(self._date_param(query.date_from))

    def counts_by_status(self) -> dict[str, int]:
        """Live cooperations per status key, for the start page."""
        rows = self._db.execute(
            "SELECT status, count(*) FROM cooperation WHERE deleted_at IS NULL GROUP BY status"
        )
        return dict(rows.fetchall())

    def counts_by_theme_and_status(self) -> dict[tuple[int, str], int]:
        """(theme field id, status) → number of live cooperations."""
        rows = self._db.execute(
            "SELECT l.theme_id, c.status, count(*) FROM cooperation c "
            "JOIN cooperation_theme l ON l.cooperation_id = c.id "
            "WHERE c.deleted_at IS NULL GROUP BY l.theme_id, c.status"
        )
        return {(theme_id, status): count for theme_id, status, count in rows}

    def set_status_history(self, cooperation_id: int, steps: list[StatusChange]) -> None:
        """Replace the status history with dated steps (demo data, restoring an export)."""
        with self._db.write():
            self._db.execute("DELETE FROM cooperation_status WHERE cooperation_id = ?", [cooperation_id])
            self._db.executemany(
                "INSERT INTO cooperation_status (cooperation_id, status, changed_on, changed_by) VALUES (?, ?, ?, ?)",
                [(cooperation_id, s.status, s.changed_on.isoformat(), s.changed_by) for s in steps],
            )

    # -- partners and status history --------------------------------------------

    def _links_of(self, ids: list[int]) -> PutLinks[Cooperation]:
        put_themes_and_tags = super()._links_of(ids)
        partner_answers = [
            self._db.read_later(
                f"SELECT cp.*, {_PARTNER_NAME} AS name FROM cooperation_partner cp "
                "LEFT JOIN organisation o ON o.id = cp.organisation_id "
                "LEFT JOIN person p ON p.id = cp.person_id "
                f"WHERE cp.cooperation_id IN ({placeholders(part)}) ORDER BY cp.id",
                part,
            )
            for part in chunks(ids)
        ]
        history_answers = [
            self._db.read_later(
                f"SELECT * FROM cooperation_status WHERE cooperation_id IN ({placeholders(part)}) "
                "ORDER BY changed_on, id",
                part,
            )
            for part in chunks(ids)
        ]

        def put(records: list[Cooperation]) -> None:
            put_themes_and_tags(records)
            partners: dict[int, list[Partner]] = {}
            history: dict[int, list[StatusChange]] = {}
            for answer in partner_answers:
                for row in answer.rows():
                    partners.setdefault(row["cooperation_id"], []).append(
                        Partner(
                            id=row["id"],
                            role=row["role"],
                            organisation_id=row["organisation_id"],
                            person_id=row["person_id"],
                            name=row["name"] or "",
                        )
                    )
            for answer in history_answers:
                for row in answer.rows():
                    history.setdefault(row["cooperation_id"], []).append(
                        StatusChange(row["status"], date.fromisoformat(row["changed_on"]), row["changed_by"])
                    )
            for record in records:
                record.partners = partners.get(record.stored_id, [])
                record.status_history = history.get(record.stored_id, [])

        return put

    def _linked_records(self, record: Cooperation) -> list[tuple[str, RecordType, list[int]]]:
        orgs = [p.organisation_id for p in record.partners if p.organisation_id is not None]
        persons = [p.person_id for p in record.partners if p.person_id is not None]
        return [("partners", RecordType.ORGANISATION, orgs), ("partners", RecordType.PERSON, persons)]

    def _save_links(self, record: Cooperation, old: Cooperation | None) -> None:
        super()._save_links(record, old)
        if old is not None and _partners_key(old) == _partners_key(record):
            return
        self._db.execute("DELETE FROM cooperation_partner WHERE cooperation_id = ?", [record.id])
        self._db.executemany(
            "INSERT INTO cooperation_partner (cooperation_id, organisation_id, person_id, role) VALUES (?, ?, ?, ?)",
            [(record.id, p.organisation_id, p.person_id, p.role) for p in record.partners],
        )

    def _after_save(self, record: Cooperation, old: Cooperation | None) -> None:
        if old is None or old.status != record.status:
            self._db.execute(
                "INSERT INTO cooperation_status (cooperation_id, status, changed_on, changed_by) VALUES (?, ?, ?, ?)",
                [record.id, record.status, today().isoformat(), self._ws.user],
            )

    def _restore_derived(self, record: Cooperation) -> None:
        self.set_status_history(record.stored_id, record.status_history)

    def _comparable(self, record: Cooperation) -> dict[str, Any]:
        return super()._comparable(record) | {"partners": _partners_key(record)}

    # -- list rows ---------------------------------------------------------------

    def _summary_sql(self) -> str:
        return f"""
            SELECT c.id, c.title, c.status, c.start_date, c.end_date, c.responsible,
                   (SELECT group_concat({_PARTNER_NAME}, '; ') FROM cooperation_partner cp
                     LEFT JOIN organisation o ON o.id = cp.organisation_id
                     LEFT JOIN person p ON p.id = cp.person_id WHERE cp.cooperation_id = c.id) AS partners,
                   {theme_names_sql("cooperation", "c")} AS themes
            FROM cooperation c WHERE c.id IN ({{ids}})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["status"] = COOPERATION_STATUSES.label(row["status"])
        row["start_date"] = format_date(from_iso(row["start_date"]))
        row["end_date"] = format_date(from_iso(row["end_date"]))
        return row


def _partners_key(coop: Cooperation) -> tuple[Any, ...]:
    return tuple(sorted((str(p.target), p.role) for p in coop.partners))
