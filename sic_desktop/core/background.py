"""The program's worker threads: the one place that starts them, and closes what they opened.

A ``Lane`` is one thread that runs work in the order it was given: the window's
writer and its two readers (``ui.operations``), the search index's rebuild, a
PDF being laid out beside its progress. The thread ends when it has been idle
for ``idle_seconds`` or the lane shuts down, and calls ``on_exit`` in that thread
first, so that ``Workspace.release_thread`` closes the database connection the
thread made: a finished thread leaves no connection open. The next work starts
a fresh thread. Headless (no Qt): the command line and the window share it.

The threads are daemons, so a hanging one never keeps the program from ending; but
none may still run while the interpreter and Qt tear down (a result delivered to a
half-destroyed window corrupts memory): the program's end calls ``shutdown_all``.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# A lane's thread waits this long for more work before it ends (and closes its connection).
IDLE_SECONDS = 30.0

_lanes: weakref.WeakSet[Lane] = weakref.WeakSet()  # every lane not yet garbage (a running thread keeps its lane)
_lanes_lock = threading.Lock()


class Lane:
    """One worker thread, started on demand, ended when idle; work runs in order."""

    def __init__(self, name: str, *, on_exit: Callable[[], None] | None = None,
                 idle_seconds: float = IDLE_SECONDS) -> None:
        self.name = name
        self._on_exit = on_exit
        self._idle_seconds = idle_seconds
        self._queue: deque[tuple[Future[Any], Callable[[], Any]]] = deque()
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None  # the one taking work
        self._live: set[threading.Thread] = set()  # with those still closing after their last work
        self._closed = False
        with _lanes_lock:
            _lanes.add(self)

    @property
    def running(self) -> bool:
        """A thread of this lane is alive (working, or waiting for more work)."""
        with self._ready:
            return bool(self._live)

    @property
    def shut_down(self) -> bool:
        """``shutdown`` was called: no new work is taken."""
        with self._ready:
            return self._closed

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Run ``work`` on this lane's thread after what was given before; its outcome is the future's."""
        future: Future[T] = Future()
        with self._ready:
            if self._closed:
                raise RuntimeError(f"lane {self.name} is shut down")
            self._queue.append((future, work))
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name=self.name, daemon=True)
                self._live.add(self._thread)
                self._thread.start()
            self._ready.notify()
        return future

    def shutdown(self, *, wait: bool = True, timeout: float | None = None) -> None:
        """Run what is queued, then end the thread; ``wait`` for it (at most ``timeout`` seconds).
        No new work is taken."""
        with self._ready:
            self._closed = True
            live = list(self._live)
            self._ready.notify_all()
        if wait:
            for thread in live:
                if thread is not threading.current_thread():
                    thread.join(timeout)

    def _next(self) -> tuple[Future[Any], Callable[[], Any]] | None:
        with self._ready:
            if not self._queue and not self._closed:
                self._ready.wait(self._idle_seconds)
            if self._queue:
                return self._queue.popleft()
            self._thread = None  # a submit from now on starts a new thread
            return None

    def _serve(self) -> None:
        try:
            while (item := self._next()) is not None:
                future, work = item
                del item
                # This thread lets go of the work before its outcome is handed over, so the last reference
                # to what the work holds (a window's widgets in a closure) is never dropped here: Qt
                # objects must be destroyed on the thread that made them.
                if not future.set_running_or_notify_cancel():
                    del work
                    continue
                try:
                    result = work()
                except BaseException as error:  # noqa: BLE001 — handed to whoever waits for the future
                    del work
                    future.set_exception(error)
                else:
                    del work
                    future.set_result(result)
                    del result
                del future
        finally:
            if self._on_exit is not None:
                try:
                    self._on_exit()
                except Exception as error:  # noqa: BLE001 — a thread's end must not raise into nowhere
                    log.error("closing after %s failed: %s", self.name, type(error).__name__)
            with self._ready:
                self._live.discard(threading.current_thread())


def run_beside(work: Callable[[], T], name: str, *, on_exit: Callable[[], None] | None = None) -> tuple[Lane, Future[T]]:
    """Run ``work`` once on a thread of its own that ends right after (a PDF laid out while its
    caller reports progress, the search index's rebuild); ``lane.shutdown()`` waits for that end."""
    lane = Lane(name, on_exit=on_exit, idle_seconds=0)
    future = lane.submit(work)
    lane.shutdown(wait=False)
    return lane, future


def running_lanes(*, not_shut_down: bool = False) -> list[str]:
    """The names of the lanes whose thread is still alive; with ``not_shut_down`` only those still
    taking work (not those finishing after their ``shutdown``: nobody forgot to end them)."""
    with _lanes_lock:
        lanes = list(_lanes)
    return sorted(lane.name for lane in lanes if lane.running and not (not_shut_down and lane.shut_down))


def shutdown_all(timeout: float) -> list[str]:
    """At the program's end: every lane finishes what it was given and ends its thread, all
    within ``timeout`` seconds; returns the names of those still running after it."""
    with _lanes_lock:
        lanes = list(_lanes)
    deadline = time.monotonic() + timeout
    for lane in lanes:
        lane.shutdown(timeout=max(0.0, deadline - time.monotonic()))
    return running_lanes()
