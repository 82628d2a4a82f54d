"""Dates and times as German offices write them: 25.11.2026, 14:05 Uhr.

Formatted by hand, not with ``strftime`` and the locale: Windows office PCs
may run with any locale, the PDF must read the same everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from sic_desktop.core.i18n import translate


def german_date(value: date) -> str:
    """25.11.2026"""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def german_time(value: datetime) -> str:
    """14:05 Uhr"""
    return translate("Reports", "{hours:02d}:{minutes:02d} Uhr").format(
        hours=value.hour, minutes=value.minute
    )


def german_date_time(value: datetime) -> str:
    """25.11.2026, 14:05 Uhr"""
    return f"{german_date(value)}, {german_time(value)}"


def pdf_date(value: datetime) -> str:
    """The PDF date string (``D:20261125140500+01'00'``); naive times count as local."""
    aware = value.astimezone() if value.tzinfo is None else value
    offset = aware.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{aware:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"
