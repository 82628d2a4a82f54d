"""The search service's background rebuild: a thread of its own, cancelled between steps.

Not the window's reader or writer thread: a rebuild of 50,000 notes takes most of a
minute, and neither saves nor list loads should wait behind it. After the rebuild
(or at once, if the index was current) it warms the posting cache, so that the first
searches after start are as quick as later ones.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sic_desktop.core.progress import ProgressGenerator

log = logging.getLogger(__name__)


class BackgroundRebuild(threading.Thread):
    """``rebuild()`` (a progress generator) on its own thread, cancelled between two
    steps; then ``warm(stop)``; ``failed()`` if either raises."""

    def __init__(self, rebuild: Callable[[], ProgressGenerator[object]], warm: Callable[[Callable[[], bool]], object],
                 failed: Callable[[], None]) -> None:
        super().__init__(name="sic-search-index", daemon=True)
        self._rebuild, self._warm, self._failed = rebuild, warm, failed
        self._cancel = threading.Event()
        self.again = False  # the index fell behind once more while this ran: check again

    def cancel(self) -> None:
        self._cancel.set()
        if self is not threading.current_thread():
            self.join()

    def run(self) -> None:
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
