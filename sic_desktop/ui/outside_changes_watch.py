"""The window notices what other programs write to its data folder (a command-line import meanwhile).

Every few seconds, and whenever the window gets the focus back, the reader thread
asks the core (``core.outside_changes``) whether the data generation moved by more
than the window's own saves. If so, the changed records are announced like a save
of the window's own (lists, details and counts renew), and the search index is
checked and brought up to date in the background.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from sic_desktop.core.outside_changes import OutsideChanges
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.team_access import on_server

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 5_000


class OutsideChangesWatch(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._outside = OutsideChanges(ctx.ws)
        self._checking = False
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if not on_server(ctx.ws):  # on the team server the change follower tells the window at once
            self._timer.start()

    def watch_activation(self) -> None:
        """Check whenever the window gets the focus back; from its first paint on (``Session``): naming
        ``Qt`` builds its enums then (see first_paint), and PySide6 hands a signal's Qt enum to Python only
        once they are built."""
        self._active = QtCore.Qt.ApplicationState.ApplicationActive
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def _on_application_state(self, state: QtCore.Qt.ApplicationState) -> None:
        if state == self._active:
            self.check()

    def check(self) -> None:
        """Ask now (one at a time); the answer arrives on the UI thread."""
        if self._checking or not self._timer.isActive():
            return
        self._checking = True
        self._ctx.ops.read(None, lambda ws: self._outside.collect()).success(self._deliver).failure(self._failed).run()

    def _deliver(self, changes: ChangeSet | None) -> None:
        self._checking = False
        if changes is None:
            return
        self._ctx.changed.emit(changes)
        if self._ctx.search is not None:
            self._ctx.search.service.start_background()  # finds the index behind and renews it
        self._ctx.status_message.emit(QCoreApplication.translate(
            "OutsideChangesWatch", "Ein anderes Programm hat Daten geändert; die Anzeige ist aktualisiert."))

    def _failed(self, error: Exception) -> None:
        self._checking = False  # a busy or damaged file: the next check, or the next save, says more
        log.info("checking for outside changes failed: %s", type(error).__name__)

    def close(self) -> None:
        self._timer.stop()
        self._outside.unsubscribe()
