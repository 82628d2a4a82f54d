"""Attachment text read in a process of its own, so the window never waits on pypdf.

Reading a PDF is CPU-bound Python (and pypdf's first import takes a second): on a thread
of the window's process it holds the GIL and the event loop stalls for up to a second
and more. A child process has its own interpreter, so the window's threads only wait on
a pipe. The child is started with „spawn“ (the only way on Windows; the packaged program
calls ``multiprocessing.freeze_support()`` in its entry script so that the child runs
the reader, not a second window), the first time a file is to be read, and lives until
``close()``. A file that keeps the child busy longer than ``timeout`` seconds (a
malformed PDF that sends pypdf into a loop) gets "" like every unreadable file: the child
is ended and the next file starts a fresh one (its start is not counted).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sic_desktop.io.attachment_text import extract_text

if TYPE_CHECKING:  # multiprocessing (with pickle) loads with the first file to read, not with the window
    from multiprocessing.pool import Pool

log = logging.getLogger(__name__)

# Seconds one file may take; a 300-page report takes about five.
TIMEOUT_SECONDS = 120.0
# Seconds a new child may take to start (a busy PC, a virus scanner checking the program's files).
START_SECONDS = 120.0
# A fresh child after this many files returns whatever memory pypdf kept.
FILES_PER_CHILD = 200


class TextReadingProcess:
    """``read(files)`` extracts the texts of ``(stored path, original name)`` pairs in a child process."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        self._timeout = timeout
        self._pool: Pool | None = None
        self._lock = threading.Lock()

    def read(self, files: list[tuple[Path, str]]) -> list[str]:
        return [self._read_one(path, name) for path, name in files]

    def close(self) -> None:
        """End the child (the window closes); a later ``read`` would start a new one."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()
            pool.join()

    def _read_one(self, path: Path, name: str) -> str:
        import multiprocessing

        pending = self._started().apply_async(extract_text, (path, name))
        try:
            return pending.get(self._timeout)  # waits on a pipe: the GIL is free for the window
        except multiprocessing.TimeoutError:
            log.warning("reading an attachment's text took longer than %.0f s (%s)", self._timeout, Path(name).suffix)
            self.close()
            return ""

    def _started(self) -> Pool:
        """The child, started and ready: its start never counts against a file's time.

        A child that does not answer raises ``TimeoutError``: the batch fails and its files
        stay unread, to be tried at the next start, instead of being marked as without text.
        """
        import multiprocessing

        with self._lock:
            if self._pool is None:
                pool = multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=FILES_PER_CHILD)
                try:
                    pool.apply_async(extract_text, (Path(), "")).get(START_SECONDS)  # imports the reader there
                except multiprocessing.TimeoutError:
                    pool.terminate()
                    raise TimeoutError("the process reading attachment text did not start") from None
                self._pool = pool
            return self._pool
