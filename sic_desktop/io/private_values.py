"""Private values in files that mark them in a neighbouring column.

Google Contacts writes each value with its label („Address 1 - Label“ = „Home“,
„Website 2 - Type“ = „Work“); a private address or home page must not become the
organisation's. Columns that are private by name (Thunderbird's „Home Phone“) are
left out on purpose by the mapping instead (``header_synonyms.IGNORED_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sic_desktop.io.rows import Cell

_PRIVATE = re.compile(r"\b(home|privat\w*|private|personal|persönlich)\b", re.IGNORECASE)
_PART = re.compile(r"^(?P<group>.+?)\s+-\s+\S.*$")


def private_label(cells: Mapping[str, Cell], header: str) -> str:
    """The label marking ``header``'s value private („Home“), or "" if it is not marked so."""
    match = _PART.match(header)
    if not match:
        return ""
    for suffix in (" - Label", " - Type"):
        label = cells.get(match.group("group") + suffix, "")
        if isinstance(label, str) and _PRIVATE.search(label):
            return label.strip()
    return ""
