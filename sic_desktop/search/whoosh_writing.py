"""Adding a prepared document to a whoosh segment without whoosh's token pipeline.

Our text fields arrive as lists of finished terms (``whoosh_schema.whoosh_fields``).
whoosh's ``add_document`` would still wrap every term in a token object, run it
through the field's analyzer and format, and count it in dictionaries: profiling a
full build showed that to be a third of the time. ``add_document`` here makes the
same postings (term, frequency, weight, encoded positions or frequency) straight
from the lists and hands them to the same pool and per-document writer, so the
files are the same byte for byte (``tests/search/test_whoosh_writing.py`` compares).

A full build goes further (``PostingTable``): whoosh's pool keeps one tuple per
posting (five million for the 50,000-note set), sorts them all and hands them one
by one to the block writer, which was half of a rebuild. The table collects each
term's postings in arrays as documents arrive (document numbers only grow, so they
stay sorted), sorts just the terms at the end and fills whole blocks at once,
through whoosh's own block writer: the same files again.

It relies on whoosh 2.7.4's ``SegmentWriter`` (pinned exactly, no longer
developed); any field that is not a prepared term list goes through whoosh's own
``field.index``.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from typing import Any

from sic_desktop.search.whoosh_imports import (
    Existence,
    Format,
    Frequency,
    Positions,
    PostingPool,
    SegmentWriter,
    pack_uint,
)

# (field name, term bytes, document number, weight, encoded value): one entry of whoosh's pool.
_Posting = tuple[str, bytes, int, float, bytes | None]

# (term bytes, frequency, weight, encoded value) of one term in one document
Prepared = tuple[bytes, int, float, bytes]
# One term's postings while a bulk load collects them: ids, weights, non-empty values
_Entry = tuple["array[int]", "array[float]", list[bytes]]


class PostingTable:
    """The postings of a bulk load, per field and term, until they are written as
    one segment's blocks (``write``). Terms are kept as text (their UTF-8 bytes sort
    the same) and encoded once each."""

    def __init__(self) -> None:
        self._fields: dict[str, dict[str, _Entry]] = {}
        self.size = 0  # postings held

    def add_terms(self, fieldname: str, format_: Any, terms: list[str], docnum: int) -> int:
        """One document's prepared ``terms`` of a field: the postings ``_prepared``
        makes, without a tuple for each; returns the field's length as whoosh counts it."""
        table = self._field(fieldname)
        boost = format_.field_boost
        kind = type(format_)
        if kind is Positions:
            grouped = _positions_of(terms)
            for term, positions in grouped.items():
                entry = table.get(term) or _new_entry(table, term)
                entry[0].append(docnum)
                entry[1].append(len(positions) * boost)
                entry[2].append(_positions(format_, positions))
        elif kind is Existence:
            distinct = dict.fromkeys(terms)
            for term in distinct:
                entry = table.get(term) or _new_entry(table, term)
                entry[0].append(docnum)
                entry[1].append(boost)
            self.size += len(distinct)
            return len(distinct)
        elif kind is Frequency:
            counted = _counts(terms)
            for term, n in counted.items():
                entry = table.get(term) or _new_entry(table, term)
                entry[0].append(docnum)
                entry[1].append(n * boost)
                entry[2].append(_frequency(n))
            self.size += len(counted)
            return len(terms)
        else:
            raise TypeError(f"no prepared postings for {kind.__name__}")
        self.size += len(grouped)
        return len(terms)

    def add(self, fieldname: str, items: list[Prepared], docnum: int) -> None:
        """Postings made by whoosh's own ``field.index`` (an id field's value)."""
        table = self._field(fieldname)
        for tbytes, _, weight, vbytes in items:
            term = tbytes.decode("utf-8")
            entry = table.get(term) or _new_entry(table, term)
            entry[0].append(docnum)
            entry[1].append(weight)
            if vbytes:  # whoosh keeps no empty values either
                entry[2].append(vbytes)
        self.size += len(items)

    def _field(self, fieldname: str) -> dict[str, _Entry]:
        table = self._fields.get(fieldname)
        if table is None:
            table = self._fields[fieldname] = {}
        return table

    def write(self, writer: Any) -> None:
        """Write every term into ``writer``'s segment, fields and terms in order, as
        whoosh's ``add_postings`` would; then the table is empty. Blocks carry no
        field-length statistics, so the codec must keep none (``whoosh_store``)."""
        if writer.codec.length_stats:
            raise ValueError("a posting table needs a codec without length statistics")
        fieldwriter = writer.fieldwriter
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            fieldwriter.start_field(fieldname, writer.schema[fieldname])
            blocks = fieldwriter._postwriter
            limit = blocks._blocklimit
            for term in sorted(terms):
                ids, weights, values = terms[term]
                fieldwriter.start_term(term.encode("utf-8"))
                for start in range(0, len(ids), limit):
                    end = start + limit
                    blocks._ids, blocks._weights, blocks._values = ids[start:end], weights[start:end], values[start:end]
                    blocks._maxweight = max(0.0, max(blocks._weights))
                    blocks._write_block(last=end >= len(ids))
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        self._fields.clear()
        self.size = 0


def _new_entry(table: dict[str, _Entry], term: str) -> _Entry:
    entry = table[term] = (array("I"), array("f"), [])
    return entry


def add_document(writer: SegmentWriter, values: Mapping[str, Any], table: PostingTable | None = None) -> None:
    """``writer.add_document(**values)`` for a segment writer, faster for term lists;
    with a ``table``, the postings go there instead of whoosh's pool."""
    writer._check_state()
    schema = writer.schema
    per_doc = writer.perdocwriter
    docnum = writer.docnum
    postings: list[_Posting] = []
    per_doc.start_doc(docnum)
    for fieldname in sorted(values):
        value = values[fieldname]
        if value is None:
            continue
        field = schema[fieldname]
        length = 0
        if field.indexed:
            if table is not None and isinstance(value, list):
                length = table.add_terms(fieldname, field.format, value, docnum)
            else:
                items = _prepared(field.format, value) if isinstance(value, list) else list(field.index(value))
                if table is not None:
                    table.add(fieldname, items, docnum)
                else:
                    postings += [(fieldname, tbytes, docnum, weight, vbytes) for tbytes, _, weight, vbytes in items]
                length = sum(item[1] for item in items)
            if not field.scorable:
                length = 0
        per_doc.add_field(fieldname, field, value if field.stored else None, length)
        column = field.column_type
        if column:
            per_doc.add_column_value(fieldname, column, field.to_column_value(value))
    per_doc.finish_doc()
    _pool_add(writer.pool, postings)
    writer._added = True
    writer.docnum += 1


def _pool_add(pool: PostingPool, postings: list[_Posting]) -> None:
    """``pool.add`` for many postings: the same memory accounting, counted once."""
    if not postings:
        return
    pool.fieldnames.update(p[0] for p in postings)
    pool.current.extend(postings)
    # whoosh's estimate of a posting's memory (``PostingPool.add``), summed
    pool.currentsize += sum(150 + len(f) + 2 * len(t) + len(v or b"") for f, t, _, _, v in postings)
    if pool.currentsize > pool.limit:
        pool.save()

def _prepared(format_: Format, terms: list[str]) -> list[Prepared]:
    """What ``format_.word_values`` yields for ``terms``, as whoosh's ``field.index`` does."""
    boost = format_.field_boost
    if type(format_) is Positions:
        return [(t.encode("utf-8"), len(p), len(p) * boost, _positions(format_, p))
                for t, p in _positions_of(terms).items()]
    if type(format_) is Existence:
        return [(t.encode("utf-8"), 1, boost, b"") for t in dict.fromkeys(terms)]
    if type(format_) is Frequency:
        return [(t.encode("utf-8"), n, n * boost, _frequency(n)) for t, n in _counts(terms).items()]
    raise TypeError(f"no prepared postings for {type(format_).__name__}")


def _positions_of(terms: list[str]) -> dict[str, list[int]]:
    """Each distinct term with its positions in ``terms``."""
    grouped: dict[str, list[int]] = {}
    for pos, term in enumerate(terms):
        found = grouped.get(term)
        if found is None:
            grouped[term] = [pos]
        else:
            found.append(pos)
    return grouped


def _counts(terms: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for term in terms:
        counts[term] = counts.get(term, 0) + 1
    return counts


_single_positions: dict[int, bytes] = {}  # most words occur once in a field: their value, shared
_frequencies: dict[int, bytes] = {}


def _positions(format_: Any, positions: list[int]) -> bytes:
    """``format_.encode(positions)``; the value of a single position made once."""
    if len(positions) > 1:
        return format_.encode(positions)  # type: ignore[no-any-return]
    value = _single_positions.get(positions[0])
    if value is None:
        value = _single_positions[positions[0]] = format_.encode(positions)
    return value


def _frequency(n: int) -> bytes:
    value = _frequencies.get(n)
    if value is None:
        value = _frequencies[n] = pack_uint(n)
    return value
