"""Dates as German office staff type and read them.

Stored dates are ISO strings (``2026-11-25``) so that SQLite sorts them; people
type and read ``25.11.2026``. Parsing explains what is wrong with a date such as
„31.02.2026“ instead of only refusing it.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_GERMAN = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Januar"),
    QT_TRANSLATE_NOOP("Dates", "Februar"),
    QT_TRANSLATE_NOOP("Dates", "März"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "Mai"),
    QT_TRANSLATE_NOOP("Dates", "Juni"),
    QT_TRANSLATE_NOOP("Dates", "Juli"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "Oktober"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "Dezember"),
)
MIN_YEAR = 1900
MAX_YEAR = 2100


class DateFormatError(ValueError):
    """A text that is not a valid date; ``str()`` is the German reason."""


def parse_date(text: str) -> date:
    """Read ``25.11.2026``, ``25.11.26`` or ``2026-11-25``; raise DateFormatError otherwise."""
    match = _GERMAN.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:  # 26 → 2026, 85 → 1985
            year += 2000 if year < 70 else 1900
    else:
        match = _ISO.match(text)
        if not match:
            raise DateFormatError(
                translate(
                    "Dates",
                    "„{text}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 25.11.2026.",
                ).format(text=text.strip())
            )
        year, month, day = (int(g) for g in match.groups())
    return _checked(text.strip(), year, month, day)


def _checked(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise DateFormatError(
            translate("Dates", "„{text}“ ist kein gültiges Datum: Einen {month}. Monat gibt es nicht.").format(
                text=text, month=month
            )
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateFormatError(
            translate("Dates", "„{text}“: Das Jahr muss zwischen {min} und {max} liegen.").format(
                text=text, min=MIN_YEAR, max=MAX_YEAR
            )
        )
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateFormatError(
            translate(
                "Dates", "„{text}“ ist kein gültiges Datum: Der {month} {year} hat nur {days} Tage."
            ).format(text=text, month=translate("Dates", _MONTHS[month - 1]), year=year, days=last_day)
        )
    return date(year, month, day)


def format_date(value: date | None) -> str:
    """``25.11.2026``; empty for no date. Built by hand: the PC's locale must not matter."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


def format_time(value: datetime) -> str:
    """``14:05 Uhr``"""
    return translate("Dates", "{hours:02d}:{minutes:02d} Uhr").format(hours=value.hour, minutes=value.minute)


def format_datetime(value: datetime) -> str:
    """``25.11.2026, 14:05 Uhr``"""
    return translate("Dates", "{date}, {time}").format(date=format_date(value), time=format_time(value))


def to_iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def now_utc() -> str:
    """Timestamp for created/updated columns: ISO 8601 in UTC, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def format_timestamp(value: str | None) -> str:
    """A stored UTC timestamp in local time, ``25.11.2026, 14:05 Uhr``."""
    if not value:
        return ""
    return format_datetime(datetime.fromisoformat(value).astimezone())


def today() -> date:
    return date.today()
