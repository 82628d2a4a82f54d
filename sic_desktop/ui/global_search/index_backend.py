"""The full-text search for the popup: the workspace's ``SearchService``.

While the index is being built the popup says so; if there is no usable index
yet (a first start, a damaged one), names and titles are searched meanwhile.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.record_ref import RecordType
from sic_desktop.search import SearchService, SearchState, SearchUnavailableError, search_help_text
from sic_desktop.search.search_errors import MAX_QUERY_LENGTH, QueryTooLongError
from sic_desktop.ui.global_search.backend import SearchAnswer, SearchBackend, keyboard_help_html


class IndexSearch:
    def __init__(self, service: SearchService, fallback: SearchBackend) -> None:
        self._service = service
        self._fallback = fallback

    def search(self, text: str, limit: int, types: Collection[RecordType] | None = None) -> SearchAnswer:
        if not text.strip():
            return SearchAnswer()
        if len(text) > MAX_QUERY_LENGTH:  # refused before the names-only fallback spends time on it too
            return SearchAnswer(notice=str(QueryTooLongError(len(text))))
        try:
            results = self._service.search(text, types=types or None, limit=limit)
        except SearchUnavailableError:
            answer = self._fallback.search(text, limit, types)
            return SearchAnswer(answer.hits, answer.counts, None, self._building_notice(names_only=True))
        return SearchAnswer(
            hits=list(results.hits),
            counts=dict(results.counts_by_type),
            suggestion=results.suggestion,
            notice=self._building_notice(names_only=False),
        )

    def _building_notice(self, *, names_only: bool) -> str:
        progress = self._service.progress
        if self._service.state is SearchState.BUILDING and progress is not None:
            percent = round(progress.fraction * 100)
            if names_only:
                return QCoreApplication.translate(
                    "IndexSearch", "Der Suchindex wird aufgebaut ({percent} %). Bis dahin findet die Suche "
                    "nur Namen und Titel.").format(percent=percent)
            return QCoreApplication.translate(
                "IndexSearch", "Der Suchindex wird aufgebaut ({percent} %); die neuesten Änderungen "
                "fehlen vielleicht noch.").format(percent=percent)
        if names_only:
            return QCoreApplication.translate(
                "IndexSearch", "Der Suchindex ist noch nicht bereit. Bis dahin findet die Suche nur Namen und Titel.")
        return ""

    def help_html(self) -> str:
        return search_help_text() + keyboard_help_html()

