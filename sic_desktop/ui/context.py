"""What every screen gets handed: the workspace, the operations helper and app-wide signals.

One object instead of a global (TagStudio's driver, Anki's ``mw``): widgets call the
Workspace through it, start background work with ``ops``, ask the window to open
a record with ``open_requested`` and refresh themselves on ``changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.operations import Operations
from sic_desktop.ui.outside_changes_watch import OutsideChangesWatch
from sic_desktop.ui.undo import UndoStack
from sic_desktop.ui.window_state import WindowState

if TYPE_CHECKING:
    from sic_desktop.ui.global_search.index_keeper import SearchIndexKeeper


class AppContext(QObject):
    # A committed change, delivered on the UI thread (the core calls listeners in the writer thread).
    changed = Signal(object)
    open_requested = Signal(object)  # RecordRef
    # (RecordType, dict of field values): a blank editor of that type, pre-filled („Wiedervorlage anlegen …“)
    new_requested = Signal(object, object)
    status_message = Signal(str)
    # (label, function(DataFolder) -> str) to run while the workspace is closed (a restore): the app's
    # Session closes window, context and workspace, runs it, and opens everything anew.
    reopen_requested = Signal(str, object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ops = Operations(workspace, self)
        self.undo = UndoStack(self)
        self.window_state = WindowState(workspace.folder.root / "window.ini")
        self.search: SearchIndexKeeper | None = None
        self._unsubscribe = workspace.subscribe(self._on_commit)
        self.outside_changes = OutsideChangesWatch(self)  # other programs' writes reach this window

    def start_search(self) -> None:
        """Keep a full-text index for the search popup (the window does this once it is
        painted; until then the popup searches names and titles)."""
        from sic_desktop.ui.global_search.index_keeper import SearchIndexKeeper  # whoosh: after the first paint

        self.search = SearchIndexKeeper(self)
        self.search.start()

    def _on_commit(self, changes: ChangeSet) -> None:
        # Runs in the writing thread; the signal is queued to the UI thread.
        self.changed.emit(changes)

    def open(self, ref: RecordRef) -> None:
        self.open_requested.emit(ref)

    def close(self) -> None:
        """Finish background work and stop listening; the caller closes the workspace."""
        self.outside_changes.close()
        self.ops.shutdown()
        if self.search is not None:
            self.search.close()
        self._unsubscribe()
