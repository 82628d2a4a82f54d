"""List rows: the few display-ready columns a list or a CSV of a list shows per record.

Lists of 100,000 rows load only the ids first and these rows for what is visible,
so a summary is one query per screenful, not one per record.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.i18n import translate


@dataclass(frozen=True)
class SummaryColumn:
    key: str
    label: str  # German, marked for translation where declared
    sort: str | None = None  # the service's sort name, if the list can sort by it

    @property
    def header(self) -> str:
        return translate("Lists", self.label)


def theme_names_sql(table: str, alias: str) -> str:
    """Sub-select of a record's theme-field names, comma-separated."""
    return (
        f"(SELECT group_concat(t.name, ', ') FROM {table}_theme l JOIN theme t ON t.id = l.theme_id "
        f"WHERE l.{table}_id = {alias}.id AND t.deleted_at IS NULL)"
    )
