"""Two background threads and the way back to the UI thread.

Writes run one after another on a single worker thread (as in Anki's taskman), so
two saves never race; reads that may take a while (search, list ids) run on a
second thread so a long write does not hold them up. Worker code never touches a
widget: results travel back as closures through a queued Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class TaskManager(QObject):
    _closure = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sic-writer")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sic-reader")
        self._pending = 0
        self._closed = False
        # Emitted from a worker thread, received in this object's (the UI) thread.
        self._closure.connect(self._run_closure)

    def write(self, work: Callable[[], Any], on_done: Callable[[Future], None]) -> None:
        """Run ``work`` on the serialized writer; ``on_done(future)`` runs on the UI thread."""
        self._submit(self._writer, work, on_done)

    def read(self, work: Callable[[], Any], on_done: Callable[[Future], None]) -> None:
        """Run a read on the reader thread; ``on_done(future)`` runs on the UI thread."""
        self._submit(self._reader, work, on_done)

    def _submit(self, executor: ThreadPoolExecutor, work: Callable[[], Any], on_done: Callable[[Future], None]) -> None:
        if self._closed:
            return  # the window is closing: a late timer must not start new work
        self._pending += 1
        future = executor.submit(work)
        future.add_done_callback(lambda done: self._closure.emit(lambda: self._finish(on_done, done)))

    def _finish(self, on_done: Callable[[Future], None], future: Future) -> None:
        self._pending -= 1
        on_done(future)

    def on_ui_thread(self, closure: Callable[[], None]) -> None:
        """Run ``closure`` on the UI thread (callable from any thread)."""
        self._closure.emit(closure)

    @property
    def idle(self) -> bool:
        """No work queued or running, and every result delivered."""
        return self._pending == 0

    def shutdown(self) -> None:
        """Wait for running work; called when the window closes."""
        self._closed = True
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)

    @staticmethod
    def _run_closure(closure: Callable[[], None]) -> None:
        closure()
