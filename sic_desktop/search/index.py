"""``SearchIndex``: the full-text index of all records, a rebuildable cache of SQLite.

How it stays consistent with the database (the core owns the *data generation*,
an integer it increments with every committed write):

- after each commit ``SearchService`` (``service.py``) calls ``update(docs, deleted_refs, generation)``;
  the index applies it and records the generation in its marker, only if it held
  every change before it (else it stays marked stale);
- at start the service asks ``status(expected_generation)``; anything but FRESH
  (stale, missing, broken: a crash mid-commit, a deleted folder, a locked file)
  calls for ``rebuild()``, which builds a new folder in the background while
  searches keep using the old one, then swaps the marker atomically;
- changes that arrive during a rebuild are applied to the old index at once
  (deleted records vanish from results) and replayed onto the new one before
  the swap.

Thread use: any thread may call any method; one lock serialises them (searches
wait for at most one commit). ``rebuild()`` does its long part outside that lock.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search import index_files, whoosh_store
from sic_desktop.search.index_files import IndexMarker, MarkerBrokenError
from sic_desktop.search.index_state import IndexState, IndexStatus, RebuildProgress
from sic_desktop.search.query_parser import ParsedQuery, parse_query
from sic_desktop.search.results import SearchResults
from sic_desktop.search.search_document import SearchDocument
from sic_desktop.search.search_errors import SearchUnavailableError, disk_errors, refuse_long_query
from sic_desktop.search.whoosh_imports import Index, Searcher
from sic_desktop.search.whoosh_postings import PostingCache
from sic_desktop.search.whoosh_refs import stored_types
from sic_desktop.search.whoosh_schema import SCHEMA_VERSION
from sic_desktop.search.whoosh_search import (
    correction,
    count_types,
    find_refs_linking,
    search_results,
)

log = logging.getLogger(__name__)

DEFAULT_LOCK_TIMEOUT = 10.0
PROGRESS_EVERY = 250


@dataclass(frozen=True)
class _Change:
    docs: tuple[SearchDocument, ...]
    deleted_refs: tuple[RecordRef, ...]
    base_generation: int
    generation: int


class SearchIndex:
    """The search index in ``folder`` (e.g. ``<data folder>/search``).

    Constructing it never fails and touches no files; ``status()`` says whether
    it can be used, ``rebuild()`` creates it.
    """

    def __init__(self, folder: Path | str, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT):
        self.root = Path(folder)
        self.lock_timeout = lock_timeout
        self._mutex = threading.RLock()
        self._ix = None
        self._marker: IndexMarker | None = None
        self._signature: tuple[int, int, int] | None = None
        self._searcher = None
        self._pending: list[_Change] | None = None  # a list while a rebuild runs
        self._postings = PostingCache()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------

    def status(self, expected_generation: int) -> IndexStatus:
        """Whether the index on disk matches data generation ``expected_generation``."""
        with self._mutex:
            try:
                marker = index_files.read_marker(self.root)
            except MarkerBrokenError as error:
                return IndexStatus(IndexState.BROKEN, None, f"marker: {error}")
            if marker is None:
                return IndexStatus(IndexState.MISSING, None, "no marker")
            path = self.root / marker.folder
            if not path.is_dir():
                return IndexStatus(IndexState.MISSING, None, f"{marker.folder} is gone")
            if marker.schema != SCHEMA_VERSION:
                return IndexStatus(IndexState.STALE, None, f"schema {marker.schema}")
            if marker.damaged:
                return IndexStatus(IndexState.BROKEN, None, "a search failed on it")
            try:
                commit = whoosh_store.probe(path)
            except Exception as error:  # noqa: BLE001 — any damage at all means: rebuild
                return IndexStatus(IndexState.BROKEN, None, f"{type(error).__name__}: {error}")
            if commit != marker.commit:
                return IndexStatus(IndexState.STALE, None,
                                   f"commit {commit} after marker {marker.commit}")
            if damage := index_files.damaged_file(path, marker):
                return IndexStatus(IndexState.BROKEN, None, damage)
            if marker.generation != expected_generation:
                return IndexStatus(IndexState.STALE, marker.generation,
                                   f"generation {marker.generation} != {expected_generation}")
            return IndexStatus(IndexState.FRESH, marker.generation)

    def doc_count(self) -> int:
        """Number of indexed records (0 without a usable index)."""
        with self._mutex:
            try:
                return int(self._current_searcher().doc_count())
            except SearchUnavailableError:
                return 0

    def close(self) -> None:
        """Release all files (needed on Windows before they can be removed)."""
        with self._mutex:
            self._close_index()

    # -- writing ---------------------------------------------------------------

    def update(self, docs: Iterable[SearchDocument], deleted_refs: Iterable[RecordRef],
               generation: int, *, base_generation: int | None = None) -> None:
        """Apply one committed change of the database: ``docs`` added or changed,
        ``deleted_refs`` removed, bringing the data from ``base_generation``
        (default ``generation - 1``) to ``generation``.

        Without a usable index this does nothing (``status()`` then asks for a
        rebuild). Raises SearchIndexLockedError after ``lock_timeout`` seconds of
        waiting for another writer, SearchIndexWriteError if the disk refuses.
        """
        base = generation - 1 if base_generation is None else base_generation
        change = _Change(tuple(docs), tuple(deleted_refs), base, generation)
        with self._mutex:
            if self._pending is not None:
                self._pending.append(change)
        with self._write_lock(), self._mutex:
            self._refresh_from_disk()
            if self._ix is None or self._marker is None:
                return
            self._marker = self._apply(self._ix, self._marker, [change])
            self._publish(self._marker)

    def refresh(self, docs: Iterable[SearchDocument], deleted_refs: Iterable[RecordRef]) -> None:
        """Replace ``docs`` and delete ``deleted_refs`` without a change of the data
        generation: a repair of documents, e.g. before an erasure is merged away.

        The caller makes sure ``docs`` are what the database holds now and that no
        commit is applied meanwhile; nothing is replayed onto a running rebuild.
        """
        docs, deleted_refs = tuple(docs), tuple(deleted_refs)
        with self._write_lock(), self._mutex:
            self._refresh_from_disk()
            if self._ix is None or self._marker is None or not (docs or deleted_refs):
                return
            with disk_errors():
                whoosh_store.apply_changes(self._ix, docs, deleted_refs, timeout=self.lock_timeout)
            self._publish(_committed(self._marker, self._ix))

    def rebuild(self, docs: Iterable[SearchDocument], generation: int | Callable[[], int], *,
                total: int | None = None) -> Iterator[RebuildProgress]:
        """Build the index anew from ``docs``, the records at data generation
        ``generation`` (one consistent read of the database), yielding progress.

        ``generation`` may be a function, asked once ``docs`` is exhausted: a
        caller that opens its database snapshot lazily, when the first document
        is pulled, learns the generation only then; changes committed after the
        snapshot are already being collected for replay at that point.

        Nothing happens until the generator is iterated; closing it early
        (``gen.close()``) cancels the build and leaves the old index in place.
        Run it on a worker thread; searches keep using the old index until the
        new one is complete. ``total`` only serves the progress display.
        """
        with self._mutex:
            if self._pending is not None:
                raise RuntimeError("a rebuild of this index is already running")
            self._pending = []
        try:
            yield from self._build_and_swap(docs, generation, total)
        finally:
            with self._mutex:
                self._pending = None

    def optimize(self) -> None:
        """Merge all segments: deleted records are then gone from the files too
        (whoosh keeps them until a merge), which erasure under the DSGVO needs.

        Takes about as long as a rebuild; run it on a worker thread. Searches go
        on meanwhile; updates wait for it (``lock_timeout``). On Windows, files
        another window still reads are removed by a later commit.
        """
        with self._write_lock():
            with self._mutex:
                self._refresh_from_disk()
                ix, marker = self._ix, self._marker
            if ix is None or marker is None:
                return
            with disk_errors():
                whoosh_store.merge_segments(ix, timeout=self.lock_timeout)
            with self._mutex:
                self._close_searcher()  # let go of the merged-away files, then delete them
                with disk_errors():
                    whoosh_store.remove_unused_files(ix)
                self._publish(_committed(marker, ix))

    # -- reading ---------------------------------------------------------------

    def search(self, query: str | ParsedQuery, *, types: Collection[RecordType] | None = None,
               limit: int = 100) -> SearchResults:
        """Find records for ``query`` in the query language (see ``help_text``).

        ``types`` restricts the hits to record types (tabs in the window);
        raises SearchUnavailableError while there is no usable index.
        """
        if isinstance(query, str):
            refuse_long_query(query)
        parsed = parse_query(query) if isinstance(query, str) else query
        with self._mutex:
            try:
                searcher = self._current_searcher()
                if searcher.doc_count_all() == 0:  # an empty data folder: nothing to find, nothing wrong
                    return SearchResults(parsed)
                return search_results(searcher, self._postings, parsed, types=stored_types(types), limit=limit)
            except SicError:
                raise
            except Exception as error:
                if self._report_damage():  # unusable until rebuilt
                    raise SearchUnavailableError() from error
                raise

    def refs_linking(self, refs: Collection[RecordRef]) -> set[RecordRef]:
        """Documents that show the names of ``refs`` (see ``SearchDocument.links``);
        empty without a usable index."""
        with self._mutex:
            try:
                return find_refs_linking(self._current_searcher(), refs)
            except SearchUnavailableError:
                return set()

    def counts_by_type(self) -> dict[RecordType, int]:
        """Indexed records per type (deleted ones not counted); empty without an index."""
        with self._mutex:
            try:
                return count_types(self._current_searcher())
            except SearchUnavailableError:
                return {}

    def warm(self, *, stop: Callable[[], bool] = lambda: False) -> int:
        """Write the posting file of each big segment that has none yet (``posting_file``),
        so that the first searches after this and every later opening are as quick as
        later ones; returns how many files were written.

        Meant for a background thread after start or a rebuild: it takes the lock one
        posting list at a time, so searches meanwhile wait for one list at most and
        decode what they need themselves; ``stop()`` ends it early (nothing is kept).
        """
        with self._mutex:
            try:
                searcher = self._current_searcher()
            except SearchUnavailableError:
                return 0
            missing = self._postings.missing_files(searcher.reader())
        written = 0

        def changed() -> bool:  # the index changed meanwhile: the next warm-up writes it
            return stop() or self._searcher is not searcher

        for leaf in missing:
            try:
                if not self._postings.write_file(leaf, changed, self._mutex):
                    break
            except OSError as error:  # a full disk: searches decode the postings themselves, as before
                log.warning("posting file not written (%s)", error)
                break
            written += 1
        return written

    def suggest(self, query: str | ParsedQuery) -> str | None:
        """A corrected query that finds something („Meinten Sie …?“), or None."""
        parsed = parse_query(query) if isinstance(query, str) else query
        with self._mutex:
            searcher = self._current_searcher()
            return correction(searcher, self._postings, parsed) if searcher.doc_count_all() else None

    # -- internals -------------------------------------------------------------

    def _build_and_swap(self, docs: Iterable[SearchDocument],
                        generation: int | Callable[[], int],
                        total: int | None) -> Iterator[RebuildProgress]:
        name = index_files.new_folder_name()
        path = self.root / name
        with disk_errors():
            path.mkdir(parents=True)
        count = 0
        swapped = False
        try:
            with index_files.hold_lock(path / index_files.BUILDING_LOCK_NAME, 0):
                with disk_errors():
                    ix = whoosh_store.create(path)
                try:
                    for count in whoosh_store.bulk_load(ix, docs, timeout=self.lock_timeout):
                        if count % PROGRESS_EVERY == 0:
                            yield RebuildProgress(count, total)
                    if callable(generation):
                        generation = generation()
                    with self._write_lock(), self._mutex:
                        marker = _committed(IndexMarker(name, generation, SCHEMA_VERSION), ix)
                        marker = self._apply(ix, marker, self._pending or [])
                        self._pending = None
                        self._close_index()
                        self._ix = ix
                        self._publish(marker)
                        swapped = True
                except BaseException:
                    if not swapped:
                        ix.close()
                    raise
        finally:
            if not swapped:
                shutil.rmtree(path, ignore_errors=True)
        index_files.remove_leftovers(self.root, keep={name})
        yield RebuildProgress(count, total, finished=True)

    def _apply(self, ix: Index, marker: IndexMarker, changes: list[_Change]) -> IndexMarker:
        """Write ``changes`` newer than ``marker``; return the marker afterwards.

        A change the index already reflects is skipped (replaying it could undo a
        later one); a change whose predecessors are missing is written but does
        not advance the generation, so the index stays stale.
        """
        generation = marker.generation
        new = [c for c in changes if c.generation > marker.generation]
        if not new:
            return marker
        with disk_errors():
            for change in new:
                if change.docs or change.deleted_refs:  # else only the generation moves on
                    whoosh_store.apply_changes(ix, change.docs, change.deleted_refs,
                                               timeout=self.lock_timeout)
                if change.base_generation <= generation < change.generation:
                    generation = change.generation
        return _committed(replace(marker, generation=generation), ix)

    def _publish(self, marker: IndexMarker) -> None:
        """Write ``marker`` and adopt it as the state this object has seen."""
        with disk_errors():
            index_files.write_marker(self.root, marker)
        self._marker = marker
        self._postings.use_folder(self.root / marker.folder)
        self._signature = index_files.marker_signature(self.root)

    def _report_damage(self) -> bool:
        """After a failed search: if the index files are damaged, mark the index
        broken on disk (so ``status()`` asks for a rebuild) and return True.

        A failure on intact files is a bug, not damage: False, nothing marked.
        Marking is best effort; if another writer holds the lock, a later failing
        search does it.
        """
        marker = self._marker
        self._close_index()
        if marker is None:
            return True
        folder = self.root / marker.folder
        if index_files.damaged_file(folder, marker) is None and self._intact(folder):
            return False
        try:
            with index_files.hold_lock(self.root / index_files.LOCK_NAME, 0):
                if index_files.read_marker(self.root) == marker:
                    index_files.write_marker(self.root, replace(marker, damaged=True))
        except (SicError, OSError, MarkerBrokenError):
            pass
        return True

    def remove_abandoned(self) -> list[str]:
        """Delete index folders that no marker names and nobody builds (a rebuild killed half-way, an
        old index another window held); returns those that had to stay. At start and before an erasure:
        such a folder may hold the text of records erased since."""
        if not self.root.is_dir():
            return []
        with self._mutex:
            try:
                marker = index_files.read_marker(self.root)
            except MarkerBrokenError:
                marker = None
            keep = {marker.folder} if marker is not None else set()
            with disk_errors():
                return index_files.remove_leftovers(self.root, keep=keep)

    def verify(self) -> bool:
        """Read the whole current index (``sic-desktop check``); False, and marked for a rebuild, if damaged."""
        with self._mutex:
            marker = self._marker
            if marker is None:
                self._refresh_from_disk()
                marker = self._marker
            if marker is None or self._intact(self.root / marker.folder):
                return True
            self._report_damage()
            return False

    @staticmethod
    def _intact(folder: Path) -> bool:
        try:
            whoosh_store.verify(folder)
        except Exception:  # noqa: BLE001 — damaged bytes raise anything (zlib, pickle, struct): exactly what is looked for
            return False
        return True

    def _refresh_from_disk(self) -> None:
        """Follow the marker if it changed (another window rebuilt the index)."""
        signature = index_files.marker_signature(self.root)
        if signature is not None and signature == self._signature and self._ix is not None:
            return
        self._close_index()
        try:
            marker = index_files.read_marker(self.root)
        except MarkerBrokenError:
            return
        if marker is None or marker.schema != SCHEMA_VERSION or marker.damaged:
            return
        try:
            self._ix = whoosh_store.open_index(self.root / marker.folder)
        except Exception:  # noqa: BLE001 — missing or damaged: status() reports it
            return
        self._marker = marker
        self._signature = signature
        self._postings.use_folder(self.root / marker.folder)

    def _current_searcher(self) -> Searcher:
        self._refresh_from_disk()
        if self._ix is None:
            raise SearchUnavailableError()
        if self._searcher is None:
            self._searcher = whoosh_store.searcher(self._ix)
        elif not self._searcher.up_to_date():
            # Not whoosh's ``refresh()``: it looks its old segment readers up by segment id among
            # ones keyed by generation, so it reuses none and closes only one, leaving the others'
            # files open until the collector finds them (and undeletable on Windows till then).
            stale, self._searcher = self._searcher, None  # not closed twice if the reopening fails
            stale.close()
            self._searcher = whoosh_store.searcher(self._ix)
            self._postings.keep_files_of(self._searcher.reader())
        return self._searcher

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._postings.release_files()  # mapped files could not be deleted on Windows

    def _close_index(self) -> None:
        self._close_searcher()
        if self._ix is not None:
            self._ix.close()
        self._ix = None
        self._marker = None
        self._signature = None
        self._postings.use_folder(None)

    def _write_lock(self) -> AbstractContextManager[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        return index_files.hold_lock(self.root / index_files.LOCK_NAME, self.lock_timeout)


def _committed(marker: IndexMarker, ix: Index) -> IndexMarker:
    """``marker`` describing the last commit of ``ix`` (whoosh generation, files)."""
    return replace(marker, commit=ix.latest_generation(),
                   files=whoosh_store.committed_files(ix))
