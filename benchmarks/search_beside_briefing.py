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
from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings import BriefingOptions, build_briefing
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.global_search.list_filter_backend import ListFilterSearch
from sic_desktop.ui.operations import Op, Operations

WORK_AND_CARE = RecordRef(RecordType.THEME, 2)
RUNS = 3


def _wait(condition: Callable[[], bool]) -> None:
    while not condition():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def _search_wait(ctx: AppContext, start_briefing: Callable[..., Op]) -> tuple[float, float]:
    """Seconds the search waited, and the briefing's own seconds."""
    started = time.perf_counter()
    briefing: list[float] = []
    running: list[bool] = []
    options = BriefingOptions(full_note_texts=True)
    start_briefing(None, lambda ws: build_briefing(ws, WORK_AND_CARE, options, io.BytesIO())).progress(
        lambda step: running.append(True)).success(lambda _: briefing.append(time.perf_counter() - started)).run()
    _wait(lambda: bool(running))
    found: list[float] = []
    asked = time.perf_counter()
    backend = ListFilterSearch(ctx.ws)
    ctx.ops.read(None, lambda ws: backend.search("Stiftung", 50, None)).success(
        lambda _: found.append(time.perf_counter() - asked)).run()
    _wait(lambda: bool(found) and bool(briefing))
    return found[0], briefing[0]


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
            measured = [_search_wait(ctx, start) for _ in range(RUNS)]
            rows.append((label, statistics.median(m[0] for m in measured), statistics.median(m[1] for m in measured)))
        ctx.close()
        workspace.close()
    print(f"{'':40} {'search answered after':>22} {'briefing took':>14}")
    for label, search, briefing in rows:
        print(f"{label:40} {search * 1000:>19.0f} ms {briefing:>12.1f} s")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
