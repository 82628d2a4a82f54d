"""The decoded posting lists and the sorted lexicon of one big index segment, in a
file beside the segment's own files, memory-mapped.

Profiling the first searches after opening showed that they spend about half
their time decoding whoosh's posting blocks (a microsecond per posting) and
seeking in its lexicon file for prefixes and typos. A segment's files never
change once written, so its postings are decoded once (``write``, in the
background after a rebuild or merge) into flat arrays: a later search, even the
first one after opening, slices them instead of decoding.

The file is named after the segment (``MAIN_<id>.sicpost``), so whoosh deletes
it together with the segment when a merge or a rebuild makes it unused; it is
used only for the segment whose id and document count its header names, and
only if it is complete (``open_for``), so a stale or truncated file never
answers. Layout: ``MAGIC``, the header's length (8 bytes), the header (JSON:
segment, documents, per field its sorted terms and where they start in the
term table), then the term table (uint32: where each term's postings start,
one more for the end), the document numbers (uint32) and the term frequencies
(float32) of all postings, term after term, then for each posting where its word
positions start (uint32, one more for the end; none in fields without positions)
and the positions (uint32). Phrases are then matched on arrays (``phrase_docs``)
instead of unpickling each document's positions.
"""

from __future__ import annotations

import json
import os
from array import array
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

SUFFIX = ".sicpost"
# What ``write`` reads per term: document numbers, frequencies and, in fields with
# positions, each document's word positions (else None).
Decoded = tuple[Any, Any, "list[list[int]] | None"]
MAGIC = b"SICPOST1"
# Fields searched by the evaluator; ``ref`` and ``links`` are only looked up one term at a time.
SKIPPED_FIELDS = frozenset({"ref", "links"})
_ALIGN = 8


def path_for(folder: Path, segment_id: str) -> Path:
    return folder / f"{segment_id}{SUFFIX}"


class PostingFile:
    """One segment's posting lists and lexicon, read from a ``write``-made file."""

    def __init__(self, path: Path, segment_id: str, doc_count: int) -> None:
        data = np.memmap(path, dtype=np.uint8, mode="r").view(np.ndarray)  # plain slices: no memmap per list
        if bytes(data[:len(MAGIC)]) != MAGIC:
            raise ValueError("not a posting file")
        start = len(MAGIC) + 8
        length = int(data[len(MAGIC):start].view(np.uint64)[0])
        header = json.loads(bytes(data[start:start + length]).decode("utf-8"))
        if header["segment"] != segment_id or header["docs"] != doc_count:
            raise ValueError("posting file of another segment")
        self._terms: dict[str, list[str]] = {f: entry["terms"] for f, entry in header["fields"].items()}
        self._first: dict[str, int] = {f: entry["first"] for f, entry in header["fields"].items()}
        self._with_positions: dict[str, bool] = {f: entry["positions"] for f, entry in header["fields"].items()}
        count = sum(len(terms) for terms in self._terms.values())
        table_start = _aligned(start + length)
        table_end = table_start + 4 * (count + 1)
        self._table = data[table_start:table_end].view(np.uint32)
        postings = int(self._table[-1]) if count else 0
        sections = _sections(table_end, postings)
        self._ids = data[sections[0]:sections[0] + 4 * postings].view(np.uint32)
        self._weights = data[sections[1]:sections[1] + 4 * postings].view(np.float32)
        self._position_starts = data[sections[2]:sections[2] + 4 * (postings + 1)].view(np.uint32)
        positions = int(self._position_starts[-1]) if len(self._position_starts) == postings + 1 else -1
        if positions < 0 or len(data) != _aligned(sections[3] + 4 * positions):
            raise ValueError("posting file incomplete")
        self._positions = data[sections[3]:sections[3] + 4 * positions].view(np.uint32)

    def has_field(self, fieldname: str) -> bool:
        return fieldname in self._terms

    def has_positions(self, fieldname: str) -> bool:
        return self._with_positions.get(fieldname, False)

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and frequencies of ``text`` (empty if the segment lacks it)."""
        start, end = self._span(fieldname, text)
        return self._ids[start:end], self._weights[start:end]

    def phrase_docs(self, fieldname: str, words: list[str], candidates: set[int] | None) -> set[int]:
        """Documents (of ``candidates``, if given) holding ``words`` next to each other in
        this order: (document, position of the first word) pairs kept by every word."""
        wanted = None if candidates is None else np.fromiter(candidates, dtype=np.uint32, count=len(candidates))
        starts: np.ndarray | None = None
        for offset, word in enumerate(words):
            first, end = self._span(fieldname, word)
            chosen = np.arange(first, end) if wanted is None else np.nonzero(np.isin(self._ids[first:end], wanted))[0] + first
            begins = self._position_starts[chosen].astype(np.int64)
            counts = self._position_starts[chosen + 1].astype(np.int64) - begins
            total = int(counts.sum())
            if not total:
                return set()
            # All positions of the chosen postings in one array, each with its document.
            flat = np.repeat(begins - np.cumsum(counts) + counts, counts) + np.arange(total)
            docs = np.repeat(self._ids[chosen].astype(np.int64), counts)
            at = self._positions[flat].astype(np.int64) - offset  # where the phrase would start
            keys = (docs[at >= 0] << 32) | at[at >= 0]
            starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
            if not len(starts):
                return set()
        return set(np.unique(starts >> 32).tolist()) if starts is not None else set()

    def _span(self, fieldname: str, text: str) -> tuple[int, int]:
        terms = self._terms[fieldname]
        at = bisect_left(terms, text)
        if at == len(terms) or terms[at] != text:
            return 0, 0
        number = self._first[fieldname] + at
        return int(self._table[number]), int(self._table[number + 1])

    def terms(self, fieldname: str) -> list[str]:
        """The field's terms, sorted as whoosh sorts them (by code point)."""
        return self._terms[fieldname]



def starting_with(terms: list[str], prefix: str, limit: int) -> tuple[str, ...]:
    """Up to ``limit`` of the sorted ``terms`` that start with ``prefix``, in order."""
    at = bisect_left(terms, prefix)
    found = []
    for text in terms[at:at + limit]:
        if not text.startswith(prefix):
            break
        found.append(text)
    return tuple(found)


class SortedTerms:
    """A cursor over a sorted term list, as whoosh's DFA walk (``Automata.find_matches``)
    uses the lexicon's cursor: the same typo candidates, without reading the file."""

    def __init__(self, terms: list[str]) -> None:
        self._terms = terms
        self._at = 0

    def text(self) -> str | None:
        return self._terms[self._at] if self._at < len(self._terms) else None

    def find(self, text: str) -> None:
        self._at = bisect_left(self._terms, text)


def open_for(folder: Path, segment_id: str, doc_count: int) -> PostingFile | None:
    """The segment's posting file, or None if there is none or it is not that segment's
    complete file (a damaged one is removed, so that the next warm-up writes it anew)."""
    path = path_for(folder, segment_id)
    if not path.is_file():
        return None
    try:
        return PostingFile(path, segment_id, doc_count)
    except (ValueError, KeyError, TypeError, OSError):
        path.unlink(missing_ok=True)
        return None


def write(folder: Path, segment_id: str, doc_count: int, fields: dict[str, tuple[list[str], bool]],
          read: Callable[[str, str, bool], Decoded | None]) -> bool:
    """Decode every posting list of ``fields`` (field → its terms, sorted, and whether
    it has word positions) with ``read(field, term, positions)`` and write the file;
    False if ``read`` answered None (to stop: nothing is written then).

    Written under a temporary name that neither whoosh nor the commit's file list
    counts as the segment's (it starts with a dot), then renamed into place.
    """
    table = [0]
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    position_counts: list[np.ndarray] = []
    positions = array("I")
    header: dict[str, Any] = {"segment": segment_id, "docs": doc_count, "fields": {}}
    first = 0
    for fieldname, (terms, with_positions) in fields.items():
        header["fields"][fieldname] = {"first": first, "terms": terms, "positions": with_positions}
        first += len(terms)
        for text in terms:
            found = read(fieldname, text, with_positions)
            if found is None:
                return False
            doc_ids, frequencies, per_doc = found
            ids.append(np.asarray(doc_ids, dtype=np.uint32))
            weights.append(np.asarray(frequencies, dtype=np.float32))
            table.append(table[-1] + len(doc_ids))
            counts = np.zeros(len(doc_ids), dtype=np.uint32)
            for number, doc_positions in enumerate(per_doc or ()):
                counts[number] = len(doc_positions)
                positions.extend(doc_positions)
            position_counts.append(counts)
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    position_starts = np.concatenate([np.zeros(1, dtype=np.uint64),
                                      np.cumsum(_joined(position_counts, np.uint32), dtype=np.uint64)])
    arrays = [np.asarray(table, dtype=np.uint32), _joined(ids, np.uint32), _joined(weights, np.float32),
              position_starts.astype(np.uint32), np.frombuffer(positions, dtype=np.uint32)]
    temporary = folder / f".{segment_id}{SUFFIX}.tmp"
    try:
        with open(temporary, "wb") as out:
            out.write(_padded(MAGIC + np.uint64(len(encoded)).tobytes() + encoded))
            for part in arrays:
                out.write(_padded(part.tobytes()))
        os.replace(temporary, path_for(folder, segment_id))
    finally:
        temporary.unlink(missing_ok=True)
    return True


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)


def _padded(chunk: bytes) -> bytes:
    return chunk + b"\0" * (_aligned(len(chunk)) - len(chunk))


def _sections(table_end: int, postings: int) -> tuple[int, int, int, int]:
    """Where the document numbers, frequencies, position starts and positions begin."""
    ids = _aligned(table_end)
    weights = _aligned(ids + 4 * postings)
    position_starts = _aligned(weights + 4 * postings)
    return ids, weights, position_starts, _aligned(position_starts + 4 * (postings + 1))


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN
