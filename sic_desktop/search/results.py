"""What a search returns: ranked hits with snippets, counts per type, a suggestion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search.query_parser import ParsedQuery
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.search.snippets import Snippet


@dataclass(frozen=True)
class SearchHit:
    """One found record, from the index to the search popup and the command line. ``fuzzy``
    hits matched only with a typo and rank below; ``found_via`` names the synonym a hit was
    found through („VHS = Volkshochschule“)."""

    ref: RecordRef
    title: str
    score: float
    snippet: Snippet = field(default_factory=Snippet)
    title_marked: Snippet = field(default_factory=Snippet)
    date: dt.date | None = None
    fuzzy: bool = False
    found_via: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The JSON form of the command line: plain snippet plus its HTML."""
        return {
            "type": self.ref.type.value,
            "id": self.ref.id,
            "ref": str(self.ref),
            "title": self.title,
            "score": round(self.score, 4),
            "snippet": self.snippet.plain,
            "snippet_html": self.snippet.html,
            "date": self.date.isoformat() if self.date else None,
            "fuzzy": self.fuzzy,
            "found_via": self.found_via,
        }


@dataclass(frozen=True)
class SearchResults:
    """``total`` counts every match (``hits`` holds at most the requested number);
    ``counts_by_type`` ignores the ``types`` filter of the call, for tabs like
    „Notizen (12)“; ``suggestion`` is a corrected query when nothing, or only typo
    matches, were found.
    """

    query: ParsedQuery
    hits: tuple[SearchHit, ...] = ()
    total: int = 0
    counts_by_type: Mapping[RecordType, int] = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def unrecognized(self) -> tuple[str, ...]:
        """Parts of the query that were read as plain words (for a gentle hint)."""
        return self.query.unrecognized

    def by_type(self) -> dict[RecordType, list[SearchHit]]:
        """The hits grouped by record type, in the fixed type order, best first."""
        groups: dict[RecordType, list[SearchHit]] = {t: [] for t in SEARCHED_TYPES}
        for hit in self.hits:
            groups[hit.ref.type].append(hit)
        return {t: hits for t, hits in groups.items() if hits}
