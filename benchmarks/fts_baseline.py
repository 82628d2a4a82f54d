"""The SQLite FTS5 baseline the search benchmarks compare with: one row per search document.

unicode61 tokenizer, no stemming, no compound splitting, no synonyms: what SQLite offers
out of the box, built from the same ``SearchDocument``s as our index.
"""

from __future__ import annotations

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search import SearchDocument

FTS_COLUMNS = "ref UNINDEXED, type UNINDEXED, kind UNINDEXED, title, names, body, tags, themes, " \
              "districts UNINDEXED, sectors UNINDEXED, day UNINDEXED"
INSERT = "INSERT INTO docs (rowid, ref, type, kind, title, names, body, tags, themes, districts, sectors, day) " \
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def fts_rowid(ref: RecordRef) -> int:
    """A stable row number per record, so that a save replaces its row by key, not by a scan."""
    return (list(RecordType).index(ref.type) + 1) * 1_000_000_000 + ref.id


def fts_row(doc: SearchDocument) -> tuple:
    return (fts_rowid(doc.ref), str(doc.ref), doc.ref.type.value, doc.kind, doc.title, " · ".join(doc.names), doc.body,
            " ".join(doc.tags), " · ".join(doc.themes), " · ".join(doc.districts), " ".join(doc.sector),
            doc.date.isoformat() if doc.date else None)
