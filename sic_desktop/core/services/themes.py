"""Theme fields (Themenfelder): seeded with the SIC's five, extended by users."""

from __future__ import annotations

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.models import ThemeField
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.record_service import Column, RecordService
from sic_desktop.core.services.summaries import SummaryColumn


class ThemeService(RecordService[ThemeField]):
    record_class = ThemeField
    table = "theme"
    columns = (Column("name"), Column("description"))
    sort_columns = {"name": "theme.name COLLATE NOCASE"}
    default_sort = "name"
    text_filter_sql = "sic_fold(theme.name) LIKE ?"
    summary_columns = (
        SummaryColumn("name", QT_TRANSLATE_NOOP("Lists", "Name"), "name"),
        SummaryColumn("description", QT_TRANSLATE_NOOP("Lists", "Beschreibung")),
        SummaryColumn("updated_at", QT_TRANSLATE_NOOP("Lists", "Geändert")),
    )

    def names(self) -> dict[int, str]:
        """Id → name of every live theme field, for display and search documents."""
        return {row[0]: row[1] for row in self._db.execute("SELECT id, name FROM theme WHERE deleted_at IS NULL")}

    def resolve(self, names: list[str]) -> list[int]:
        """Ids for theme-field names as typed (any case); ValidationError naming the unknown ones."""
        by_name = {name.casefold(): theme_id for theme_id, name in self.names().items()}
        unknown = [name for name in names if name.strip().casefold() not in by_name]
        if unknown:
            known = ", ".join(f"„{name}“" for name in sorted(self.names().values()))
            raise ValidationError.single(
                "theme_ids",
                field_label(RecordType.NOTE, "theme_ids"),
                translate("Validation", "Das Themenfeld „{name}“ gibt es nicht. Vorhanden sind: {known}.").format(
                    name=unknown[0], known=known
                ),
            )
        return [by_name[name.strip().casefold()] for name in names]

    def clear_for_restore(self) -> None:
        """Delete every theme field without a trace, before a full export brings its own.

        Only for a data folder without records: links to theme fields would go with them.
        """
        with self._db.write():
            self._db.execute("DELETE FROM theme")

    def _summary_sql(self) -> str:
        return "SELECT id, name, description, updated_at FROM theme WHERE id IN ({ids})"

    def _check_references(self, record: ThemeField) -> None:
        clash = self._db.execute(
            "SELECT id FROM theme WHERE name = ? COLLATE NOCASE AND id IS NOT ?", [record.name, record.id]
        ).fetchone()
        if clash:
            raise ValidationError.single(
                "name",
                field_label(RecordType.THEME, "name"),
                translate("Validation", "Ein Themenfeld „{name}“ gibt es schon.").format(name=record.name),
            )
