"""Dates typed in „von:“/„bis:“ filters, German or ISO, whole or partial.

A partial date stands for a period: „von:2025“ starts on 1 January, „bis:2025“ ends
on 31 December, „bis:02.2024“ on 29 February. So users can type what they think of.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_GERMAN = re.compile(r"(?:(\d{1,2})\.)?(\d{1,2})\.(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_period_bound(text: str, *, end: bool) -> dt.date | None:
    """The first (``end=False``) or last day of the period ``text`` names, or None."""
    text = text.strip()
    if m := _GERMAN.fullmatch(text):
        day, month, year = m.group(1), m.group(2), m.group(3)
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        return _bound(full_year, int(month), int(day) if day else None, end=end)
    if m := _ISO.fullmatch(text):
        year, month, day = m.groups()
        return _bound(int(year), int(month) if month else None,
                      int(day) if day else None, end=end)
    return None


def _bound(year: int, month: int | None, day: int | None, *, end: bool) -> dt.date | None:
    if month is None:
        month = 12 if end else 1
    if day is None:
        if not 1 <= month <= 12:
            return None
        day = calendar.monthrange(year, month)[1] if end else 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
