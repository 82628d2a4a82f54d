"""One running program on one data folder: the instance lock, the workspace, its context and window.

The lock is taken before the workspace opens and held until the program ends, so
no second SIC Desktop (and no ``sic-desktop restore``) changes the file underneath.

A restore needs the workspace closed. ``ctx.reopen_requested.emit(work)`` makes the
session ask about unsaved changes, close the window (its layout is saved), the
context (background work is finished and delivered) and the workspace, run
``work(folder)`` on the closed data folder, then open a fresh Workspace and build a
new AppContext and MainWindow in the old one's place. Nothing survives that holds
the old workspace: every page, model and worker thread belonged to the old window
and context, so no screen can show data of the replaced file.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from sic_desktop import APP_NAME
from sic_desktop.core.errors import CorruptDatabaseError, SicError
from sic_desktop.core.instance_lock import InstanceLock, InstanceLockedError, acquire_instance_lock
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.checked import as_type, not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.first_paint import after_first_paint
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.recovery_dialog import ReopenWork, open_or_recover, restore_offered, restored_at_start

# Results of background work still on their way to the UI thread when the window closes.
_DELIVERY_SECONDS = 10


def open_session(folder: DataFolder) -> Session | None:
    """Lock the folder, open (or recover) its workspace, show the window; None after a German message.

    A second start on a folder that is open in another SIC Desktop ends here,
    before the database is touched.
    """
    try:
        lock = acquire_instance_lock(folder)
    except InstanceLockedError as error:
        QMessageBox.warning(None, APP_NAME, str(error))
        return None
    for _attempt in range(2):  # a restored backup is checked first; a second failure ends it
        workspace = open_or_recover(folder)  # a damaged file offers the newest backup, under our lock
        if workspace is None:
            break
        session = Session(folder, lock, workspace)
        try:
            session.start()
            return session
        except Exception as error:  # the window's first reads met a damaged page
            damage = workspace.storage.damage_from(error)
            if damage is None:
                raise
            session.close(keep_lock=True)
            if not restored_at_start(folder, damage):
                break
    lock.release()
    return None


class Session(QObject):
    window_opened = Signal(object)  # the MainWindow, at start and after each reopen

    def __init__(self, folder: DataFolder, lock: InstanceLock, workspace: Workspace) -> None:
        super().__init__()
        self.folder, self.lock, self.workspace = folder, lock, workspace
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self._offered_restore = False
        self.background_started = False  # True once the work after the first paint has been started

    def start(self) -> MainWindow:
        """Show the window; once it is painted and shows its data, make the day's first backup and
        prune the change history in the background."""
        return self._build(at_start=True)

    def _build(self, *, at_start: bool = False) -> MainWindow:
        self.ctx = AppContext(self.workspace)
        ops = self.ctx.ops
        ops.on_damage = self._offer_restore
        ops.hold()  # the window's first reads (start page, status bar) start once it has been painted
        self._offered_restore = False
        self.background_started = False
        # Later: the request comes from a dialog of the old window, which must have returned first.
        self.ctx.reopen_requested.connect(lambda label, work: QTimer.singleShot(0, lambda: self.reopen(label, work)))
        window = self.window = MainWindow(self.ctx)
        window.show()
        after_first_paint(window, lambda: self._painted(window, at_start=at_start))
        self.window_opened.emit(window)
        return window

    def _painted(self, window: MainWindow, *, at_start: bool) -> None:
        """The first picture is there: its reads start; the rest waits for their results (a busy UI thread
        loading the search index's libraries would hold up the start page's data)."""
        ops = window.ctx.ops
        ops.release()
        window.ctx.outside_changes.watch_activation()
        # Queued once more: the filled pages' layout and repaint, already queued, come first.
        ops.after_reads(lambda: QTimer.singleShot(0, lambda: self._start_background(window, at_start=at_start)))

    def _start_background(self, window: MainWindow, *, at_start: bool) -> None:
        if window is not self.window:  # replaced (a restore) before it was painted
            return
        from sic_desktop.ui.work_after_paint import start_work_after_paint  # not needed for the first picture

        start_work_after_paint(window, at_start=at_start)
        self.background_started = True

    def _offer_restore(self, error: CorruptDatabaseError) -> bool:
        """Damage found while the window is open: offer the newest backup once; False when offered before."""
        if self._offered_restore:
            return False
        self._offered_restore = True
        work = restore_offered(self.window, self.folder, error)
        if work is not None:
            self.reopen(self.tr("Die Sicherung wird wiederhergestellt …"), work)
        return True

    def reopen(self, label: str, work: ReopenWork) -> None:
        """Close the workspace, run ``work`` on the closed data folder, then open it in a new window.

        ``label`` says what happens meanwhile („Die Sicherung wird wiederhergestellt …“).
        """
        assert self.window is not None
        # From the event loop, so that no method of the old window is running when it is deleted.
        self.window.leave_editors(lambda: QTimer.singleShot(0, lambda: self._reopen(label, work)))

    def _reopen(self, label: str, work: ReopenWork) -> None:
        app = as_type(QApplication.instance(), QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows none is open
        try:
            self._close_window()
            self.workspace.close()
            message, problem = self._run_closed(label, work)
            try:
                self.workspace = Workspace.open(self.folder)
            except SicError as error:
                QMessageBox.critical(None, APP_NAME, str(error))
                app.quit()
                return
            window = self._build()
            if problem is not None:
                show_error(window, problem)
            elif message:
                not_none(self.ctx).status_message.emit(message)
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def _run_closed(self, label: str, work: ReopenWork) -> tuple[str, Exception | None]:
        busy = QProgressDialog(label, "", 0, 0)
        busy.setWindowTitle(APP_NAME)
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        busy.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            return work(self.folder), None
        except Exception as error:  # noqa: BLE001 — the old file is still in place (or kept aside): reopen and say why
            return "", error
        finally:
            QApplication.restoreOverrideCursor()
            busy.close()
            busy.deleteLater()

    def _close_window(self) -> None:
        window, ctx = self.window, self.ctx
        assert window is not None and ctx is not None
        window.close_discarding_changes()  # saves the layout for the new window
        ctx.close()
        deadline = time.monotonic() + _DELIVERY_SECONDS
        while not ctx.ops.idle and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        window.deleteLater()
        ctx.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.window = self.ctx = None

    def close(self, *, keep_lock: bool = False) -> None:
        """At the end of the program: close the window and its context (background work finished,
        results delivered) and delete them while Python and Qt are fully alive, then close the
        workspace and free the folder. What is left for the interpreter's own clean-up holds no
        thread, timer or connection."""
        if self.window is not None and shiboken6.isValid(self.window):
            self._close_window()
        elif self.ctx is not None:  # the window is deleted already (a test closed it) or was never built
            self.ctx.close()
            self.ctx.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.window = self.ctx = None
        self.workspace.close()
        if not keep_lock:
            self.lock.release()
