"""What the search popup needs from a search engine: an answer for a text, and help on the syntax.

Two engines implement this protocol: ``IndexSearch`` (the full-text index, see
``index_backend.py``) and ``ListFilterSearch`` (the lists' own name filter, used
while the index is being built). ``make_backend`` chooses.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.dates import format_date
from sic_desktop.core.record_ref import RecordType
from sic_desktop.search.results import SearchHit


@dataclass(frozen=True)
class SearchAnswer:
    """The best ``hits``; ``counts`` are all matches per type (whatever ``types`` was),
    ``suggestion`` a spelling that finds something, ``notice`` a word on the search
    itself (the index is being built)."""

    hits: list[SearchHit] = field(default_factory=list)
    counts: dict[RecordType, int] = field(default_factory=dict)
    suggestion: str | None = None
    notice: str = ""


class SearchBackend(Protocol):
    def search(self, text: str, limit: int, types: Collection[RecordType] | None = None) -> SearchAnswer:
        """Best hits first; called on the reader thread, never on the UI thread."""
        ...

    def help_html(self) -> str:
        """The search syntax, for the „?“ button of the popup."""
        ...


def hit_detail(hit: SearchHit) -> str:
    """What the popup shows beside a hit's title: its date, „ähnlich geschrieben“."""
    details = [format_date(hit.date)] if hit.date else []
    if hit.fuzzy:
        details.append(QCoreApplication.translate("IndexSearch", "ähnlich geschrieben"))
    return " · ".join(details)


def keyboard_help_html() -> str:
    """How the popup is used with the keyboard, below either engine's help."""
    return QCoreApplication.translate(
        "SearchPopup",
        "<p><b>↑</b>/<b>↓</b> wählen einen Treffer, <b>Eingabe</b> öffnet ihn, <b>Esc</b> schließt die Suche.</p>",
    )
