"""Evaluates a ``ParsedQuery`` on a whoosh index: matching documents and scores.

whoosh stores and decodes the postings; the boolean logic and the ranking are
done here on sets and dictionaries, reading each posting list once (see
``whoosh_postings``), which profiling showed to be several times faster than
whoosh's own matcher trees on broad queries.

Ranking, per word and field (title 3, names 2, labels 1.5, body 1):

- the word itself scores BM25 (k1 = 1.2, without length normalisation: a long
  note that mentions a word often is about it);
- longer words also match as the start of compounds („Kinderbetreuung“ →
  „Kinderbetreuungsangebote“) with a small constant score, so exact hits stay on top;
- a word also matches where it is a part of a compound, at the start, in the
  middle or at the end („Beratung“ → „Schuldnerberatungsstelle“), and a compound
  typed in the query matches documents that hold all its parts, whole or in other
  compounds („Schuldnerberatung“ → „Beratung für Schuldner“): a document found
  only so gets a constant ``PART_SCORE``, below any whole word and any prefix;
- in fuzzy mode, title, names and text also match terms one or two edits away
  („Schaefr“ → „Schäfer“; in the text the first two letters must be right), with a
  smaller constant score still;
- a phrase scores the idf of its words in the field where it occurs (not in the
  labels, whose values would run into each other).

A ``Synonym`` clause matches the typed word or any term that means the same, the
latter scored at ``SYNONYM_FACTOR`` (what was typed comes first among equals); a hit
found only through another term is noted in ``Evaluation.via``.

Equal scores keep whoosh's document order reversed: recently added or changed
records come first.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np

from sic_desktop.search import analysis, compounds
from sic_desktop.search.date_terms import cover_range, year_term
from sic_desktop.search.query_parser import (
    AllOf,
    AnyOf,
    Clause,
    DateRange,
    FieldFilter,
    Not,
    ParsedQuery,
    Phrase,
    Synonym,
    Word,
)
from sic_desktop.search.ranking import NAMED_TYPES
from sic_desktop.search.search_document import RECORD_TYPES
from sic_desktop.search.whoosh_imports import Reader, Searcher, damerau_levenshtein
from sic_desktop.search.whoosh_postings import PostingCache, read_positions
from sic_desktop.search.whoosh_schema import NAME_FIELDS, PARTS_FIELD, TEXT_FIELDS

AUTO_PREFIX_MIN = 4  # shorter stems („rat“, „car“) would match too much as a prefix
EXPLICIT_PREFIX_MIN = 2
MAX_EXPANSIONS = 300  # per word and field: a safety net, not a ranking device
PREFIX_SCORE = 0.4  # per unit of field weight
PART_SCORE = 0.3
# Labels (tags, theme fields, districts) are separate values in one field: „Work & Care“
# and „Arbeit im Quartier“ must not make the phrase „Care-Arbeit“.
PHRASE_FIELDS = ("title", "names", "body")
FUZZY_FIELDS = (*NAME_FIELDS, "body")
ATOMS_BELOW = 20  # documents per segment; a compound found more often is not looked for in parts
SYNONYM_FACTOR = 0.9
FUZZY_SCORE = 0.25
BM25_K1 = 1.2
_SCORE_THEN_DOC = itemgetter(1, 0)  # (docnum, score) items by score, then the later document


def fuzzy_distance(term: str) -> int:
    """Edits allowed for a typo: none for very short terms."""
    if len(term) < 3:
        return 0
    return 1 if len(term) <= 5 else 2


def near_terms(reader: Reader, fieldname: str, term: str, *, prefix: int = 1,
               distance: int | None = None, cache: PostingCache | None = None) -> dict[str, int]:
    """Index terms within ``distance`` typos of ``term`` (itself excluded), each with
    its distance. Swapped letters („Wiess“) count as one typo: whoosh's automaton
    counts them as two, so it is asked one step wider and the result filtered.
    With a ``cache``, the answer is kept for the same segments (the automaton walks
    the lexicon file: most of the time of a typo search)."""
    limit = fuzzy_distance(term) if distance is None else distance
    if not limit:
        return {}

    def walk() -> dict[str, int]:
        found = {}
        asked = min(limit + 1, 2)
        near = (reader.terms_within(fieldname, term, asked, prefix=prefix) if cache is None
                else cache.terms_within(reader, fieldname, term, asked, prefix))
        for text in near:
            if text != term and (d := damerau_levenshtein(term, text)) <= limit:
                found[text] = d
        return found

    return walk() if cache is None else cache.near(reader, (fieldname, term, prefix, limit), walk)


@dataclass
class Evaluation:
    """All matching documents (global numbers) with their score, plus what to mark."""

    scores: dict[int, float] = field(default_factory=dict)
    counts_by_type: dict[str, int] = field(default_factory=dict)
    highlight: set[str] = field(default_factory=set)
    via: dict[int, str] = field(default_factory=dict)  # docnum → „VHS = Volkshochschule“
    named: set[int] = field(default_factory=set)  # matching persons and organisations

    def total(self, types: Collection[str] | None) -> int:
        return sum(n for t, n in self.counts_by_type.items() if not types or t in types)

    def best(self, count: int) -> list[tuple[int, float]]:
        """The ``count`` best documents as (docnum, score), best first; among equal
        scores the later document number (more recently indexed) first."""
        return heapq.nlargest(count, self.scores.items(), key=_SCORE_THEN_DOC)

    def best_named(self, count: int) -> list[tuple[int, float]]:
        """The same among persons and organisations only: their names may outrank
        notes of a higher score (``ranking.title_tier``), so they must be candidates."""
        scores = self.scores
        return heapq.nlargest(count, ((d, scores[d]) for d in self.named if d in scores), key=_SCORE_THEN_DOC)


@dataclass(frozen=True)
class _Expansion:
    """What one word or filter value stands for in one field."""

    exact: str | None
    prefixed: tuple[str, ...] = ()
    near: tuple[str, ...] = ()


def evaluate(searcher: Searcher, cache: PostingCache, parsed: ParsedQuery, *,
             types: Collection[str] | None = None, fuzzy: bool = False) -> Evaluation:
    """Match and score ``parsed``; documents outside ``types`` are only counted."""
    result = Evaluation()
    if parsed.root is None:
        return result
    plan = _Plan(searcher.reader(), cache, fuzzy, result.highlight)
    counts: dict[str, int] = defaultdict(int)
    for subsearcher, offset in searcher.leaf_searchers():
        leaf = _Leaf(subsearcher, cache, plan, offset, result.via)
        docs = leaf.clause(parsed.root, scoring=True) - leaf.deleted
        for record_type, of_type in leaf.split_by_type(docs).items():
            counts[record_type] += len(of_type)
            if types and record_type not in types:
                docs -= of_type
            elif record_type in NAMED_TYPES:
                result.named.update(offset + doc for doc in of_type)
        if docs:
            ordered = np.fromiter(docs, dtype=np.int64, count=len(docs))
            result.scores.update(zip((ordered + offset).tolist(), leaf.scores[ordered].tolist(), strict=True))
    result.counts_by_type = {t: n for t, n in counts.items() if n}
    return result


class _Plan:
    """Per-query knowledge shared by all segments: expansions and idf values."""

    def __init__(self, reader: Reader, cache: PostingCache, fuzzy: bool, highlight: set[str]) -> None:
        self.reader = reader
        self.cache = cache
        self.leaves = [leaf for leaf, _ in reader.leaf_readers()]
        self.fuzzy = fuzzy
        self.highlight = highlight
        self.doc_count = max(1, reader.doc_count())
        self._idf: dict[tuple[str, str], float] = {}
        self._words: dict[tuple[Word, str], _Expansion | None] = {}

    def idf(self, fieldname: str, text: str) -> float:
        key = (fieldname, text)
        if key not in self._idf:
            df = self.reader.doc_frequency(fieldname, text)
            self._idf[key] = math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5))
        return self._idf[key]

    def expand(self, fieldname: str, prefix: str, *, exclude: str | None = None) -> tuple[str, ...]:
        texts: set[str] = set()
        for leaf in self.leaves:
            texts.update(self.cache.prefixed(leaf, fieldname, prefix, MAX_EXPANSIONS + 1))
        texts.discard(exclude)
        return tuple(sorted(texts)[:MAX_EXPANSIONS])

    def word(self, word: Word, fieldname: str) -> _Expansion | None:
        key = (word, fieldname)
        if key not in self._words:
            self._words[key] = self._expand_word(word, fieldname)
        return self._words[key]

    def _expand_word(self, word: Word, fieldname: str) -> _Expansion | None:
        term = analysis.term(word.text)
        if word.prefix:
            term = term or analysis.fold(word.text)
            if len(term) < EXPLICIT_PREFIX_MIN:
                return None
            return _Expansion(None, self.expand(fieldname, term))
        if not term:
            return None
        prefixed = self.expand(fieldname, term, exclude=term) if len(term) >= AUTO_PREFIX_MIN else ()
        near: tuple[str, ...] = ()
        if self.fuzzy and fieldname in FUZZY_FIELDS:
            prefix = 1 if fieldname in NAME_FIELDS else 2  # the body's lexicon is large: keep the automaton small
            near = tuple(sorted(set(near_terms(self.reader, fieldname, term, prefix=prefix, cache=self.cache))
                                - set(prefixed)))
        return _Expansion(term, prefixed, near)

    def period_terms(self, clause: DateRange) -> list[str]:
        cover = cover_range(clause.start, clause.end)
        terms = list(cover.terms)
        if cover.years is not None:
            first, last = (year_term(y) for y in cover.years)
            terms += [t for t in self.expand("period", "y") if first <= t <= last]
        return terms


class _Leaf:
    """Evaluation on one segment, in its local document numbers."""

    def __init__(self, subsearcher: Searcher, cache: PostingCache, plan: _Plan, offset: int,
                 via: dict[int, str]) -> None:
        self.offset = offset
        self.via = via
        self.factor = 1.0  # SYNONYM_FACTOR while a synonym's alternatives are scored
        # A compound the user typed may be found as its parts apart („Beratung für Schuldner“);
        # a synonym's compound is not: „Carearbeit“ would find every note with „Care“ and „Arbeit“.
        self.apart = True
        self.within: set[int] | None = None  # the only documents still wanted (see all_of)
        self.searcher = subsearcher
        self.reader = subsearcher.reader()
        self.cache = cache
        self.plan = plan
        # One score per document of the segment: whole posting lists are added at once.
        self.scores = np.zeros(self.reader.doc_count_all(), dtype=np.float64)
        self.deleted = frozenset(self.reader.segment().deleted_docs())

    def term_docs(self, fieldname: str, text: str) -> set[int]:
        return self.cache.get(self.reader, fieldname, text).doc_set()

    def split_by_type(self, docs: set[int]) -> dict[str, set[int]]:
        """``docs`` by record type. The most frequent type (notes, mostly) is what
        remains after the others, so its long posting list is never read."""
        counted = sorted((self.reader.doc_frequency("type", t), t) for t in RECORD_TYPES)
        present = [t for frequency, t in counted if frequency]
        if not present:
            return {}
        groups = {t: docs & self.term_docs("type", t) for t in present[:-1]}
        rest = set(docs)
        for group in groups.values():
            rest -= group
        groups[present[-1]] = rest
        return groups

    def all_docs(self) -> set[int]:
        return set(range(self.reader.doc_count_all()))

    def clause(self, clause: Clause, scoring: bool) -> set[int]:
        if isinstance(clause, Word):
            return self.word(clause, scoring)
        if isinstance(clause, Phrase):
            return self.phrase(clause, scoring)
        if isinstance(clause, FieldFilter):
            if clause.prefix:
                return self._union(clause.field, self.plan.expand(clause.field, clause.value))
            return self.term_docs(clause.field, clause.value)
        if isinstance(clause, DateRange):
            return self._union("period", self.plan.period_terms(clause))
        if isinstance(clause, Not):
            return self.all_docs() - self.clause(clause.clause, scoring=False)
        if isinstance(clause, AnyOf):
            docs: set[int] = set()
            for child in clause.clauses:
                docs |= self.clause(child, scoring)
            return docs
        if isinstance(clause, Synonym):
            return self.synonym(clause, scoring)
        return self.all_of(clause, scoring)

    def synonym(self, clause: Synonym, scoring: bool) -> set[int]:
        docs = self.clause(clause.original, scoring)
        outer, outer_apart = self.factor, self.apart
        self.factor, self.apart = self.factor * SYNONYM_FACTOR, False
        try:
            found_by = [(written, self.clause(alternative, scoring)) for written, alternative in clause.alternatives]
        finally:
            self.factor, self.apart = outer, outer_apart
        for written, found in found_by:
            if scoring:
                label = f"{clause.typed} = {written}"
                for doc in found - docs:
                    self.via.setdefault(self.offset + doc, label)
            docs |= found
        return docs

    def all_of(self, clause: AllOf, scoring: bool) -> set[int]:
        """Plain words and filters first; phrases (also those of synonyms) then only
        read word positions in the documents the others left (``within``)."""
        excluded: list[Clause] = [c.clause for c in clause.clauses if isinstance(c, Not)]
        required: list[Clause] = sorted((c for c in clause.clauses if not isinstance(c, Not)),
                          key=lambda c: isinstance(c, (Phrase, Synonym, AnyOf)))
        docs: set[int] | None = None
        outer = self.within
        try:
            for child in required:
                found = self.clause(child, scoring)
                docs = found if docs is None else docs & found
                self.within = docs if outer is None else docs & outer
            if docs is None:
                docs = self.all_docs()
            for child in excluded:
                docs -= self.clause(child, scoring=False)
        finally:
            self.within = outer
        return docs

    def word(self, word: Word, scoring: bool) -> set[int]:
        docs = self._whole_word(word, scoring)
        term = None if word.prefix else analysis.term(word.text)
        if not term:
            return docs
        in_parts = self._union(PARTS_FIELD, [term])
        atoms: list[str] = []
        with_atoms: set[int] = set()
        if self.apart and len(docs) + len(in_parts) < ATOMS_BELOW:  # a rare compound: look for its parts apart
            atoms = list(compounds.atoms(word.text))
            with_atoms = self._all_atoms(atoms)
            in_parts |= with_atoms
        only_parts = in_parts - docs
        if scoring and only_parts:
            self.plan.highlight.add(term)
            if with_atoms:
                self.plan.highlight.update(atoms)
            self._add(only_parts, PART_SCORE)
        return docs | in_parts

    def _all_atoms(self, atoms: list[str]) -> set[int]:
        """Documents that hold every atom of a compound typed in the query."""
        if len(atoms) < 2:
            return set()
        docs: set[int] | None = None
        for atom in atoms:
            found = self._union(PARTS_FIELD, [atom])
            for fieldname, _ in TEXT_FIELDS:
                found |= self._union(fieldname, [atom])
            docs = found if docs is None else docs & found
            if not docs:
                break
        return docs or set()

    def _whole_word(self, word: Word, scoring: bool) -> set[int]:
        docs: set[int] = set()
        for fieldname, weight in TEXT_FIELDS:
            expansion = self.plan.word(word, fieldname)
            if expansion is None:
                continue
            if expansion.exact is not None:
                docs |= self._scored_term(fieldname, expansion.exact, weight, scoring)
            if word.prefix:  # asked for explicitly: scored like the word itself
                for text in expansion.prefixed:
                    docs |= self._scored_term(fieldname, text, weight, scoring)
                continue
            for texts, factor in ((expansion.prefixed, PREFIX_SCORE), (expansion.near, FUZZY_SCORE)):
                found = self._union(fieldname, texts)
                if scoring and found:
                    self.plan.highlight.update(texts)
                    self._add(found, weight * factor)
                docs |= found
        return docs

    def phrase(self, phrase: Phrase, scoring: bool) -> set[int]:
        words = analysis.terms(phrase.text)
        if not words:
            return set()
        if len(words) == 1:
            return self._single(words[0], scoring)
        docs: set[int] = set()
        for fieldname, weight in TEXT_FIELDS:
            if fieldname not in PHRASE_FIELDS:
                continue
            found = self._phrase_docs(fieldname, words)
            if scoring and found:
                self.plan.highlight.update(words)
                self._add(found, weight * sum(self.plan.idf(fieldname, w) for w in words))
            docs |= found
        return docs

    def _phrase_docs(self, fieldname: str, words: list[str]) -> set[int]:
        """Documents with ``words`` next to each other, in this order, in ``fieldname``;
        found in all of the segment once, a phrase is kept (``PostingCache.phrase``)."""
        file = self.cache.file_of(self.reader)
        if file is not None and file.has_positions(fieldname):
            return file.phrase_docs(fieldname, words, self.within)
        known = self.cache.phrase(self.reader, fieldname, words)
        if known is not None:
            return set(known) if self.within is None else self.within & known
        found = self._find_phrase(fieldname, words)
        if self.within is None:
            self.cache.keep_phrase(self.reader, fieldname, words, found)
        return found

    def _find_phrase(self, fieldname: str, words: list[str]) -> set[int]:
        candidates = self.term_docs(fieldname, words[0])
        if self.within is not None:
            candidates &= self.within
        for word in words[1:]:
            candidates &= self.term_docs(fieldname, word)
        if not candidates:
            return candidates
        starts = read_positions(self.reader, fieldname, words[0], candidates)
        for offset, word in enumerate(words[1:], start=1):
            positions = read_positions(self.reader, fieldname, word, set(starts))
            kept: dict[int, list[int]] = {}
            for doc, firsts in starts.items():
                here = set(positions.get(doc, ()))
                if matching := [p for p in firsts if p + offset in here]:
                    kept[doc] = matching
            starts = kept
        return set(starts)

    def _single(self, term: str, scoring: bool) -> set[int]:
        docs: set[int] = set()
        for fieldname, weight in TEXT_FIELDS:
            docs |= self._scored_term(fieldname, term, weight, scoring)
        return docs

    def _scored_term(self, fieldname: str, text: str, weight: float, scoring: bool) -> set[int]:
        postings = self.cache.get(self.reader, fieldname, text)
        if scoring and len(postings):
            self.plan.highlight.add(text)
            factor = self.factor * weight * self.plan.idf(fieldname, text) * (BM25_K1 + 1)
            tf = np.frombuffer(postings.weights, dtype=np.single).astype(np.float64)
            self.scores[np.frombuffer(postings.ids, dtype=np.uintc)] += factor * tf / (tf + BM25_K1)
        return postings.doc_set()

    def _union(self, fieldname: str, texts: Iterable[str]) -> set[int]:
        docs: set[int] = set()
        for text in texts:
            docs.update(self.cache.get(self.reader, fieldname, text).ids.tolist())
        return docs

    def _add(self, docs: set[int], score: float) -> None:
        if docs:
            self.scores[np.fromiter(docs, dtype=np.int64, count=len(docs))] += score * self.factor
