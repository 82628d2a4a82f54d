"""Keeps the window's full-text index current: at start, after saves, on request.

At start the index is checked and, if stale, missing or broken, rebuilt on a
thread of its own (``SearchService.start_background``), not on ``ctx.ops``: a
rebuild of 50,000 notes takes most of a minute, and on the writer thread every
save would wait behind it, on the reader every list and search. The status bar
shows how far it is; the popup says so and searches names meanwhile.

„Suchindex neu aufbauen“ (Extras) is different: the user asked for it and waits
for it, so it runs through ``ctx.ops`` with the usual progress dialog and
„Abbrechen“, after stopping a background rebuild that may be running.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from sic_desktop.core.i18n import counted
from sic_desktop.core.progress import Progress
from sic_desktop.search import SearchService, SearchState

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext

ANNOUNCE_AFTER_SECONDS = 1.0


class SearchIndexKeeper(QObject):
    # SearchState, Progress | None; emitted from worker threads, delivered on the UI thread.
    state_changed = Signal(object, object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self.service = SearchService(ctx.ws, auto_rebuild=True)
        self.service.observers.append(self)
        self.state_changed.connect(self._show_in_status_bar)
        self._building_since: float | None = None
        self._announced = False

    def start(self) -> None:
        """Check the index in the background and rebuild it if needed."""
        self.service.start_background()

    def close(self) -> None:
        self.service.close()

    # -- called by the service, from any thread ------------------------------------

    def search_state_changed(self, state: SearchState, progress: Progress | None) -> None:
        self.state_changed.emit(state, progress)

    # -- UI thread --------------------------------------------------------------------

    def _show_in_status_bar(self, state: SearchState, progress: Progress | None) -> None:
        """Progress once a build takes longer than a moment (a small data folder's build
        flashes nothing), and how it ended if progress was shown."""
        if state is SearchState.BUILDING:
            if self._building_since is None:
                self._building_since = time.monotonic()
            if progress is not None and time.monotonic() - self._building_since >= ANNOUNCE_AFTER_SECONDS:
                self._announced = True
                self._ctx.status_message.emit(QCoreApplication.translate(
                    "SearchIndexKeeper", "Suchindex wird aufgebaut … {percent} %").format(
                        percent=round(progress.fraction * 100)))
            return
        if self._announced and state is SearchState.READY:
            self._ctx.status_message.emit(QCoreApplication.translate("SearchIndexKeeper", "Der Suchindex ist bereit."))
        elif self._announced:
            self._ctx.status_message.emit(QCoreApplication.translate(
                "SearchIndexKeeper", "Der Suchindex wurde nicht fertig aufgebaut; das geschieht beim nächsten "
                "Start erneut."))
        self._building_since, self._announced = None, False

    def rebuild(self, parent: QWidget | None) -> None:
        """„Suchindex neu aufbauen“: in front of the user, with progress and „Abbrechen“."""

        def work(ws: object):
            self.service.cancel_background()  # waits for its next step: here, not on the UI thread
            return self.service.rebuild()

        self._ctx.ops.write(parent, work).with_progress(
            QCoreApplication.translate("SearchIndexKeeper", "Suchindex wird neu aufgebaut …")
        ).success(lambda count: self._ctx.status_message.emit(QCoreApplication.translate(
            "SearchIndexKeeper", "Suchindex neu aufgebaut: {entries}.").format(entries=counted(
                count, QCoreApplication.translate("SearchIndexKeeper", "1 Eintrag"),
                QCoreApplication.translate("SearchIndexKeeper", "{count} Einträge"))))
        ).cancelled(lambda: self._ctx.status_message.emit(QCoreApplication.translate(
            "SearchIndexKeeper", "Abgebrochen. Der bisherige Suchindex bleibt in Gebrauch."))
        ).run()
