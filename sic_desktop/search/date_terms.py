"""Dates as calendar terms, so that a date range needs only a handful of terms.

Each dated document is indexed under its year, month and day (``y2024``,
``m202403``, ``d20240315``). A range such as „von:15.03.2024 bis:2025“ is then
covered by a few day terms, a few month terms and one run of year terms,
instead of one term per day, which keeps date filters fast on large indexes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


def year_term(year: int) -> str:
    return f"y{year:04d}"


def month_term(day: dt.date) -> str:
    return f"m{day.year:04d}{day.month:02d}"


def day_term(day: dt.date) -> str:
    return f"d{day.year:04d}{day.month:02d}{day.day:02d}"


def terms_for_date(day: dt.date) -> list[str]:
    """The calendar terms a document dated ``day`` is indexed under."""
    return [year_term(day.year), month_term(day), day_term(day)]


@dataclass(frozen=True)
class Cover:
    """Terms that together match exactly the days of a range; ``years`` is an
    inclusive run of whole years (matched as a term range), or None."""

    terms: tuple[str, ...]
    years: tuple[int, int] | None


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month(day: dt.date) -> dt.date | None:
    if day.month < 12:
        return day.replace(month=day.month + 1, day=1)
    return day.replace(year=day.year + 1, month=1, day=1) if day.year < dt.MAXYEAR else None


def cover_range(start: dt.date | None, end: dt.date | None) -> Cover:
    """The fewest calendar terms for the days from ``start`` to ``end`` (inclusive;
    None means open)."""
    low, high = start or dt.date.min, end or dt.date.max
    terms: list[str] = []
    day: dt.date | None = low

    def take_days(until_first_of_month: bool) -> None:
        nonlocal day
        while day is not None and day <= high and not (until_first_of_month and day.day == 1):
            terms.append(day_term(day))
            day = day + dt.timedelta(days=1) if day < dt.date.max else None

    def take_months(until_new_year: bool) -> None:
        nonlocal day
        while (day is not None and _month_end(day) <= high
               and not (until_new_year and day.month == 1)):
            terms.append(month_term(day))
            day = _next_month(day)

    take_days(until_first_of_month=True)
    take_months(until_new_year=True)
    years = None
    if day is not None:
        last_full = high.year if (high.month, high.day) == (12, 31) else high.year - 1
        if day.year <= last_full:
            years = (day.year, last_full)
            day = dt.date(last_full + 1, 1, 1) if last_full < dt.MAXYEAR else None
    take_months(until_new_year=False)
    take_days(until_first_of_month=False)
    return Cover(tuple(terms), years)
