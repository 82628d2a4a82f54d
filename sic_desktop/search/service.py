"""``SearchService``: the search index of one workspace, kept in step with its database.

- After every commit (``ws.subscribe``) it renews the documents of the changed
  records and of the records whose documents show their names (rename an
  organisation: its persons', cooperations' and notes' documents change); trashed
  and purged records leave the index at once, restored ones come back.
- A change too big to apply after a save (an import, the demo data, a theme
  field on 20,000 notes) only drops deleted records; the index is then behind
  and rebuilt, like a stale, missing or broken index found at start.
- ``rebuild()`` reads the records in one database snapshot and yields
  ``core.progress.Progress``; ``start_background()`` runs it on a thread of its
  own, so that saves (the writer thread) and list loads (the reader) go on.
- ``search()`` drops hits whose record is no longer live, so a deleted record is
  never shown, not even from an index that is still being rebuilt.
- ``purge(refs)`` makes the index forget records for good (DSGVO erasure).

Observers hear of state and progress from whichever thread changes them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Collection, Generator, Iterable
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Protocol
from weakref import WeakKeyDictionary

from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.storage.server_changes import OTHER_CLIENT
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.background_rebuild import BackgroundRebuild
from sic_desktop.search.compounds import splitter
from sic_desktop.search.documents import all_documents, document_count, documents_for
from sic_desktop.search.index import DEFAULT_LOCK_TIMEOUT, SearchIndex
from sic_desktop.search.index_state import IndexState, IndexStatus
from sic_desktop.search.query_parser import parse_query
from sic_desktop.search.results import SearchResults
from sic_desktop.search.search_document import SEARCHED_TYPES, SearchDocument
from sic_desktop.search.search_errors import SearchIndexWriteError, refuse_long_query
from sic_desktop.search.server_catch_up import erases, forget_server, missed_changes, remember_server
from sic_desktop.search.synonyms import SynonymTable, table_for

log = logging.getLogger(__name__)

# The fields of a record that other records' documents show (see ``documents``): a
# save that changed none of them renews the record's own document only.
SHOWN_FIELDS: dict[RecordType, frozenset[str]] = {
    RecordType.ORGANISATION: frozenset({"name", "sector", "district"}),
    RecordType.PERSON: frozenset({"title", "first_name", "last_name"}),
    RecordType.COOPERATION: frozenset({"title"}),
    RecordType.THEME: frozenset({"name"}),
}
# More documents than this in one commit are left to a rebuild: renewing them
# right after the save would hold up the next save for seconds.
LARGE_CHANGE = 2_000
_PROGRESS_STEP = 0.01  # observers hear of every percent, not of every 250 documents
_REBUILD_ATTEMPTS = 3  # commits during a rebuild may leave it behind; try again, not forever


class SearchState(Enum):
    READY = "ready"  # the index reflects the database
    BUILDING = "building"  # a rebuild runs; ``progress`` says how far
    OUTDATED = "outdated"  # behind, missing or damaged, and no rebuild runs


class SearchObserver(Protocol):
    def search_state_changed(self, state: SearchState, progress: Progress | None) -> None:
        """Called from any thread (writer, rebuild thread, caller)."""


_ATTACHED: WeakKeyDictionary[Workspace, SearchService] = WeakKeyDictionary()


class SearchService:
    """The index in ``<data folder>/index`` for ``workspace``.

    It follows the workspace's commits and cleans the index after an erasure
    (``ws.add_purger``); ``listen=False`` makes one that does neither (a one-off
    command). ``auto_rebuild=True`` (the window) rebuilds in the background as soon
    as the index falls behind. ``apply_large_changes=True`` applies changes of any size
    after the commit (the command line, where nobody waits for the next save).
    """

    def __init__(self, workspace: Workspace, *, listen: bool = True, auto_rebuild: bool = False,
                 lock_timeout: float = DEFAULT_LOCK_TIMEOUT, apply_large_changes: bool = False) -> None:
        self.ws = workspace
        self.apply_large_changes = apply_large_changes
        self._temporary = _temporary_index_folder(workspace)
        self.index = SearchIndex(self._temporary or workspace.folder.index_dir, lock_timeout=lock_timeout)
        self.auto_rebuild = auto_rebuild
        self.observers: list[SearchObserver] = []
        self._apply_lock = threading.RLock()  # commits, repairs and erasure one at a time
        self._state: SearchState | None = None
        self._progress: Progress | None = None
        self._background: BackgroundRebuild | None = None
        self._detach: list[Callable[[], None]] = []
        self._synonyms: tuple[tuple[str, ...], SynonymTable] | None = None
        self._caught_up = False
        forget_server(workspace)
        if listen:
            self._detach = [workspace.subscribe(self._on_commit), workspace.add_purger(self.purge)]
            _ATTACHED[workspace] = self

    @classmethod
    def attached_to(cls, workspace: Workspace) -> SearchService | None:
        """The service that follows ``workspace``'s commits, if one does."""
        return _ATTACHED.get(workspace)

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop following commits and any background work; release the index files."""
        self.cancel_background()
        for detach in self._detach:
            detach()
        self._detach = []
        if _ATTACHED.get(self.ws) is self:
            del _ATTACHED[self.ws]
        self.index.close()
        if self._temporary is not None:  # no copy of the data stays in the temp folder
            shutil.rmtree(self._temporary, ignore_errors=True)

    # -- state -------------------------------------------------------------------

    def status(self) -> IndexStatus:
        """What the index on disk is compared with the database now."""
        return self.index.status(self.ws.storage.generation())

    @property
    def state(self) -> SearchState:
        if self._state is None:
            self._state = SearchState.OUTDATED if self.status().needs_rebuild else SearchState.READY
        return self._state

    @property
    def progress(self) -> Progress | None:
        """How far the running rebuild is (None when none runs)."""
        return self._progress if self._state is SearchState.BUILDING else None

    def _set_state(self, state: SearchState, progress: Progress | None = None) -> None:
        self._state, self._progress = state, progress
        for observer in list(self.observers):
            observer.search_state_changed(state, progress)

    # -- reading -------------------------------------------------------------------

    def search(self, query: str, *, types: Collection[RecordType] | None = None, limit: int = 50) -> SearchResults:
        """Hits for ``query`` (see ``search_help_text``), live records only; terms of the
        shipped and the team's synonym groups also find what they stand for.

        Raises SearchUnavailableError while there is no usable index at all, QueryTooLongError
        before any work on an overlong text.
        """
        refuse_long_query(query)
        if not self._caught_up and on_server(self.ws):  # on the local file there is no change log to catch up from
            self.catch_up()
        parsed = self.synonyms().expand(parse_query(query))
        results = self.index.search(parsed, types=types, limit=limit)
        refs = [hit.ref for hit in results.hits]
        live = self.ws.titles(refs)
        if len(live) == len(refs):
            return results
        return replace(results, hits=tuple(h for h, ref in zip(results.hits, refs, strict=False) if ref in live))

    def synonyms(self) -> SynonymTable:
        """The shipped groups and the team's current ones (read at every search: a
        group saved in the settings works at once, in every window)."""
        lines = tuple(self.ws.search_synonyms.lines())
        if self._synonyms is None or self._synonyms[0] != lines:
            self._synonyms = (lines, table_for(lines))
        return self._synonyms[1]

    # -- keeping up with commits -----------------------------------------------------

    def _on_commit(self, changes: ChangeSet) -> None:
        """Runs in the writer's thread right after its commit."""
        try:
            with self._apply_lock:
                self._apply(changes)
                if changes.initiator is OTHER_CLIENT and any(c.action is Action.PURGED for c in changes.changes):
                    self.index.optimize()  # another client's erasure: no old text stays in the files here
        except Exception as error:  # noqa: BLE001 — locked by another window, disk full, damage: rebuild, never undo the save
            log.warning("search index update failed (%s); it will be rebuilt", type(error).__name__)
            self._fell_behind()

    def _apply(self, changes: ChangeSet, base_generation: int | None = None) -> None:
        changed = {c.ref for c in changes.changes}
        purged = {c.ref for c in changes.changes if c.action is Action.PURGED}
        renew = {r for r in changed if r.type in SEARCHED_TYPES} | self._showing(self._renamed(changes), purged)
        if not self.apply_large_changes and len(renew) > LARGE_CHANGE:
            live = self.ws.titles(sorted(renew))
            gone = [r for r in renew if r not in live]
            # base = generation: applied, but the index does not claim this generation
            self.index.update([], gone, changes.generation, base_generation=changes.generation)
            self._fell_behind()
            return
        docs, gone = documents_for(self.ws, renew)
        self.index.update(docs, gone, changes.generation, base_generation=base_generation)

    def catch_up(self) -> bool:
        """On the team server: bring an index that fell behind while this PC was away up to the server
        from the change log (``server_catch_up``) instead of rebuilding it; erased records are merged
        out of the index files at once. True if the index is current afterwards."""
        self._caught_up = True
        status = self.status()
        if status.state is IndexState.STALE and status.generation is not None:
            try:
                changes = missed_changes(self.ws, status.generation)
                if changes is not None:
                    with self._apply_lock:
                        self._apply(changes, base_generation=status.generation)
                        if erases(changes):
                            self.index.optimize()
                            self.index.remove_abandoned()
            except Exception as error:  # noqa: BLE001 — locked, disk full, server gone: the rebuild follows
                log.warning("catching up with the team server failed (%s); the index will be rebuilt", error)
            status = self.status()
        return not status.needs_rebuild

    def _renamed(self, changes: ChangeSet) -> list[RecordRef]:
        """Changed records whose names (or sector, district) others' documents may show
        differently now: the change notice names the fields each save changed. A new
        record is shown nowhere yet; a trashed, restored or purged one everywhere it was."""
        sources = {c.ref for c in changes.changes if c.ref.type in SHOWN_FIELDS and c.action is not Action.CREATED}
        return sorted(ref for ref in sources if _shows_differently(ref, changes.fields_of(ref)))

    def _showing(self, refs: Collection[RecordRef], gone: Collection[RecordRef]) -> set[RecordRef]:
        """Searched records whose documents show the names of ``refs``: those linked in
        the database now and, for the ``gone`` ones (purged: their links went with
        them), those the index last saw linked."""
        linked = self.ws.links.linked_refs(list(refs)) if refs else set()
        purged = [r for r in refs if r in gone]
        if purged:
            linked |= self.index.refs_linking(purged)
        return {r for r in linked if r.type in SEARCHED_TYPES}

    def _fell_behind(self) -> None:
        if self._state is not SearchState.BUILDING:
            self._set_state(SearchState.OUTDATED)
        if self.auto_rebuild:
            self.start_background()

    # -- rebuilding --------------------------------------------------------------------

    def rebuild(self) -> ProgressGenerator[int]:
        """Build the index anew from the database; returns the number of documents.

        Reads all records in one snapshot while others go on writing (their
        commits are replayed onto the new index). Closing the generator cancels
        the build; the old index stays.
        """
        total = document_count(self.ws)
        snapshot = _Snapshot(self.ws)
        documents = snapshot.documents()
        message = translate("Search", "Suchindex wird aufgebaut …")
        reported = -1.0
        done = 0
        self._set_state(SearchState.BUILDING, Progress(0, total, message))
        try:
            for step in self.index.rebuild(documents, snapshot.generation, total=total):
                done = step.done
                fraction = done / total if total else 1.0
                if fraction - reported >= _PROGRESS_STEP:
                    reported = fraction
                    progress = Progress(min(done, total), total, message)
                    self._set_state(SearchState.BUILDING, progress)
                    yield progress
        finally:
            documents.close()
            self._set_state(SearchState.OUTDATED if self.status().needs_rebuild else SearchState.READY)
        return done

    def ensure_current(self) -> ProgressGenerator[int | None]:
        """Rebuild only if the index is stale, missing or broken; returns the number
        of documents built, None if the index was current."""
        count = None
        self.index.remove_abandoned()
        self.catch_up()
        for _ in range(_REBUILD_ATTEMPTS):
            status = self.status()
            if not status.needs_rebuild:
                self._set_state(SearchState.READY)
                break
            log.info("search index %s (%s): rebuilding", status.state.value, status.detail)
            count = yield from self.rebuild()
            remember_server(self.ws)  # built from this server: later starts may catch up from its change log
        return count

    def start_background(self) -> None:
        """Check the index on a thread of its own, rebuild it if needed, then warm
        the caches for the first search. A rebuild already under way goes on."""
        if self._background is not None and self._background.is_alive():
            self._background.again = True
            return
        self._background = BackgroundRebuild(
            self.ensure_current, self.warm, lambda: self._set_state(SearchState.OUTDATED),
            on_exit=self.ws.release_thread,
        )
        self._background.start()

    def warm(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Read what the first searches need (the compound word list, the synonym table,
        the longest posting lists), so that they are as quick as later ones."""
        splitter()
        self.synonyms()
        self.index.warm(stop=stop)

    def wait_for_background(self, timeout: float | None = None) -> None:
        """Wait until a background check or rebuild (and its warm-up) has finished."""
        if self._background is not None:
            self._background.join(timeout)

    def cancel_background(self) -> None:
        """Stop a background rebuild (the old index stays) and wait for its thread."""
        background, self._background = self._background, None
        if background is not None:
            background.cancel()

    # -- erasure ------------------------------------------------------------------------

    def purge(self, refs: Iterable[RecordRef]) -> None:
        """Make the index forget what it held about ``refs`` (DSGVO erasure).

        Documents of records no longer in the database are deleted, those of
        changed (anonymised) ones renewed, and so are the documents that showed
        their names; then all segments are merged, so no old text remains in the
        index files. A background rebuild is restarted afterwards, because its
        snapshot may predate the erasure.
        """
        refs = list(refs)
        restart = self._background is not None and self._background.is_alive()
        self.cancel_background()
        with self._apply_lock:
            docs, gone = documents_for(self.ws, {*refs, *self._showing(refs, refs)})
            self.index.refresh(docs, gone)
            self.index.optimize()
            kept = self.index.remove_abandoned()  # an abandoned index folder holds the erased texts too
        if restart:
            self.start_background()
        if kept:
            raise SearchIndexWriteError(translate(
                "Search", "ein früherer Suchindex ist noch geöffnet: {folders}").format(folders=", ".join(kept)))


def _shows_differently(ref: RecordRef, fields: frozenset[str] | None) -> bool:
    """True if ``ref``'s change (``fields``: see ``ChangeSet.fields_of``) alters what others' documents show."""
    return fields is None or bool(SHOWN_FIELDS[ref.type] & fields)


def _temporary_index_folder(workspace: Workspace) -> Path | None:
    """A write-protected data folder whose index is not current: build one in the temp folder, for this run only."""
    if workspace.storage.read_only is None:
        return None
    if not SearchIndex(workspace.folder.index_dir).status(workspace.storage.generation()).needs_rebuild:
        return None
    return Path(tempfile.mkdtemp(prefix="sic-desktop-suchindex-"))


def erase_from_search_index(workspace: Workspace, refs: Iterable[RecordRef]) -> None:
    """After an erasure or anonymisation: make the search index forget ``refs``
    for good (see ``SearchService.purge``). Uses the service that follows the
    workspace, else opens the index just for this; without an index it does nothing.
    A workspace whose window or command keeps a ``SearchService`` has it registered
    as a purger (``ws.purgers``) already; the command line registers this function.
    """
    service = SearchService.attached_to(workspace)
    if service is not None:
        service.purge(refs)
        return
    with SearchService(workspace, listen=False) as once:
        once.purge(refs)


class _Snapshot:
    """All documents read in one database snapshot, opened when the first one is
    pulled; ``generation`` is the data generation that snapshot shows."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._generation: int | None = None

    def documents(self) -> Generator[SearchDocument, None, None]:
        with self._ws.storage.snapshot():
            self._generation = self._ws.storage.generation()
            yield from all_documents(self._ws)

    def generation(self) -> int:
        if self._generation is None:  # no document pulled: an empty data folder
            return self._ws.storage.generation()
        return self._generation
