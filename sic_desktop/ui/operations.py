"""The one helper for background work from the window (like Anki's CollectionOp/QueryOp).

``ops.write(parent, work)`` runs ``work(workspace)`` on the serialized writer
thread, so two saves never race; ``ops.read(...)`` on the reader (searches, list
loads: quick); ``ops.long_read(...)`` on a second reader for reads that take
long (a briefing, an export, the network map), so the search popup never waits
behind them. The threads are ``core.background`` lanes: each closes its database
connection when it ends. If ``work`` returns a progress generator
(``core.progress``), it is driven step by step: ``.progress(handler)`` gets the
steps on the UI thread; with ``.with_progress(label)`` a dialog shows them and
„Abbrechen“ closes the generator, which rolls the core's transaction back;
``cancellable=False`` shows the dialog without „Abbrechen“, for work that must
not stop half-way. ``op.cancel()`` does the same from code (a newer map request
replaces an older one), and a read cancelled so never delivers its result. Results and
errors come back on the UI thread through ``.success()`` / ``.failure()`` /
``.cancelled()``; without a failure handler errors are shown as a German
message (see messages.show_error). Worker code never touches a widget.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable, Generator
from concurrent.futures import Future
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from sic_desktop.core.background import Lane
from sic_desktop.core.errors import CorruptDatabaseError
from sic_desktop.core.progress import Progress
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.progress_dialog import ProgressDialog

T = TypeVar("T")

# Progress is passed to the UI at most this often, so a fast generator does not flood it.
_PROGRESS_INTERVAL = 0.05


class Cancelled(Exception):
    """The user pressed „Abbrechen“ (or the caller cancelled); the work was rolled back."""


class Operations(QObject):
    """Starts operations on one workspace; ``finished`` fires after each one (for tests and the status bar)."""

    finished = Signal()
    _closure = Signal(object)  # emitted in a worker thread, run in the UI thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        release = workspace.release_thread
        self.writer = Lane("sic-writer", on_exit=release)
        self.reader = Lane("sic-reader", on_exit=release)
        self.long_reader = Lane("sic-long-reader", on_exit=release)
        self._pending = 0
        self._closed = False
        self._held: list[tuple[Lane, Callable[[], Any], Callable[[Future], None]]] | None = None
        self._in_flight: dict[object, tuple[Callable[[], Any], Callable[[Future], None]]] = {}
        self._closure.connect(self._run_closure)
        # Called on the UI thread with the CorruptDatabaseError when an operation found the file
        # damaged: the session offers the newest backup (True) instead of the operation showing its message.
        self.on_damage: Callable[[CorruptDatabaseError], bool] | None = None

    def write(self, parent: QWidget | None, work: Callable[[Workspace], Any]) -> Op:
        """A change to the data: runs on the single writer thread."""
        return Op(self, parent, work, self.writer)

    def read(self, parent: QWidget | None, work: Callable[[Workspace], Any]) -> Op:
        """A quick read (a search, a list, a record): runs on the reader thread."""
        return Op(self, parent, work, self.reader)

    def long_read(self, parent: QWidget | None, work: Callable[[Workspace], Any]) -> Op:
        """A read that takes long (a briefing, an export, the map): runs on the second reader,
        so quick reads do not wait behind it."""
        return Op(self, parent, work, self.long_reader)

    def on_ui_thread(self, closure: Callable[[], None]) -> None:
        """Run ``closure`` on the UI thread (callable from any thread)."""
        self._closure.emit(closure)

    def hold(self) -> None:
        """Queue the work asked for from now on without starting it, until ``release()``: a new window's
        first reads wait for its first paint instead of competing with it for the processor."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the work held since ``hold()``, in the order it was asked for."""
        held, self._held = self._held or [], None
        for lane, work, on_done in held:
            self._start(lane, work, on_done)

    def after_reads(self, then: Callable[[], None]) -> None:
        """Call ``then`` on the UI thread once the reads started so far have delivered their results."""
        self._submit(self.reader, lambda: None, lambda _: then())

    @property
    def idle(self) -> bool:
        """No work queued or running, and every result delivered."""
        return self._pending == 0

    def shutdown(self) -> None:
        """Let running and queued work finish and the threads end; called when the window closes."""
        self.release()  # held work still runs and delivers
        self._closed = True
        for lane in (self.writer, self.reader, self.long_reader):
            lane.shutdown()

    def _submit(self, lane: Lane, work: Callable[[], Any], on_done: Callable[[Future], None]) -> bool:
        if self._closed:
            return False  # the window is closing: a late timer must not start new work
        self._pending += 1
        if self._held is not None:
            self._held.append((lane, work, on_done))
        else:
            self._start(lane, work, on_done)
        return True

    def _start(self, lane: Lane, work: Callable[[], Any], on_done: Callable[[Future], None]) -> None:
        future = lane.submit(work)
        # The work and its handler (closures over widgets) are held here and let go in ``_finish`` on the
        # UI thread; the worker thread and the future keep no reference that could be the last one.
        token = object()
        self._in_flight[token] = (work, on_done)
        future.add_done_callback(lambda done: self._closure.emit(lambda: self._finish(token, done)))

    def _finish(self, token: object, future: Future) -> None:
        _work, on_done = self._in_flight.pop(token)
        self._pending -= 1
        on_done(future)

    @staticmethod
    def _run_closure(closure: Callable[[], None]) -> None:
        closure()


class Op(Generic[T]):
    """One piece of work: configure with the handlers, then ``run()``."""

    def __init__(self, ops: Operations, parent: QWidget | None, work: Callable[[Workspace], Any], lane: Lane) -> None:
        self._ops, self._parent, self._work, self._lane = ops, parent, work, lane
        self._on_success: Callable[[Any], object] | None = None
        self._on_progress: Callable[[Progress], None] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = True
        self._cancel = threading.Event()
        self._overtaken = False  # cancel() was called: a read's result is stale
        self._dialog: ProgressDialog | None = None

    def success(self, handler: Callable[[Any], object]) -> Op:
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[Exception], object]) -> Op:
        self._on_failure = handler
        return self

    def cancelled(self, handler: Callable[[], None]) -> Op:
        self._on_cancel = handler
        return self

    def progress(self, handler: Callable[[Progress], None]) -> Op:
        """Get the steps of generator work on the UI thread (a progress bar of the page itself)."""
        self._on_progress = handler
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op:
        """Show a progress dialog (after a short delay), with „Abbrechen“ for generator work if ``cancellable``."""
        self._label, self._cancellable = label, cancellable
        return self

    def run(self) -> Op:
        """Start the work; returns this Op, to ``cancel()`` it later."""
        if self._label is not None:
            self._dialog = ProgressDialog(self._label, self._parent, cancellable=self._cancellable)
            self._dialog.cancel_requested.connect(self._cancel.set)
        if not self._ops._submit(self._lane, self._run_in_worker, self._done) and self._dialog is not None:
            self._dialog.finish()
        return self

    def cancel(self) -> None:
        """Stop generator work at its next step (rolled back). A read delivers no result, only
        ``cancelled()``, even if it had finished (a newer request overtook it); so cancel no
        read that writes a file. Work that is no generator runs to its end."""
        self._overtaken = True
        self._cancel.set()

    # -- worker thread ---------------------------------------------------------

    def _run_in_worker(self) -> Any:
        if self._cancel.is_set():
            raise Cancelled()
        try:
            result = self._work(self._ops.workspace)
            if inspect.isgenerator(result):
                return self._drive(result)
            return result
        except Exception as error:  # a read met a damaged page: say so, and offer a backup
            damage = self._ops.workspace.storage.damage_from(error)
            if damage is not None:
                raise damage from error
            raise

    def _drive(self, work: Generator[Any, Any, Any]) -> Any:  # yields Progress
        last_report = 0.0
        while True:
            if self._cancel.is_set():
                work.close()  # GeneratorExit inside the core's transaction: rolled back
                raise Cancelled()
            try:
                step = next(work)
            except StopIteration as stop:
                return stop.value
            now = time.monotonic()
            if now - last_report >= _PROGRESS_INTERVAL and (self._dialog or self._on_progress):
                last_report = now
                self._ops.on_ui_thread(partial(self._show_progress, step))

    # -- UI thread -------------------------------------------------------------

    def _show_progress(self, step: Progress) -> None:
        if self._cancel.is_set():
            return
        if self._dialog is not None:
            self._dialog.show_progress(step)
        if self._on_progress is not None and self._answers():
            self._on_progress(step)

    def _answers(self) -> bool:
        """A widget closed while its work ran gets no answer."""
        return self._parent is None or shiboken6.isValid(self._parent)

    def _offered_restore_for(self, error: BaseException) -> bool:
        """Damage of the workspace's own file (not of a chosen backup) goes to ``on_damage``."""
        handler = self._ops.on_damage
        damage = self._ops.workspace.storage.damage
        return handler is not None and damage is not None and error is damage and handler(damage)

    def _done(self, future: Future) -> None:
        if self._dialog is not None:
            self._dialog.finish()
        answer = self._answers()
        parent = self._parent if answer else None  # an error is still shown, without the closed widget
        try:
            error = future.exception()
            if error is None and self._overtaken and self._lane is not self._ops.writer:
                error = Cancelled()  # a read overtaken by a newer one: its result is stale
            if isinstance(error, Cancelled):
                if self._on_cancel and answer:
                    self._on_cancel()
            elif error is not None and self._offered_restore_for(error):
                pass
            elif error is not None:
                if self._on_failure and answer and isinstance(error, Exception):
                    self._on_failure(error)
                else:
                    show_error(parent, error)
            elif self._on_success and answer:
                self._on_success(future.result())
        finally:
            self._ops.finished.emit()


def cancelled_message() -> str:
    return QCoreApplication.translate("Operations", "Abgebrochen. Es wurde nichts geändert.")
