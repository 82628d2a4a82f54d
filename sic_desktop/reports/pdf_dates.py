"""The PDF's own date format; dates shown on the page come from ``core.dates``."""

from __future__ import annotations

from datetime import datetime


def pdf_date(value: datetime) -> str:
    """The PDF date string (``D:20261125140500+01'00'``); naive times count as local."""
    aware = value.astimezone() if value.tzinfo is None else value
    offset = aware.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{aware:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"
