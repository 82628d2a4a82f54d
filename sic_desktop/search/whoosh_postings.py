"""Posting lists read once and kept decoded, per index segment.

Profiling showed that whoosh spends about a microsecond per posting decoding
its blocks, and that its matcher trees walk the same postings several times per
query. So the evaluator reads each posting list of a segment once into two
arrays (document numbers, term frequencies) and keeps the most recently used
lists here, within a budget. Segment files never change once written, so an
entry stays valid for the segment's life; deletions are applied by the caller.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Collection
from itertools import accumulate, islice
from pathlib import Path
from pickle import loads
from typing import Any

import numpy as np

from sic_desktop.search import posting_file
from sic_desktop.search.posting_file import PostingFile, SortedTerms
from sic_desktop.search.whoosh_imports import (
    Automata,
    Positions,
    Reader,
    TermNotFound,
    W3LeafMatcher,
    WrappingMatcher,
    pack_uint,
)

# Postings (8 bytes each): about 50 MB, for segments without a posting file.
DEFAULT_BUDGET = 6_000_000
PREFIX_ENTRIES = 50_000
# Documents of phrases: reading word positions is what phrases cost (a synonym such as
# „betriebliches Engagement“ checks 13,000 notes); search as you type asks again and again.
PHRASE_DOCS = 500_000
SMALL_SEGMENT = 1_000  # documents; the whole lexicon of a smaller one is read at once for typos


class Postings:
    """Document numbers (segment-local, ascending) and frequencies of one term:
    arrays decoded here or slices of a segment's posting file."""

    __slots__ = ("ids", "weights")

    def __init__(self, ids: array[int] | np.ndarray, weights: array[float] | np.ndarray) -> None:
        self.ids = ids
        self.weights = weights

    def __len__(self) -> int:
        return len(self.ids)

    def doc_set(self) -> set[int]:
        return set(self.ids.tolist())


EMPTY = Postings(array("I"), array("f"))
_COUNT_SIZE = len(pack_uint(0))  # the number of positions before them in a value


def _raw_matcher(leaf: Reader, fieldname: str, text: str) -> Any:  # a whoosh matcher
    """whoosh's matcher for a term, without its deletion filter (callers apply it)."""
    try:
        matcher = leaf.postings(fieldname, text)
    except TermNotFound:
        return None
    return matcher.child if isinstance(matcher, WrappingMatcher) else matcher


def read_postings(leaf: Reader, fieldname: str, text: str) -> Postings:
    """All postings of ``text`` in ``fieldname`` of one segment, deleted ones included."""
    matcher = _raw_matcher(leaf, fieldname, text)
    if matcher is None:
        return EMPTY
    ids, weights = array("I"), array("f")
    if isinstance(matcher, W3LeafMatcher):
        # Whole blocks at once (whoosh 2.7.4's W3 codec, pinned exactly and no longer
        # developed); test_postings.py checks this against the public interface.
        # A block holds (id deltas, weights, values): the deltas are summed up in C
        # (``accumulate``), not in whoosh's generator, the first searches after opening
        # spent a third of their time there.
        while matcher.is_active():
            matcher._read_data()
            deltas, block_weights = matcher._data[0], matcher._data[1]
            ids.extend(accumulate(deltas))
            if block_weights is None or isinstance(block_weights, float):  # all equal: stored once
                weights.extend(array("f", (1.0 if block_weights is None else block_weights,)) * len(deltas))
            else:
                weights.extend(block_weights)
            matcher._next_block()
        return Postings(ids, weights)
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return Postings(ids, weights)


def read_positions(leaf: Reader, fieldname: str, text: str, docs: Collection[int]) -> dict[int, list[int]]:
    """Word positions of ``text`` in each of ``docs`` (for phrases); blocks that
    hold none of ``docs`` are skipped without decoding."""
    matcher = _raw_matcher(leaf, fieldname, text)
    if matcher is None:
        return {}
    format_ = leaf.schema[fieldname].format
    decode = _decode_positions if type(format_) is Positions else format_.decode_positions
    found: dict[int, list[int]] = {}
    if not isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher.id() in docs:
                found[matcher.id()] = decode(matcher.value())
            matcher.next()
        return found
    wanted = sorted(docs)
    block_start = 0
    while matcher.is_active():
        block_end = matcher.block_max_id()
        if bisect_left(wanted, block_start) < bisect_right(wanted, block_end):
            matcher._read_data()
            matcher._read_values()
            for doc, value in zip(accumulate(matcher._data[0]), matcher._values, strict=False):
                if doc in docs:
                    found[doc] = decode(value)
        block_start = block_end + 1
        matcher._next_block()
    return found


def _decode_positions(value: bytes) -> list[int]:
    """``Positions.decode_positions``: a count, then the pickled position deltas (whoosh
    drops the pickle's final „.“ when storing), summed up in C."""
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(loads(value[_COUNT_SIZE:])))  # noqa: S301 — the index's own data, as whoosh reads it


class PostingCache:
    """The posting lists, prefixes and typo candidates of the index's segments: from a
    segment's posting file where it has one (``posting_file``), else decoded and kept
    in a least-recently-used store bounded by postings, with the terms that start
    with a prefix (a lexicon seek per segment and field costs about a millisecond;
    a query with synonyms asks for dozens); also the documents that hold a phrase
    and the terms near a mistyped word."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self.folder: Path | None = None  # of the open index, where posting files lie
        self._files: dict[str, PostingFile | None] = {}
        self._lexicons: dict[tuple[str, str], list[str]] = {}  # of small segments, read once
        self._lists: OrderedDict[tuple[str, str, str], Postings] = OrderedDict()
        self._size = 0
        self._prefixes: OrderedDict[tuple[str, str, str], tuple[str, ...]] = OrderedDict()
        self._phrases: OrderedDict[tuple[str, str, tuple[str, ...]], frozenset[int]] = OrderedDict()
        self._phrase_size = 0
        self._near: OrderedDict[tuple[object, ...], dict[str, int]] = OrderedDict()

    def use_folder(self, folder: Path | None) -> None:
        """Follow the index into ``folder`` (None: closed); posting files of another one are let go."""
        if folder != self.folder:
            self.folder = folder
            self.release_files()

    def release_files(self) -> None:
        """Let go of all posting files (opened again when next needed)."""
        self._files.clear()
        self._lexicons.clear()

    def keep_files_of(self, reader: Reader) -> None:
        """Let go of posting files of segments the index no longer has (merged away)."""
        current = {leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()}
        for segment_id in [s for s in self._files if s not in current]:
            del self._files[segment_id]
        for key in [k for k in self._lexicons if k[0] not in current]:
            del self._lexicons[key]

    def sorted_terms(self, leaf: Reader, fieldname: str) -> list[str] | None:
        """All terms of a segment's field, sorted: from its posting file, or read once from
        a small segment's lexicon; None for a big segment without a file yet (its lexicon
        is read piecewise by whoosh instead)."""
        file = self.file_of(leaf)
        if file is not None and file.has_field(fieldname):
            return file.terms(fieldname)
        if leaf.doc_count_all() >= SMALL_SEGMENT:
            return None
        key = (leaf.segment().segment_id(), fieldname)
        found = self._lexicons.get(key)
        if found is None:
            found = self._lexicons[key] = [b.decode("utf-8") for b in leaf.lexicon(fieldname)]
        return found

    def file_of(self, leaf: Reader) -> PostingFile | None:
        """The posting file of ``leaf``'s segment, if it has a complete one."""
        segment_id = leaf.segment().segment_id()
        if segment_id not in self._files:
            self._files[segment_id] = (None if self.folder is None
                                       else posting_file.open_for(self.folder, segment_id, leaf.doc_count_all()))
        return self._files[segment_id]

    def missing_files(self, reader: Reader) -> list[Reader]:
        """Segments that have no posting file yet, the smallest (quickest) first. Every segment gets
        one: a segment of a few saves costs next to nothing to write, and whoosh's per-term overhead
        makes each of them cost the first searches milliseconds."""
        return sorted((leaf for leaf, _ in reader.leaf_readers() if self.file_of(leaf) is None),
                      key=lambda leaf: leaf.doc_count_all())

    def write_file(self, leaf: Reader, stop: Callable[[], bool], lock: Any) -> bool:
        """Write the posting file of ``leaf``'s segment, taking ``lock`` for each list
        read, so searches go on meanwhile; ``stop()``, asked under the lock, ends it
        early (the index changed, the program ends): False then."""
        folder, segment_id = self.folder, leaf.segment().segment_id()
        with lock:
            if folder is None or stop():
                return False
            fields = {name: ([b.decode("utf-8") for b in leaf.lexicon(name)],
                             leaf.schema[name].format.supports("positions"))
                      for name in leaf.indexed_field_names() if name not in posting_file.SKIPPED_FIELDS}

        def read(fieldname: str, text: str, with_positions: bool) -> posting_file.Decoded | None:
            with lock:
                if stop():
                    return None
                found = read_postings(leaf, fieldname, text)
                if not with_positions:
                    return found.ids, found.weights, None
                positions = read_positions(leaf, fieldname, text, set(found.ids))
            return found.ids, found.weights, [positions[doc] for doc in found.ids]

        if not posting_file.write(folder, segment_id, leaf.doc_count_all(), fields, read):
            return False
        self._files.pop(segment_id, None)
        return self.file_of(leaf) is not None

    def terms_within(self, reader: Reader, fieldname: str, term: str, distance: int, prefix: int) -> set[str]:
        """Terms of all segments within ``distance`` (Levenshtein) of ``term`` sharing its
        first ``prefix`` letters: whoosh's automaton, built once, walks each segment's
        sorted terms (``sorted_terms``), else the segment's lexicon file."""
        found: set[str] = set()
        dfa = None
        for leaf, _ in reader.leaf_readers():
            terms = self.sorted_terms(leaf, fieldname)
            if terms is not None:
                dfa = dfa or Automata.levenshtein_dfa(term, distance, prefix)
                found.update(Automata.find_matches(dfa, SortedTerms(terms)))
            else:
                found.update(leaf.terms_within(fieldname, term, distance, prefix=prefix))
        return found

    def near(self, reader: Any, question: tuple[object, ...], find: Callable[[], dict[str, int]]) -> dict[str, int]:
        """``find()``, the terms near a typed one, kept per ``question`` for the same segments."""
        key = (tuple(leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()), *question)
        found = self._near.get(key)
        if found is None:
            found = self._near[key] = find()
            if len(self._near) > PREFIX_ENTRIES:
                self._near.popitem(last=False)
        else:
            self._near.move_to_end(key)
        return found

    def phrase(self, leaf: Any, fieldname: str, words: list[str]) -> frozenset[int] | None:
        """The documents of one segment that hold ``words`` as a phrase, if known."""
        key = (leaf.segment().segment_id(), fieldname, tuple(words))
        found = self._phrases.get(key)
        if found is not None:
            self._phrases.move_to_end(key)
        return found

    def keep_phrase(self, leaf: Any, fieldname: str, words: list[str], docs: set[int]) -> None:
        """Remember the documents found for a phrase in all of a segment."""
        if len(docs) > PHRASE_DOCS // 4:
            return
        self._phrases[(leaf.segment().segment_id(), fieldname, tuple(words))] = frozenset(docs)
        self._phrase_size += len(docs)
        while self._phrase_size > PHRASE_DOCS:
            _, dropped = self._phrases.popitem(last=False)
            self._phrase_size -= len(dropped)

    def prefixed(self, leaf: Reader, fieldname: str, prefix: str, limit: int) -> tuple[str, ...]:
        """Up to ``limit`` terms of one segment's field that start with ``prefix``."""
        file = self.file_of(leaf)
        if file is not None and file.has_field(fieldname):
            return posting_file.starting_with(file.terms(fieldname), prefix, limit)
        key = (leaf.segment().segment_id(), fieldname, prefix)
        found = self._prefixes.get(key)
        if found is not None:
            self._prefixes.move_to_end(key)
            return found
        found = tuple(b.decode("utf-8") for b in islice(leaf.expand_prefix(fieldname, prefix), limit))
        self._prefixes[key] = found
        if len(self._prefixes) > PREFIX_ENTRIES:
            self._prefixes.popitem(last=False)
        return found

    def get(self, leaf: Reader, fieldname: str, text: str) -> Postings:
        file = self.file_of(leaf)
        if file is not None and file.has_field(fieldname):
            return Postings(*file.postings(fieldname, text))
        key = (leaf.segment().segment_id(), fieldname, text)
        found = self._lists.get(key)
        if found is not None:
            self._lists.move_to_end(key)
            return found
        found = read_postings(leaf, fieldname, text)
        self._lists[key] = found
        self._size += len(found)
        while self._size > self.budget and len(self._lists) > 1:
            _, dropped = self._lists.popitem(last=False)
            self._size -= len(dropped)
        return found

    @property
    def size(self) -> int:
        """Postings held now."""
        return self._size
