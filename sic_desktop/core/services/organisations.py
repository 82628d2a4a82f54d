"""Organisations: companies, associations, schools, foundations, city offices."""

from __future__ import annotations

from typing import Any

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.models import Organisation
from sic_desktop.core.services.list_query import ListQuery, chunks, placeholders
from sic_desktop.core.services.record_service import Column, RecordService
from sic_desktop.core.services.summaries import SummaryColumn, theme_names_sql
from sic_desktop.core.text_folding import fold
from sic_desktop.core.vocab import SECTORS


class OrganisationService(RecordService[Organisation]):
    record_class = Organisation
    table = "organisation"
    columns = (
        Column("name"),
        Column("short_name"),
        Column("sector", "optional"),
        Column("street"),
        Column("postal_code"),
        Column("city"),
        Column("district"),
        Column("website"),
        Column("email"),
        Column("phone"),
        Column("description"),
    )
    sort_columns = {
        "name": "organisation.sort_key",
        "sector": "organisation.sector",
        "district": "organisation.district COLLATE NOCASE",
        "updated": "organisation.updated_at",
    }
    default_sort = "name"
    text_filter_sql = "organisation.sort_key LIKE ? OR sic_fold(organisation.short_name) LIKE ?"
    filters = frozenset({"sector", "person_id", "cooperation_id"})
    summary_columns = (
        SummaryColumn("name", QT_TRANSLATE_NOOP("Lists", "Name"), "name"),
        SummaryColumn("short_name", QT_TRANSLATE_NOOP("Lists", "Kurzname")),
        SummaryColumn("sector", QT_TRANSLATE_NOOP("Lists", "Sektor"), "sector"),
        SummaryColumn("district", QT_TRANSLATE_NOOP("Lists", "Stadtteil"), "district"),
        SummaryColumn("themes", QT_TRANSLATE_NOOP("Lists", "Themenfelder")),
        SummaryColumn("persons", QT_TRANSLATE_NOOP("Lists", "Kontakte")),
        SummaryColumn("updated_at", QT_TRANSLATE_NOOP("Lists", "Geändert"), "updated"),
    )

    def _sort_key(self, record: Organisation) -> str:
        return fold(record.name)

    def _add_filters(self, query: ListQuery, clauses: list[str], params: list[Any]) -> None:
        if query.sector:
            clauses.append("organisation.sector = ?")
            params.append(query.sector)
        if query.person_id is not None:
            clauses.append("organisation.id IN (SELECT organisation_id FROM membership WHERE person_id = ?)")
            params.append(query.person_id)
        if query.cooperation_id is not None:
            clauses.append(
                "organisation.id IN (SELECT organisation_id FROM cooperation_partner WHERE cooperation_id = ?)"
            )
            params.append(query.cooperation_id)

    def sectors_and_districts(self, ids: list[int] | None = None) -> dict[int, tuple[str | None, str]]:
        """Sector key and district of live organisations (of all for ``None``): what
        the search documents of their persons, cooperations and notes show."""
        sql = "SELECT id, sector, district FROM organisation WHERE deleted_at IS NULL"
        if ids is None:
            return {row[0]: (row[1], row[2]) for row in self._db.execute(sql)}
        result: dict[int, tuple[str | None, str]] = {}
        for part in chunks(list(ids)):
            rows = self._db.execute(f"{sql} AND id IN ({placeholders(part)})", part)
            result.update({row[0]: (row[1], row[2]) for row in rows})
        return result

    def _summary_sql(self) -> str:
        return f"""
            SELECT o.id, o.name, o.short_name, o.sector, o.district, o.updated_at,
                   {theme_names_sql("organisation", "o")} AS themes,
                   (SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id
                     WHERE m.organisation_id = o.id AND p.deleted_at IS NULL) AS persons
            FROM organisation o WHERE o.id IN ({{ids}})"""

    def _summary_row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["sector"] = SECTORS.label(row["sector"])
        return row
