"""Creating, checking and writing one whoosh index folder.

Writer settings, chosen by measurement (``benchmarks/search_engine.py``):

- a single process (never ``procs>1``: worker processes misbehave in a frozen
  Windows program and in locked-down environments), a lock wait with timeout;
- a full build collects the postings in a ``PostingTable`` and writes them as one
  segment when about ``BULK_POSTINGS`` have come together (the 57,000 documents of
  the 50,000-note set make one segment of 5 million, about 150 MB while building):
  fewer segments mean fewer look-ups per search word;
- plain files per segment, no compound file: whoosh copies each part of a
  compound file into memory when a searcher opens it, which cost the first
  search after every save about 20 ms on 50,000 notes;
- no field-length statistics per posting block (``length_stats``): they serve
  whoosh's own BM25F block skipping, which ``whoosh_eval`` does not use, and
  reading every length back while writing cost a fifth of a full build.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import posting_file
from sic_desktop.search.search_document import SearchDocument
from sic_desktop.search.search_errors import SearchIndexLockedError, disk_errors
from sic_desktop.search.whoosh_imports import LockError, Searcher, SegmentWriter, W3Codec, index
from sic_desktop.search.whoosh_refs import stored_ref
from sic_desktop.search.whoosh_schema import build_schema, whoosh_fields
from sic_desktop.search.whoosh_storage import ClosingStorage
from sic_desktop.search.whoosh_writing import PostingTable, add_document

BULK_POSTINGS = 8_000_000
BULK_LIMIT_MB = 256
UPDATE_LIMIT_MB = 32


def create(path: Path) -> index.FileIndex:
    path.mkdir(parents=True, exist_ok=True)
    return ClosingStorage(path).create_index(build_schema())


def open_index(path: Path) -> index.FileIndex:
    """The index in ``path``, on a storage that closes what a failed open left open (``whoosh_storage``)."""
    storage = ClosingStorage(path)
    with storage.closing_on_failure():
        return storage.open_index()


def searcher(ix: index.FileIndex) -> Searcher:
    """A searcher over all segments; if one is damaged, the files already opened are closed first."""
    with ix.storage.closing_on_failure():
        return ix.searcher()


def probe(path: Path) -> int:
    """Open the index at ``path`` and read a sample of every segment (the first
    term of each field, the first and last stored document); return its commit
    number.

    Raises whatever the damage causes (a missing or unreadable file, a broken
    table of contents). Opening alone would not notice: whoosh reads segment
    files lazily. Truncation elsewhere is caught by the file sizes in the marker.
    """
    ix = open_index(path)
    try:
        with ix.storage.closing_on_failure(), ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                for fieldname in leaf.indexed_field_names():
                    for term in leaf.lexicon(fieldname):
                        leaf.postings(fieldname, term).all_ids()
                        break
                count = leaf.doc_count_all()
                for docnum in {0, count - 1} if count else ():  # an empty data folder has none
                    leaf.stored_fields(docnum)
        return int(ix.latest_generation())
    finally:
        ix.close()


def committed_files(ix: index.FileIndex) -> dict[str, int]:
    """Name and size of every file the index's last commit consists of.

    Recorded in the marker, this detects a truncated or missing file cheaply at
    start (segment files never change once written). Leftover files of earlier
    commits (still open elsewhere on Windows) are not part of it.
    """
    toc = index.TOC.read(ix.storage, ix.indexname)
    names = [f"_{ix.indexname}_{toc.generation}.toc"]
    for segment in toc.segments:  # a posting file comes later, or not at all (see ``posting_file``)
        names += [n for n in segment.list_files(ix.storage) if not n.endswith(posting_file.SUFFIX)]
    return {name: ix.storage.file_length(name) for name in names}


def _codec() -> W3Codec:
    codec = W3Codec()
    codec.length_stats = False  # an instance setting: the index files still name whoosh's own class
    return codec


def _writer(ix: index.FileIndex, timeout: float, limitmb: int) -> SegmentWriter:
    try:
        return ix.writer(procs=1, timeout=timeout, limitmb=limitmb, compound=False, codec=_codec())
    except LockError as error:
        raise SearchIndexLockedError() from error


def apply_changes(ix: index.FileIndex, docs: Iterable[SearchDocument],
                  deleted_refs: Iterable[RecordRef], *, timeout: float) -> None:
    """Replace or add ``docs`` and delete ``deleted_refs`` in one commit.

    One searcher finds every old version (``update_document`` would open a reader
    over all segments per document: most of the time of renewing 70 documents).
    """
    writer = _writer(ix, timeout, UPDATE_LIMIT_MB)
    try:
        with writer.searcher() as searcher:
            for ref in dict.fromkeys([*deleted_refs, *(doc.ref for doc in docs)]):
                writer.delete_by_term("ref", stored_ref(ref), searcher=searcher)
        for doc in docs:
            add_document(writer, whoosh_fields(doc))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def bulk_load(ix: index.FileIndex, docs: Iterable[SearchDocument], *,
              timeout: float) -> Iterator[int]:
    """Add ``docs`` to an empty index, yielding the running count after each one.

    Raises ValueError if a ref comes twice (the caller's snapshot is wrong).
    """
    seen: set[RecordRef] = set()
    table = PostingTable()
    writer = _writer(ix, timeout, BULK_LIMIT_MB)
    try:
        for count, doc in enumerate(docs, 1):
            if doc.ref in seen:
                raise ValueError(f"document {doc.ref} given twice")
            seen.add(doc.ref)
            with disk_errors():
                add_document(writer, whoosh_fields(doc), table)
                if table.size >= BULK_POSTINGS:
                    table.write(writer)
                    writer.commit(merge=False)
                    writer = _writer(ix, timeout, BULK_LIMIT_MB)
            yield count
        with disk_errors():
            table.write(writer)
    except BaseException:
        writer.cancel()
        raise
    with disk_errors():
        writer.commit(merge=False)


def merge_segments(ix: index.FileIndex, *, timeout: float) -> None:
    """Merge all segments into one, which also drops deleted documents for good."""
    writer = _writer(ix, timeout, BULK_LIMIT_MB)
    writer.commit(optimize=True)


def remove_unused_files(ix: index.FileIndex) -> None:
    """Delete files of earlier commits. whoosh tries this at each commit, but on
    Windows a file still open in a searcher survives that attempt."""
    toc = index.TOC.read(ix.storage, ix.indexname)
    index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)


def verify(path: Path) -> None:
    """Read every posting list and every stored document of the index at ``path``.

    Raises whatever damaged bytes cause (a zlib error, a broken pickle). Unlike
    ``probe`` this reads the whole index: for ``sic-desktop check`` and to tell
    damage from a bug after a failed search, not for every start.
    """
    ix = open_index(path)
    try:
        with ix.storage.closing_on_failure(), ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                for fieldname in leaf.indexed_field_names():
                    for term in leaf.lexicon(fieldname):
                        matcher = leaf.postings(fieldname, term)
                        while matcher.is_active():
                            matcher.weight()
                            matcher.next()
                for docnum in range(leaf.doc_count_all()):
                    leaf.stored_fields(docnum)
    finally:
        ix.close()
