"""The one helper for database work from the window (like Anki's CollectionOp/QueryOp).

``ops.write(parent, work)`` runs ``work(workspace)`` on the serialized writer thread;
``ops.read(...)`` on the reader. If ``work`` returns a progress generator
(``core.progress``), it is driven step by step: with ``.with_progress(label)`` a
dialog shows the steps and „Abbrechen“ closes the generator, which rolls the
core's transaction back; ``cancellable=False`` shows the dialog without
„Abbrechen“, for work that must not stop half-way. Results and errors come back
on the UI thread through ``.success()`` / ``.failure()``; without a failure
handler errors are shown as a German message (see messages.show_error).
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

from sic_desktop.core.errors import CorruptDatabaseError
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.progress_dialog import ProgressDialog
from sic_desktop.ui.taskman import TaskManager

T = TypeVar("T")

# Progress is passed to the UI at most this often, so a fast generator does not flood it.
_PROGRESS_INTERVAL = 0.05


class Cancelled(Exception):
    """The user pressed „Abbrechen“; the work was rolled back."""


class Operations(QObject):
    """Starts operations on one workspace; ``finished`` fires after each one (for tests and the status bar)."""

    finished = Signal()

    def __init__(self, workspace: Workspace, taskman: TaskManager) -> None:
        super().__init__(taskman)
        self.workspace = workspace
        self.taskman = taskman
        # Called on the UI thread with the CorruptDatabaseError when an operation found the file
        # damaged: the session offers the newest backup (True) instead of the operation showing its message.
        self.on_damage: Callable[[CorruptDatabaseError], bool] | None = None

    def write(self, parent: QWidget | None, work: Callable[[Workspace], Any]) -> Op:
        """A change to the data: runs on the single writer thread."""
        return Op(self, parent, work, writer=True)

    def read(self, parent: QWidget | None, work: Callable[[Workspace], Any]) -> Op:
        """A read that may take a moment: runs on the reader thread."""
        return Op(self, parent, work, writer=False)

    @property
    def idle(self) -> bool:
        return self.taskman.idle


class Op(Generic[T]):
    def __init__(self, ops: Operations, parent: QWidget | None, work: Callable[[Workspace], Any], *, writer: bool):
        self._ops, self._parent, self._work, self._writer = ops, parent, work, writer
        self._on_success: Callable[[Any], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = True
        self._cancel = threading.Event()
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

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op:
        """Show a progress dialog (after a short delay), with „Abbrechen“ for generator work if ``cancellable``."""
        self._label, self._cancellable = label, cancellable
        return self

    def run(self) -> None:
        if self._label is not None:
            self._dialog = ProgressDialog(self._label, self._parent, cancellable=self._cancellable)
            self._dialog.cancel_requested.connect(self._cancel.set)
        submit = self._ops.taskman.write if self._writer else self._ops.taskman.read
        submit(self._run_in_worker, self._done)

    # -- worker thread ---------------------------------------------------------

    def _run_in_worker(self) -> Any:
        try:
            result = self._work(self._ops.workspace)
            if inspect.isgenerator(result):
                return self._drive(result)
            return result
        except Exception as error:  # a read met a damaged page: say so, and offer a backup
            damage = self._ops.workspace.database.damage_from(error)
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
            if self._dialog is not None and now - last_report >= _PROGRESS_INTERVAL:
                last_report = now
                dialog = self._dialog
                self._ops.taskman.on_ui_thread(partial(dialog.show_progress, step))

    # -- UI thread -------------------------------------------------------------

    def _offered_restore_for(self, error: BaseException) -> bool:
        """Damage of the workspace's own file (not of a chosen backup) goes to ``on_damage``."""
        handler = self._ops.on_damage
        damage = self._ops.workspace.database.damage
        return handler is not None and damage is not None and error is damage and handler(damage)

    def _done(self, future: Future) -> None:
        if self._dialog is not None:
            self._dialog.finish()
        # A widget closed while its work ran gets no answer; an error is still shown, without it.
        parent = self._parent if self._parent is None or shiboken6.isValid(self._parent) else None
        answer = parent is not None or self._parent is None
        try:
            error = future.exception()
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
