"""Rendering a document as a progress generator, so that the window can stop it.

reportlab lays out a document in one call. Run on a helper thread, that call
reports its percentages to this generator, which yields them as ``Progress``;
closing the generator (the window's „Abbrechen“) asks the rendering to stop at
its next step, waits for it, and no file is written. While one long table is
broken into pages the percentage stands still, so the generator also yields
at a steady beat: the caller must get the chance to cancel.
"""

from __future__ import annotations

import os
import queue
import threading
from typing import BinaryIO

from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.reports import Document, RenderResult

_BEAT_SECONDS = 0.1
_FINISHED = -1


def render_in_steps(
    document: Document,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    done: int = 0,
    message: str = "",
) -> ProgressGenerator[RenderResult]:
    """Render ``document`` to ``target``, yielding ``Progress(done + percent, done + 100)``."""
    percents: queue.SimpleQueue[int] = queue.SimpleQueue()
    stop = threading.Event()
    outcome: list[RenderResult | BaseException] = []

    def render() -> None:
        try:
            outcome.append(document.render(target, should_cancel=stop.is_set, on_progress=percents.put))
        except BaseException as error:  # handed to the generator's caller below
            outcome.append(error)
        finally:
            percents.put(_FINISHED)

    thread = threading.Thread(target=render, name="briefing-pdf", daemon=True)
    thread.start()
    percent = 0
    try:
        while True:
            try:
                percent = percents.get(timeout=_BEAT_SECONDS)
            except queue.Empty:
                pass  # still at work: report the same step again
            if percent == _FINISHED:
                break
            yield Progress(done + percent, done + 100, message)
    finally:
        stop.set()
        thread.join()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
