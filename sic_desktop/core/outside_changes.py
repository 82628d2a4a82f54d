"""Commits another program made to the open data folder (``sic-desktop import`` while the window is open).

SQLite tells a connection nothing about other connections' commits. The data
generation (``meta``) counts every commit, whoever made it; when it moved by more
than this workspace's own commits, the change history (ids only ever grow)
names the records the others changed, so the window can renew exactly those.
"""

from __future__ import annotations

import threading

from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.workspace import Workspace

_ACTIONS = {action.value: action for action in Action}


class OutsideChanges:
    """Ask ``collect()`` now and then (a timer, the window getting focus); it reads two numbers when nothing moved."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._lock = threading.Lock()
        self._generation = workspace.database.generation()
        self._history_id = self._last_history_id()
        self._own: set[int] = set()  # generations of this workspace's commits not yet passed by collect()
        self.unsubscribe = workspace.subscribe(self._on_own_commit)

    def _on_own_commit(self, changes: ChangeSet) -> None:
        with self._lock:
            self._own.add(changes.generation)

    def collect(self) -> ChangeSet | None:
        """The records others changed since the last call (None if only this workspace wrote)."""
        with self._ws.database.snapshot():  # the generation and the history as of one moment
            generation = self._ws.database.generation()
            newest = self._last_history_id()
        with self._lock:
            seen, self._generation = self._generation, generation
            moved = set(range(seen + 1, generation + 1))
            outside = bool(moved - self._own)
            self._own -= moved
        last, self._history_id = self._history_id, newest
        if not outside:
            return None
        rows = self._ws.database.query(
            "SELECT record_type, record_id, action FROM history WHERE id > ? AND id <= ? ORDER BY id", [last, newest]
        )
        changes = ChangeSet(generation=generation)
        for row in rows:
            ref = RecordRef(RecordType(row["record_type"]), row["record_id"])
            changes.add(ref, _ACTIONS.get(row["action"], Action.UPDATED))
        return changes

    def _last_history_id(self) -> int:
        row = self._ws.database.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
        return int(row[0])
