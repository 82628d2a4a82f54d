"""The search service's background rebuild: a thread of its own, cancelled between steps.

Not the window's reader or writer thread: a rebuild of 50,000 notes takes most of a
minute, and neither saves nor list loads should wait behind it. The thread is a
``core.background`` one (``run_beside``), which closes its database connection
when it ends. After the rebuild (or at once, if the index was current) it warms the
posting cache, so that the first searches after start are as quick as later ones.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from sic_desktop.core.background import Lane, run_beside
from sic_desktop.core.progress import ProgressGenerator

log = logging.getLogger(__name__)


class BackgroundRebuild:
    """``rebuild()`` (a progress generator) on its own thread, cancelled between two
    steps; then ``warm(stop)``; ``failed()`` if either raises; ``on_exit()`` in the thread at its end."""

    def __init__(self, rebuild: Callable[[], ProgressGenerator[object]], warm: Callable[[Callable[[], bool]], object],
                 failed: Callable[[], None], *, on_exit: Callable[[], None] | None = None) -> None:
        self._rebuild, self._warm, self._failed, self._on_exit = rebuild, warm, failed, on_exit
        self._cancel = threading.Event()
        self._lane: Lane | None = None
        self._future: Future[None] | None = None
        self.again = False  # the index fell behind once more while this ran: check again

    def start(self) -> None:
        self._lane, self._future = run_beside(self._run, "sic-search-index", on_exit=self._on_exit)

    def is_alive(self) -> bool:
        return self._future is not None and not self._future.done()

    def join(self, timeout: float | None = None) -> None:
        """Wait until the thread has ended (and closed its connection)."""
        if self._lane is not None:
            self._lane.shutdown(timeout=timeout)

    def cancel(self) -> None:
        self._cancel.set()
        self.join()

    def _run(self) -> None:
        try:
            while not self._cancel.is_set():
                self.again = False
                work = self._rebuild()
                for _ in work:
                    if self._cancel.is_set():
                        work.close()
                        return
                if not self.again:
                    break
            if not self._cancel.is_set():
                started = time.perf_counter()
                self._warm(self._cancel.is_set)
                log.info("search index warmed in %.1f s", time.perf_counter() - started)
        except Exception as error:  # noqa: BLE001 — reported, never raised into nowhere
            log.error("background search index rebuild failed: %s", type(error).__name__)
            self._failed()
