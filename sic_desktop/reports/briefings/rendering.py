"""Rendering a document as a progress generator, so that the window can stop it.

reportlab lays out a document in one call. Run on a helper thread
(``core.background.run_beside``), that call
reports its percentages to this generator, which yields them as ``Progress``;
closing the generator (the window's „Abbrechen“) asks the rendering to stop at
its next step, waits for it, and no file is written. The PDF is laid out in
memory and written to the file only after the last step, where the generator can
no longer be closed: a rendering that finishes while the caller decides to cancel
leaves no file either. While one long table is broken into pages the percentage
stands still, so the generator also yields at a steady beat: the caller must get
the chance to cancel.
"""

from __future__ import annotations

import io
import os
import queue
import threading
from contextlib import suppress
from typing import BinaryIO

from sic_desktop.core.background import run_beside
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.pdf_document import write_pdf

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
    pdf = io.BytesIO()

    def render() -> None:
        try:
            outcome.append(document.render(pdf, should_cancel=stop.is_set, on_progress=percents.put))
        except BaseException as error:  # noqa: BLE001 — handed to the generator's caller below
            outcome.append(error)
        finally:
            percents.put(_FINISHED)

    lane, _ = run_beside(render, "briefing-pdf")
    percent = 0
    try:
        while True:
            with suppress(queue.Empty):  # still at work: report the same step again
                percent = percents.get(timeout=_BEAT_SECONDS)
            if percent == _FINISHED:
                break
            yield Progress(done + percent, done + 100, message)
    finally:
        stop.set()
        lane.shutdown()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    write_pdf(pdf.getvalue(), target)
    return result
