"""What the search popup needs from a search engine: hits for a text, and help on the syntax.

The full-text index (``sic_desktop.search``) implements this protocol; until it
is wired in, ``ListFilterSearch`` searches names and titles with the lists' own
text filter. ``make_backend`` is the one line that chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sic_desktop.core.models import RecordRef


@dataclass(frozen=True)
class SearchHit:
    ref: RecordRef
    title: str
    snippet_html: str  # escaped text with the matches in <b>…</b>
    score: float


class SearchBackend(Protocol):
    def search(self, text: str, limit: int) -> list[SearchHit]:
        """Best hits first; called on the reader thread, never on the UI thread."""
        ...

    def help_html(self) -> str:
        """The search syntax, for the „?“ button of the popup."""
        ...
