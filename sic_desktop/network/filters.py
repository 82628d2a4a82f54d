"""What part of the network a map shows: theme field, cooperation status, district, period, sector.

A filter is plain data so that it can name the view whose dragged positions are
remembered (``view_key``) and be described in a title („Work & Care · Pilot“).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sic_desktop.core.dates import format_date
from sic_desktop.core.i18n import translate
from sic_desktop.core.vocab import COOPERATION_STATUSES, SECTORS


@dataclass(frozen=True)
class MapFilter:
    """Which cooperations, organisations and persons a map shows; empty fields do not filter.

    - Cooperations count if they have one of ``statuses``, carry ``theme_id`` and ran
      at some time within ``date_from``..``date_to``.
    - Organisations must be in ``district`` and ``sector``. With a status they must take
      part in a counted cooperation; with only a theme field they may carry it instead.
    - Persons appear as members of a shown organisation (membership within the period)
      or as partners of a counted cooperation; with a district or sector filter only as
      members, since a person has district and sector only through an organisation.
    """

    theme_id: int | None = None
    statuses: tuple[str, ...] = ()
    district: str | None = None
    sector: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == MapFilter()

    def view_key(self) -> str:
        """A stable name of this filter set, e.g. ``alle`` or ``theme_id=2;statuses=pilot``."""
        parts = []
        for field in fields(self):
            value = getattr(self, field.name)
            if value in (None, ()):
                continue
            if isinstance(value, tuple):
                value = ",".join(sorted(value))
            parts.append(f"{field.name}={value}")
        return ";".join(parts) or "alle"

    def describe(self, themes: dict[int, str]) -> str:
        """German one-line description for titles: „Themenfeld Work & Care · Status Pilot“."""
        parts = []
        if self.theme_id is not None:
            parts.append(translate("Map", "Themenfeld {name}").format(name=themes.get(self.theme_id, "?")))
        if self.statuses:
            labels = ", ".join(COOPERATION_STATUSES.label(s) for s in self.statuses)
            parts.append(translate("Map", "Status {labels}").format(labels=labels))
        if self.district:
            parts.append(translate("Map", "Stadtteil {name}").format(name=self.district))
        if self.sector:
            parts.append(translate("Map", "Sektor {name}").format(name=SECTORS.label(self.sector)))
        if self.date_from or self.date_to:
            parts.append(
                translate("Map", "Zeitraum {start} bis {end}").format(
                    start=format_date(self.date_from) or "…", end=format_date(self.date_to) or "…"
                )
            )
        return " · ".join(parts) or translate("Map", "Alle Organisationen und Kooperationen")
