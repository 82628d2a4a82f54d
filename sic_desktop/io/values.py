"""Cleaning and checking single values: e-mail addresses, dates, lists.

Only syntax is checked here; the core validates again when storing.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sic_desktop.core.dates import format_date
from sic_desktop.core.dates import parse_date as parse_core_date
from sic_desktop.io.rows import Cell

_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>\s*$")
# Excel and some exports add a time of day to ISO dates: „2026-11-25 00:00:00“.
_ISO_WITH_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ][\d:.]+")
# Outlook writes these for "no date"; they mean empty, not invalid.
_NO_DATE = {"0.0.00", "0.0.0000", "00.00.0000", "0/0/00", "0/0/0000"}


def cell_text(cell: Cell) -> str:
    """A cell as one text, for text fields and the preview table."""
    if isinstance(cell, list):
        return "; ".join(cell)
    if isinstance(cell, datetime):
        if cell.time() == datetime.min.time():
            return format_date(cell.date())
        return cell.strftime("%d.%m.%Y %H:%M")
    if isinstance(cell, date):
        return format_date(cell)
    return cell


def split_list(text: str, separators: str) -> list[str]:
    """Split on any of ``separators`` and line breaks; trim, drop empty items."""
    items = (item.strip() for item in re.split("[" + re.escape(separators) + r"\r\n]", text))
    return [item for item in items if item]


def clean_email(text: str) -> str:
    """Strip a display name ("Anna Schäfer <anna@…>") and a ``mailto:`` prefix."""
    text = text.strip()
    angle = _ANGLE_ADDRESS.search(text)
    if angle:
        text = angle.group(1).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text


_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-", "\u00a0": " ", "\u202f": " "})


def clean_phone(text: str) -> str:
    """Dashes and non-breaking spaces Word and Outlook put in („0231 50–0“) as plain ones."""
    return text.translate(_DASHES).strip()


def is_exchange_address(text: str) -> bool:
    """Outlook exports internal colleagues as X.500 paths like ``/o=ExchangeLabs/…``."""
    return text.lower().startswith(("/o=", "/cn="))


def parse_date(text: str) -> date | None:
    """Parse 25.11.2026, 25.11.26 or 2026-11-25; None for empty or Outlook's 0.0.00.

    Raises the core's DateFormatError (a ValueError) explaining why a text such as
    31.02.2026 is not a date.
    """
    text = text.strip()
    if not text or text in _NO_DATE:
        return None
    with_time = _ISO_WITH_TIME.fullmatch(text)
    return parse_core_date(with_time.group(1) if with_time else text)
