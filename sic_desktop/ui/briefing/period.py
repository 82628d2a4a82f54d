"""The quick choices of a briefing's period: letztes Jahr, dieses Jahr, letzte 12 Monate, alles.

A quick choice is remembered as such, not as its dates: „dieses Jahr“ chosen in
December means the new year when the dialog opens again in January.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP


class QuickPeriod(StrEnum):
    LAST_YEAR = "last_year"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    ALL = "all"

    @property
    def label(self) -> str:
        """The button text, with an Alt+letter."""
        return QCoreApplication.translate("BriefingPeriod", _LABELS[self])

    def dates(self, today: date) -> tuple[date | None, date | None]:
        """From and to of this choice, seen from ``today``; (None, None) for „alles“."""
        if self is QuickPeriod.LAST_YEAR:
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if self is QuickPeriod.THIS_YEAR:
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if self is QuickPeriod.LAST_12_MONTHS:
            return _one_year_before(today) + timedelta(days=1), today
        return None, None


_LABELS = {
    QuickPeriod.LAST_YEAR: QT_TRANSLATE_NOOP("BriefingPeriod", "&Letztes Jahr"),
    QuickPeriod.THIS_YEAR: QT_TRANSLATE_NOOP("BriefingPeriod", "&Dieses Jahr"),
    QuickPeriod.LAST_12_MONTHS: QT_TRANSLATE_NOOP("BriefingPeriod", "Letzte &12 Monate"),
    QuickPeriod.ALL: QT_TRANSLATE_NOOP("BriefingPeriod", "&Gesamter Zeitraum"),
}


def matching_quick_period(date_from: date | None, date_to: date | None, today: date) -> QuickPeriod | None:
    """The quick choice that gives exactly these dates today, if any."""
    return next((choice for choice in QuickPeriod if choice.dates(today) == (date_from, date_to)), None)


def _one_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)
