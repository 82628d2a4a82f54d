"""Taking e-mail addresses and phone numbers out of free text, for briefings sent outside.

A briefing „ohne persönliche Kontaktdaten“ leaves out the contact fields, but
staff also type numbers into notes („Frau Schäfer: 0231 50-12345“). Free text
in such a briefing goes through :func:`without_contact_data`.

Phone numbers are recognised as German numbers are written: starting with 0 or
+, at least six digits, separated only by spaces, slashes, hyphens and
brackets, so that dates (25.11.2026), years and postcodes stay as they are.
"""

from __future__ import annotations

import re

from sic_desktop.core.i18n import translate

_EMAIL = re.compile(r"[^\s@<>()\[\]„“\"',;:]+@[^\s@<>()\[\]„“\"',;:]+\.[^\W\d_]{2,}")
_PHONE = re.compile(r"(?<![\w.,/+(-])(?:\+\d{1,3}[ /-]?|\(?0)\(?\d[\d ()/-]{3,}\d(?!\w)")
_MIN_PHONE_DIGITS = 6


def without_contact_data(text: str) -> str:
    """``text`` with every e-mail address and phone number replaced by a short note."""
    text = _EMAIL.sub(translate("Briefings", "[E-Mail-Adresse entfernt]"), text)
    return _PHONE.sub(_phone_replacement, text)


def _phone_replacement(match: re.Match[str]) -> str:
    number = match.group(0)
    if sum(ch.isdigit() for ch in number) < _MIN_PHONE_DIGITS:
        return number
    return translate("Briefings", "[Telefonnummer entfernt]")
