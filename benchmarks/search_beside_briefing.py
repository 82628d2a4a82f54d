"""How long the search popup's read waits while a briefing is being made, next to the same read
on the old single reader (both on ``ops.read``) in the same run.

A demo data set (1,000 contacts, 6,000 notes) in a temporary folder; the theme-field report
of „Work & Care“ over all years and full note texts is started as a long read, then, once it
runs, the read the search popup makes without an index (names and titles, ``ListFilterSearch``)
is started and timed until its result arrives on the UI thread. Baseline: the briefing on the
quick reader, as before the second reader existed. Each measured three times; the median shown.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/search_beside_briefing.py``
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings import BriefingOptions, build_briefing
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.global_search.list_filter_backend import ListFilterSearch
from sic_desktop.ui.operations import Op, Operations

WORK_AND_CARE = RecordRef(RecordType.THEME, 2)
RUNS = 3
TIMEOUT = 300.0  # seconds one run may take (the briefing takes seconds); then it is reported, not waited for


def _wait(condition: Callable[[], bool], deadline: float) -> bool:
    """Serve the event loop until ``condition()`` holds (True) or ``deadline`` (monotonic) passes (False)."""
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return True


def _search_wait(ctx: AppContext, start_briefing: Callable[..., Op]) -> tuple[float, float] | None:
    """Seconds the search waited, and the briefing's own seconds; None if the run did not end within
    ``TIMEOUT`` (the briefing is cancelled then) or one of them failed."""
    deadline = time.monotonic() + TIMEOUT
    started = time.perf_counter()
    briefing: list[float | None] = []
    running: list[bool] = []
    options = BriefingOptions(full_note_texts=True)
    made = start_briefing(None, lambda ws: build_briefing(ws, WORK_AND_CARE, options, io.BytesIO())).progress(
        lambda step: running.append(True)).success(lambda _: briefing.append(time.perf_counter() - started)).failure(
        lambda error: briefing.append(None)).run()
    found: list[float | None] = []
    if _wait(lambda: bool(running) or bool(briefing), deadline):
        asked = time.perf_counter()
        backend = ListFilterSearch(ctx.ws)
        ctx.ops.read(None, lambda ws: backend.search("Stiftung", 50, None)).success(
            lambda _: found.append(time.perf_counter() - asked)).failure(lambda error: found.append(None)).run()
    if not _wait(lambda: bool(found) and bool(briefing), deadline):
        made.cancel()
        return None
    return (found[0], briefing[0]) if found[0] is not None and briefing[0] is not None else None


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        run_to_end(load_demo(workspace, DemoSize(persons=1000, notes=6000), seed=7))
        ctx = AppContext(workspace)
        ops: Operations = ctx.ops
        run_to_end(build_briefing(workspace, WORK_AND_CARE, BriefingOptions(), io.BytesIO()))  # fonts, imports
        rows = []
        for label, start in (("briefing on the quick reader (before)", ops.read),
                             ("briefing on the long reader (now)", ops.long_read)):
            measured: list[tuple[float, float]] = []
            for _ in range(RUNS):
                run = _search_wait(ctx, start)
                if run is None:
                    break  # a stuck lane would hold up every further run
                measured.append(run)
            rows.append((label, _median([m[0] for m in measured]), _median([m[1] for m in measured]),
                         RUNS - len(measured)))
        ctx.close()
        workspace.close()
    print(f"{'':40} {'search answered after':>22} {'briefing took':>14}")
    for label, search, briefing, missing in rows:
        figures = (f"{'–':>22} {'–':>14}" if search is None or briefing is None
                   else f"{search * 1000:>19.0f} ms {briefing:>12.1f} s")
        note = f"  ({missing} of {RUNS} runs not measured: one took over {TIMEOUT:.0f} s or failed)" if missing else ""
        print(f"{label:40} {figures}{note}")
    app.quit()
    return 1 if any(row[3] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
