"""Full-text search over all records, German-aware, behind a small interface.

``documents`` reads records through the core and turns them into ``SearchDocument``
objects; ``SearchIndex`` (``index.py``) keeps them in ``<data folder>/index``
(``DataFolder.index_dir``, layout in ``index_files.py``), a cache of SQLite marked with
the data generation it reflects. whoosh is reached only through ``whoosh_imports``: by
the ``whoosh_*`` modules, ``index.py``, ``index_files.py`` (file locks) and
``analysis.py`` (the Snowball stemmer), so it can be swapped; records are ``RecordRef``s
everywhere else (``whoosh_refs`` holds their stored text form).

    index = SearchIndex(folder.index_dir)
    if index.status(generation).needs_rebuild:           # at start, on a worker
        for progress in index.rebuild(documents(), generation, total=count):
            report(progress.fraction, progress.message())
    index.update(changed_docs, deleted_refs, generation)  # after every commit
    results = index.search('Pflege typ:notiz von:2025')   # any thread
    for hit in results.hits:
        hit.ref, hit.title, hit.snippet.html, hit.snippet.plain      # hit.ref: a core RecordRef

The glue to the core: ``service.SearchService`` keeps a workspace's index in step
with its commits (``ws.subscribe``), rebuilds it in the background and is what the
window (``ui/global_search/index_keeper.py``, started after the first paint) and the
command line (``cli/search.py``, ``cli/search_upkeep.py``) search through;
``erase_from_search_index(ws, refs)`` makes the index forget erased records for good;
``consistency`` serves ``sic-desktop check``.
"""
from typing import TYPE_CHECKING

from sic_desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from sic_desktop.search.help_text import search_help_text
    from sic_desktop.search.index import SearchIndex
    from sic_desktop.search.index_state import IndexState, IndexStatus, RebuildProgress
    from sic_desktop.search.query_parser import ParsedQuery, parse_query
    from sic_desktop.search.results import SearchHit, SearchResults
    from sic_desktop.search.search_document import SEARCHED_TYPES, SearchDocument
    from sic_desktop.search.search_errors import (
        SearchIndexLockedError,
        SearchIndexWriteError,
        SearchUnavailableError,
    )
    from sic_desktop.search.service import SearchService, SearchState, erase_from_search_index
    from sic_desktop.search.snippets import Snippet, SnippetSpan

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "search_document": ("SEARCHED_TYPES", "SearchDocument"),
        "search_errors": ("SearchIndexLockedError", "SearchIndexWriteError", "SearchUnavailableError"),
        "help_text": ("search_help_text",),
        "index": ("SearchIndex",),
        "index_state": ("IndexState", "IndexStatus", "RebuildProgress"),
        "query_parser": ("ParsedQuery", "parse_query"),
        "results": ("SearchHit", "SearchResults"),
        "service": ("SearchService", "SearchState", "erase_from_search_index"),
        "snippets": ("Snippet", "SnippetSpan"),
    },
)

__all__ = [
    "SEARCHED_TYPES",
    "IndexState",
    "IndexStatus",
    "ParsedQuery",
    "RebuildProgress",
    "SearchDocument",
    "SearchHit",
    "SearchIndex",
    "SearchIndexLockedError",
    "SearchIndexWriteError",
    "SearchResults",
    "SearchService",
    "SearchState",
    "SearchUnavailableError",
    "Snippet",
    "SnippetSpan",
    "erase_from_search_index",
    "parse_query",
    "search_help_text",
]
