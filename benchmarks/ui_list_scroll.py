"""Scrolling a long list: how long the UI thread is busy per new block of rows, next to a baseline.

    python benchmarks/ui_list_scroll.py [D]   # D: a data folder; without it a demo of 5,000 contacts

Each step scrolls the contact list to the next block of 100 rows and repaints it. Measured: the
UI thread's time for that scroll and paint (the block is asked for on the reader lane and painted
when it arrives), and the time until the rows are on screen. Baselines, same run: the paint of
the same rows alone, and the block's ``summaries`` read alone, which the model used to run on the
UI thread inside the paint (the window stood still for both; on the team server plus a network
round trip per block).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_lists import wait  # noqa: E402  (the list benchmark's: process events until a condition holds)

from sic_desktop.core.demo import DemoSize, load_demo  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.ui.context import AppContext  # noqa: E402
from sic_desktop.ui.lists.table_model import BLOCK  # noqa: E402
from sic_desktop.ui.main_window import MainWindow  # noqa: E402

STEPS = 30




def main() -> int:
    app = QApplication(sys.argv)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "daten"
    ws = Workspace.open(folder)
    if ws.persons.count() < BLOCK * (STEPS + 1):
        run_to_end(load_demo(ws, DemoSize(persons=5000, notes=500)))
    ctx = AppContext(ws)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.go_to("person")
    wait(app, lambda: page.model.rowCount() > 0 and ctx.ops.idle)
    ids, busy, shown, painted, baseline = page.model.ids(), [], [], [], []
    for step in range(1, STEPS + 1):
        row = step * BLOCK
        started = time.perf_counter()
        page.table.scrollTo(page.model.index(row, 0))
        page.table.viewport().repaint()
        busy.append(time.perf_counter() - started)
        wait(app, lambda row=row: ctx.ops.idle and page.model.data(page.model.index(row, 0)) is not None)
        page.table.viewport().repaint()
        shown.append(time.perf_counter() - started)
        started = time.perf_counter()
        page.table.viewport().repaint()  # the same rows again: the paint alone
        painted.append(time.perf_counter() - started)
        started = time.perf_counter()
        ws.persons.summaries(ids[row : row + BLOCK])
        baseline.append(time.perf_counter() - started)
    ms = lambda values: f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"  # noqa: E731
    print(f"{len(ids)} contacts, {STEPS} scroll steps of {BLOCK} rows")
    print(f"UI thread busy per step (scroll + paint): {ms(busy)}")
    print(f"until the block's rows are painted:        {ms(shown)}")
    print(f"baseline: the paint alone:                 {ms(painted)}")
    print(f"baseline: the block's summaries alone (read inside the paint before): {ms(baseline)}")
    window.close_discarding_changes()
    ctx.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
