"""Adding a prepared document to a whoosh segment without whoosh's token pipeline.

Our text fields arrive as lists of finished terms (``whoosh_schema.whoosh_fields``).
whoosh's ``add_document`` would still wrap every term in a token object, run it
through the field's analyzer and format, and count it in dictionaries: profiling a
full build showed that to be a third of the time. ``add_document`` here makes the
same postings (term, frequency, weight, encoded positions or frequency) straight
from the lists and hands them to the same pool and per-document writer, so the
files are the same byte for byte (``tests/search/test_whoosh_writing.py`` compares).

It relies on whoosh 2.7.4's ``SegmentWriter`` (pinned exactly, no longer
developed); any field that is not a prepared term list goes through whoosh's own
``field.index``.
"""

from __future__ import annotations

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


def add_document(writer: SegmentWriter, values: Mapping[str, Any]) -> None:
    """``writer.add_document(**values)`` for a segment writer, faster for term lists."""
    writer._check_state()
    schema = writer.schema
    per_doc = writer.perdocwriter
    pool = writer.pool
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
            if isinstance(value, list):
                items = _prepared(field.format, value)
            else:
                items = field.index(value)
            for tbytes, freq, weight, vbytes in items:
                length += freq
                postings.append((fieldname, tbytes, docnum, weight, vbytes))
            if not field.scorable:
                length = 0
        per_doc.add_field(fieldname, field, value if field.stored else None, length)
        column = field.column_type
        if column:
            per_doc.add_column_value(fieldname, column, field.to_column_value(value))
    per_doc.finish_doc()
    _pool_add(pool, postings)
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

def _prepared(format_: Format, terms: list[str]) -> list[tuple[bytes, int, float, bytes]]:
    """What ``format_.word_values`` yields for ``terms``, as whoosh's ``field.index`` does."""
    boost = format_.field_boost
    if type(format_) is Positions:
        positions: dict[str, list[int]] = {}
        for pos, term in enumerate(terms):
            positions.setdefault(term, []).append(pos)
        encode = format_.encode
        return [(t.encode("utf-8"), len(p), len(p) * boost, encode(p)) for t, p in positions.items()]
    if type(format_) is Existence:
        return [(t.encode("utf-8"), 1, boost, b"") for t in dict.fromkeys(terms)]
    if type(format_) is Frequency:
        counts: dict[str, int] = {}
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
        return [(t.encode("utf-8"), n, n * boost, pack_uint(n)) for t, n in counts.items()]
    raise TypeError(f"no prepared postings for {type(format_).__name__}")
