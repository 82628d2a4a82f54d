"""Searching one open whoosh index: candidates for the result list, corrections.

Engine-specific, and kept apart from ``index.py`` (which manages files, locks
and generations) so that the search rules read in one place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sic_desktop.search import analysis
from sic_desktop.search.query import ParsedQuery, Word, parse_query
from sic_desktop.search.whoosh_eval import evaluate, fuzzy_distance, near_terms
from sic_desktop.search.whoosh_postings import PostingCache
from sic_desktop.search.whoosh_schema import NAME_FIELDS, TEXT_FIELDS

_TEXT_SOURCES = {"title": "title_text", "names": "names_text", "body": "excerpt"}


@dataclass
class Candidate:
    stored: dict[str, Any]
    score: float


@dataclass
class Found:
    """The best ``candidates`` (by text score) and counts over all matches."""

    candidates: list[Candidate] = field(default_factory=list)
    total: int = 0
    counts_by_type: dict[str, int] = field(default_factory=dict)
    highlight: set[str] = field(default_factory=set)


def find(searcher, cache: PostingCache, parsed: ParsedQuery, *,
         types: Collection[str] | None, limit: int, fuzzy: bool = False) -> Found:
    """Search once; counts per type are for all types, candidates only for ``types``."""
    evaluation = evaluate(searcher, cache, parsed, types=types, fuzzy=fuzzy)
    return Found(
        candidates=[Candidate(searcher.stored_fields(doc), score)
                    for doc, score in evaluation.best(limit)],
        total=evaluation.total(types),
        counts_by_type=evaluation.counts_by_type,
        highlight=evaluation.highlight,
    )


def correction(searcher, cache: PostingCache, parsed: ParsedQuery) -> str | None:
    """A spelling of the query that finds something („Meinten Sie …?“), or None.

    Only words the index does not know at all are replaced, each by the nearest
    indexed word in the form it has in a document („Schäfer“, not the term „schaf“).
    """
    reader = searcher.reader()
    replacements: list[tuple[tuple[int, int], str]] = []
    for word in parsed.positive_words():
        surface = _nearest_known(searcher, reader, word)
        if surface is not None:
            replacements.append((word.span, surface))
    if not replacements:
        return None
    text = parsed.text
    for (start, end), surface in sorted(replacements, reverse=True):
        text = text[:start] + surface + text[end:]
    if not evaluate(searcher, cache, parse_query(text)).scores:
        return None
    return text


def _nearest_known(searcher, reader, word: Word) -> str | None:
    term = analysis.term(word.text)
    if word.prefix or not term or _known(reader, term):
        return None
    best: tuple[int, int, str, str] | None = None  # (distance, -frequency, term, field)
    for fieldname, _ in TEXT_FIELDS:
        prefix = 1 if fieldname in NAME_FIELDS else 2
        found = near_terms(reader, fieldname, term, prefix=prefix,
                           distance=fuzzy_distance(term) or 1)
        for near, distance in found.items():
            key = (distance, -reader.doc_frequency(fieldname, near), near, fieldname)
            best = key if best is None or key < best else best
    if best is None:
        return None
    return _surface_form(searcher, reader, best[3], best[2])


def _known(reader, term: str) -> bool:
    return any(
        next(iter(reader.expand_prefix(fieldname, term)), None) is not None
        for fieldname, _ in TEXT_FIELDS
    )


def _surface_form(searcher, reader, fieldname: str, term: str) -> str:
    """The word as written in a document that contains ``term``."""
    source = _TEXT_SOURCES.get(fieldname)
    if source is not None:
        docnum = reader.postings(fieldname, term).id()
        text = searcher.stored_fields(docnum).get(source) or ""
        for token in analysis.tokens(text):
            if token.term == term:
                return text[token.start:token.end]
    return term
