"""Commits another program made to the open data folder (``sic-desktop import`` while the window is open).

SQLite tells a connection nothing about other connections' commits. The data
generation (``meta``) counts every commit, whoever made it; when it moved by more
than this workspace's own commits, the change history (ids only ever grow)
names the records the others changed, so the window can renew exactly those.
On the team server the change log (``core.storage.server_changes``) names them, with their fields;
the window hears of them from its change follower at once, so it does not ask here.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, cast

from sic_desktop.core.field_labels import TAGGABLE
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.storage.server_changes import changes_since, last_seq
from sic_desktop.core.workspace import Workspace

if TYPE_CHECKING:
    from sic_desktop.core.models import Taggable
    from sic_desktop.core.storage.postgres import PostgresDatabase

_ACTIONS = {action.value: action for action in Action}


class OutsideChanges:
    """Ask ``collect()`` now and then (a timer, the window getting focus); it reads two numbers when nothing moved."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._lock = threading.Lock()
        self._generation = workspace.database.generation()
        self._history_id = self._last_history_id()
        self._own: set[int] = set()  # generations of this workspace's commits not yet passed by collect()
        self._seq = last_seq(cast("PostgresDatabase", workspace.database)) if workspace.database.is_server else 0
        self.unsubscribe = workspace.subscribe(self._on_own_commit)

    def _on_own_commit(self, changes: ChangeSet) -> None:
        with self._lock:
            self._own.add(changes.generation)

    def collect(self) -> ChangeSet | None:
        """The records others changed since the last call (None if only this workspace wrote)."""
        if self._ws.database.is_server:
            database = cast("PostgresDatabase", self._ws.database)
            changes, self._seq = changes_since(database, self._seq, skip_pids=database.own_backends())
            if not changes:
                return None
            changes.add_tags(self._tags_in_use_changed(changes))
            return changes
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
            "SELECT record_type, record_id, action, fields FROM history WHERE id > ? AND id <= ? ORDER BY id",
            [last, newest],
        )
        changes = ChangeSet(generation=generation)
        for row in rows:
            ref = RecordRef(RecordType(row["record_type"]), row["record_id"])
            changes.add(ref, _ACTIONS.get(row["action"], Action.UPDATED), json.loads(row["fields"]))
        changes.add_tags(self._tags_in_use_changed(changes))
        return changes

    def _tags_in_use_changed(self, changes: ChangeSet) -> set[str]:
        """The tags the other program may have put into or out of use, as far as the records still
        carry them (the history keeps no contents, so a tag taken off is not known by name)."""
        refs = [
            change.ref for change in changes.changes
            if change.ref.type in TAGGABLE and (change.action is not Action.UPDATED or "tags" in change.fields)
        ]
        names: set[str] = set()
        for record_type in {ref.type for ref in refs}:
            ids = [ref.id for ref in refs if ref.type is record_type]
            for record in self._ws.service(record_type).get_many(ids, include_trashed=True):
                names.update(cast("Taggable", record).tags)  # a type in TAGGABLE
        return names

    def _last_history_id(self) -> int:
        row = self._ws.database.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
        return int(row[0])
