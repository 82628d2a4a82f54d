"""Names-only search: the lists' text filter over organisations, contacts, cooperations and notes.

It finds names and titles (case- and Umlaut-insensitive, like the lists), not
words inside note texts. The window uses it while the full-text index is being
built, and without one (see ``make_backend``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SEARCHED_TYPES, SearchHit, SearchService, Snippet, SnippetSpan
from sic_desktop.ui.global_search.backend import SearchAnswer, SearchBackend, keyboard_help_html
from sic_desktop.ui.global_search.index_backend import IndexSearch


class ListFilterSearch:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def search(self, text: str, limit: int, types: Collection[RecordType] | None = None) -> SearchAnswer:
        text = text.strip()
        if not text:
            return SearchAnswer()
        hits: list[SearchHit] = []
        counts: dict[RecordType, int] = {}
        for record_type in SEARCHED_TYPES:
            service = self._ws.service(record_type)
            matching = service.ids(ListQuery(text=text))  # one scan gives the count and the first hits
            counts[record_type] = len(matching)
            if types and record_type not in types:
                continue
            ids = matching[:limit]
            refs = [RecordRef(record_type, i) for i in ids]
            titles = self._ws.titles(refs)
            rows = {row["id"]: row for row in service.summaries(ids)}
            title_keys = {"name", "title"}
            for position, ref in enumerate(refs):
                row = rows.get(ref.id, {})
                details = [str(row[c.key]) for c in service.summary_columns if c.key not in title_keys and row.get(c.key)]
                hits.append(
                    SearchHit(
                        ref=ref,
                        title=titles.get(ref, ""),
                        score=1.0 - position / max(limit, 1),
                        snippet=highlight(" · ".join(details[:2]), text),
                    )
                )
        return SearchAnswer(hits, {t: n for t, n in counts.items() if n})

    def help_html(self) -> str:
        return QCoreApplication.translate(
            "ListFilterSearch",
            "<h3>Suchen</h3>"
            "<p>Tippen Sie einen Teil eines Namens oder Titels, z. B. <b>schäfer</b> oder <b>quartier</b>. "
            "Groß- und Kleinschreibung spielen keine Rolle, „ae“ findet auch „ä“.</p>"
            "<p>Gesucht wird in Organisationen, Kontakten (auch E-Mail-Adressen), Kooperationen und "
            "Notiz-Titeln.</p>",
        ) + keyboard_help_html()


def highlight(text: str, query: str) -> Snippet:
    """``text`` with each occurrence of a query word marked as a hit."""
    words = [re.escape(word) for word in query.split() if word]
    if not words:
        return Snippet((SnippetSpan(text),) if text else ())
    parts = re.split("(" + "|".join(words) + ")", text, flags=re.IGNORECASE)
    # re.split puts the matches at the odd positions
    return Snippet(tuple(SnippetSpan(part, hit=bool(i % 2)) for i, part in enumerate(parts) if part))


def make_backend(workspace: Workspace) -> SearchBackend:
    """The search the window uses: the full-text index when the window keeps one
    (``AppContext.start_search``), falling back on names while it is built."""
    names = ListFilterSearch(workspace)
    service = SearchService.attached_to(workspace)
    return IndexSearch(service, names) if service is not None else names
