"""Searching one open whoosh index: ranked hits with snippets, corrections.

Engine-specific, and kept apart from ``index.py`` (which manages files, locks
and generations) so that the search rules read in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search import analysis, compounds, ranking
from sic_desktop.search.attachment_texts import name_attachment
from sic_desktop.search.query_parser import (
    AllOf,
    DateRange,
    FieldFilter,
    Not,
    ParsedQuery,
    Synonym,
    Word,
    parse_query,
)
from sic_desktop.search.results import SearchHit, SearchResults
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.search.snippets import Snippet, SnippetSpan, highlight_all, highlight_window, leading
from sic_desktop.search.whoosh_eval import evaluate, fuzzy_distance, near_terms
from sic_desktop.search.whoosh_imports import Reader, Searcher, damerau_levenshtein
from sic_desktop.search.whoosh_postings import PostingCache
from sic_desktop.search.whoosh_refs import record_ref, stored_refs
from sic_desktop.search.whoosh_schema import NAME_FIELDS, TEXT_FIELDS, parse_day_key

_TEXT_SOURCES = {"title": "title_text", "names": "names_text", "body": "excerpt"}


@dataclass
class Candidate:
    stored: dict[str, Any]
    score: float
    via: str | None = None  # found only through a synonym: „VHS = Volkshochschule“


@dataclass
class Found:
    """The best ``candidates`` (by text score) and counts over all matches."""

    candidates: list[Candidate] = field(default_factory=list)
    total: int = 0
    counts_by_type: dict[str, int] = field(default_factory=dict)
    highlight: set[str] = field(default_factory=set)


def search_results(searcher: Searcher, cache: PostingCache, parsed: ParsedQuery, *,
                   types: Collection[str] | None, limit: int) -> SearchResults:
    """The result list for ``parsed``: exact hits, then typo hits if they were few."""
    pool = max(2 * limit, 100)  # candidates re-ranked by tier and recency, then cut
    today = dt.date.today()
    found = find(searcher, cache, parsed, types=types, limit=pool)
    ranked = [(_score(c, today), c, False) for c in found.candidates]
    total, counts, highlight = found.total, found.counts_by_type, found.highlight
    if total < ranking.FUZZY_BELOW and parsed.positive_words():
        typo = find(searcher, cache, parsed, types=types, limit=pool, fuzzy=True)
        known = {c.stored["ref"] for c in found.candidates}
        extra = [c for c in typo.candidates if c.stored["ref"] not in known]
        if extra:
            weakest = min((s for s, _, _ in ranked), default=None)
            scores = ranking.fuzzy_scores([_score(c, today) for c in extra], weakest)
            ranked += [(s, c, True) for s, c in zip(scores, extra, strict=False)]
            total, counts = typo.total, typo.counts_by_type
            highlight = highlight | typo.highlight
    choices = _word_choices(parsed)
    tiers = {id(c): ranking.title_tier(c.stored["type"], _title_terms(c.stored.get("title_text") or ""),
                                       choices, _near) for _, c, _ in ranked}
    ranked.sort(key=lambda item: (tiers[id(item[1])], item[0]), reverse=True)
    hits = tuple(_hit(c, score, fuzzy, highlight) for score, c, fuzzy in ranked[:limit])
    # Nothing, or typo matches only: offer the spelling of the documents („Meinten Sie …?“).
    suggestion = correction(searcher, cache, parsed) if all(h.fuzzy for h in hits) else None
    return SearchResults(parsed, hits, total, {RecordType(t): n for t, n in counts.items()}, suggestion)


def _word_choices(parsed: ParsedQuery) -> list[set[str]]:
    """Per required word of the query, the terms that stand for it (itself, its synonyms);
    empty when the query is more than plain words (then no tiers apply)."""
    root = parsed.root
    clauses = root.clauses if isinstance(root, AllOf) else (root,) if root is not None else ()
    choices: list[set[str]] = []
    for clause in clauses:
        if isinstance(clause, Word) and not clause.prefix and (term := analysis.term(clause.text)):
            choices.append({term})
        elif isinstance(clause, Synonym) and isinstance(clause.original, Word):
            alternatives = [a for _, a in clause.alternatives if isinstance(a, Word)]
            choices.append({t for w in (clause.original, *alternatives) if (t := analysis.term(w.text))})
        elif not isinstance(clause, (FieldFilter, DateRange, Not)):
            return []
    return [c for c in choices if c]


def _title_terms(title: str) -> list[str]:
    """The terms of a title and of the parts of its compounds („Quartiersfonds“: „fond“)."""
    return analysis.terms(title) + compounds.splitter().expand(analysis.WORD.findall(title))


def _near(typed: str, title_term: str) -> bool:
    limit = fuzzy_distance(typed)
    return bool(limit) and abs(len(typed) - len(title_term)) <= limit and (
        damerau_levenshtein(typed, title_term) <= limit)


def _score(candidate: Candidate, today: dt.date) -> float:
    updated = candidate.stored.get("updated_day")
    day = dt.date.fromordinal(updated) if updated else None
    return candidate.score * ranking.recency_factor(candidate.stored["type"], day, today)


def _hit(candidate: Candidate, score: float, fuzzy: bool, highlight: set[str]) -> SearchHit:
    stored = candidate.stored
    excerpt = stored.get("excerpt") or ""
    names = stored.get("names_text") or ""
    title = stored.get("title_text") or ""
    snippet = (name_attachment(excerpt, highlight_window(excerpt, highlight)) or highlight_window(names, highlight)
               or leading(excerpt or names))
    if candidate.via:
        note = translate("Search", "gefunden über {synonym}").format(synonym=candidate.via)
        snippet = Snippet((SnippetSpan(f"{note} · "), *snippet.spans))
    return SearchHit(
        ref=record_ref(stored["ref"]), title=title,
        score=score, snippet=snippet, title_marked=highlight_all(title, highlight),
        date=parse_day_key(stored.get("day")), fuzzy=fuzzy, found_via=candidate.via,
    )


def find(searcher: Searcher, cache: PostingCache, parsed: ParsedQuery, *,
         types: Collection[str] | None, limit: int, fuzzy: bool = False) -> Found:
    """Search once; counts per type are for all types, candidates only for ``types``."""
    evaluation = evaluate(searcher, cache, parsed, types=types, fuzzy=fuzzy)
    return Found(
        candidates=[Candidate(searcher.stored_fields(doc), score, evaluation.via.get(doc))
                    for doc, score in dict([*evaluation.best_named(limit), *evaluation.best(limit)]).items()],
        total=evaluation.total(types),
        counts_by_type=evaluation.counts_by_type,
        highlight=evaluation.highlight,
    )


def correction(searcher: Searcher, cache: PostingCache, parsed: ParsedQuery) -> str | None:
    """A spelling of the query that finds something („Meinten Sie …?“), or None.

    Only words the index does not know at all are replaced, each by the nearest
    indexed word in the form it has in a document („Schäfer“, not the term „schaf“).
    """
    reader = searcher.reader()
    replacements: list[tuple[tuple[int, int], str]] = []
    for word in parsed.positive_words():
        surface = _nearest_known(searcher, reader, word, cache)
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


def _nearest_known(searcher: Searcher, reader: Reader, word: Word, cache: PostingCache) -> str | None:
    term = analysis.term(word.text)
    if word.prefix or not term or _known(reader, term):
        return None
    best: tuple[int, int, str, str] | None = None  # (distance, -frequency, term, field)
    for fieldname, _ in TEXT_FIELDS:
        prefix = 1 if fieldname in NAME_FIELDS else 2
        found = near_terms(reader, fieldname, term, prefix=prefix,
                           distance=fuzzy_distance(term) or 1, cache=cache)
        for near, distance in found.items():
            key = (distance, -reader.doc_frequency(fieldname, near), near, fieldname)
            best = key if best is None or key < best else best
    if best is None:
        return None
    return _surface_form(searcher, reader, best[3], best[2])


def _known(reader: Reader, term: str) -> bool:
    return any(
        next(iter(reader.expand_prefix(fieldname, term)), None) is not None
        for fieldname, _ in TEXT_FIELDS
    )


def _surface_form(searcher: Searcher, reader: Reader, fieldname: str, term: str) -> str:
    """The word as written in a document that contains ``term``."""
    source = _TEXT_SOURCES.get(fieldname)
    if source is not None:
        docnum = reader.postings(fieldname, term).id()
        text = searcher.stored_fields(docnum).get(source) or ""
        for token in analysis.tokens(text):
            if token.term == term:
                return text[token.start:token.end]
    return term


def find_refs_linking(searcher: Searcher, refs: Collection[RecordRef]) -> set[RecordRef]:
    """Refs of the live documents whose ``links`` name any of ``refs``."""
    reader = searcher.reader()
    found: set[RecordRef] = set()
    for ref in stored_refs(refs):
        if not reader.doc_frequency("links", ref):
            continue
        for docnum in reader.postings("links", ref).all_ids():  # deletions left out
            found.add(record_ref(searcher.stored_fields(docnum)["ref"]))
    return found


def count_types(searcher: Searcher) -> dict[RecordType, int]:
    """Live documents per record type."""
    reader = searcher.reader()
    counts = {}
    for record_type in SEARCHED_TYPES:
        if reader.doc_frequency("type", record_type.value):
            counts[record_type] = sum(1 for _ in reader.postings("type", record_type.value).all_ids())
    return {t: n for t, n in counts.items() if n}
