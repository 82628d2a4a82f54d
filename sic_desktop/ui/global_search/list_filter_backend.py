"""Interim search: the lists' text filter over organisations, contacts, cooperations and notes.

It finds names and titles (case- and Umlaut-insensitive, like the lists), not
words inside note texts; the whoosh index replaces it (see ``make_backend``).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.services.query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.global_search.backend import SearchBackend, SearchHit

SEARCHED_TYPES = (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE)


class ListFilterSearch:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def search(self, text: str, limit: int) -> list[SearchHit]:
        text = text.strip()
        if not text:
            return []
        hits: list[SearchHit] = []
        for record_type in SEARCHED_TYPES:
            service = self._ws.service(record_type)
            ids = service.ids(ListQuery(text=text, limit=limit))
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
                        snippet_html=highlight(" · ".join(details[:2]), text),
                        score=1.0 - position / max(limit, 1),
                    )
                )
        return hits

    def help_html(self) -> str:
        return QCoreApplication.translate(
            "ListFilterSearch",
            "<h3>Suchen</h3>"
            "<p>Tippen Sie einen Teil eines Namens oder Titels, z. B. <b>schäfer</b> oder <b>quartier</b>. "
            "Groß- und Kleinschreibung spielen keine Rolle, „ae“ findet auch „ä“.</p>"
            "<p>Gesucht wird in Organisationen, Kontakten (auch E-Mail-Adressen), Kooperationen und "
            "Notiz-Titeln.</p>"
            "<p><b>↑</b>/<b>↓</b> wählen einen Treffer, <b>Eingabe</b> öffnet ihn, <b>Esc</b> schließt die Suche.</p>",
        )


def highlight(text: str, query: str) -> str:
    """``text`` escaped for HTML, with each occurrence of a query word in bold."""
    escaped = html.escape(text)
    words = [re.escape(html.escape(word)) for word in query.split() if word]
    if not words:
        return escaped
    return re.sub("(" + "|".join(words) + ")", r"<b>\1</b>", escaped, flags=re.IGNORECASE)


def make_backend(workspace: Workspace) -> SearchBackend:
    """The search the window uses; the full-text index takes over here."""
    return ListFilterSearch(workspace)
