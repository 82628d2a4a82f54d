"""Cleaning and checking single values: e-mail addresses, dates, lists.

Only syntax is checked here; the core validates again when storing.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sic_desktop.io.rows import Cell

# The rule of sic_desktop.core.validation (tests/io/test_fields.py compares them).
_EMAIL = re.compile(r"[^@\s\"(),:;<>\[\]\\]+@[^@\s\"(),:;<>\[\]\\]+\.[^@\s\"(),:;<>\[\]\\.]{2,}")
_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>\s*$")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?")
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


def format_date(value: date) -> str:
    """German short date, as the users write it: 25.11.2026."""
    return value.strftime("%d.%m.%Y")


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


def is_valid_email(text: str) -> bool:
    """Syntax only: local part, @, a domain with a dot and a top-level domain."""
    local = text.split("@", 1)[0]
    return (
        _EMAIL.fullmatch(text) is not None
        and ".." not in text
        and not local.startswith(".")
        and not local.endswith(".")
    )


def is_exchange_address(text: str) -> bool:
    """Outlook exports internal colleagues as X.500 paths like ``/o=ExchangeLabs/…``."""
    return text.lower().startswith(("/o=", "/cn="))


def parse_date(text: str) -> date | None:
    """Parse 25.11.2026, 25.11.26 or 2026-11-25; None for empty or Outlook's 0.0.00.

    Raises ValueError for text that is not a real calendar date (31.02.2026).
    """
    text = text.strip()
    if not text or text in _NO_DATE:
        return None
    german = _GERMAN_DATE.fullmatch(text)
    if german:
        day, month, year = (int(part) for part in german.groups())
        if len(german.group(3)) == 2:
            year += 2000 if year < 70 else 1900
        return date(year, month, day)
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return date(*(int(part) for part in iso.groups()))
    raise ValueError(text)
