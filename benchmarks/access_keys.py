"""What settling the access keys costs the window: page and tab switches with the watcher, next to the
same switches without it, in one run.

    python benchmarks/access_keys.py [--rounds 20]

Every switch shows a page (and its editor's tabs); the watcher's event filter on the window sees the
window's events, and settles its Alt+letters only when the user presses Alt (timed on its own: an Alt
key press with the watcher). Baseline: the same window with the watcher's filter removed. The two
alternate round by round (with, without, with, …), so that a busy moment of the shared machine falls
on both alike. Before, the filter sat on the whole program and settled after every switch: 286 against
225 ms (+27 %) a round in one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from sic_desktop.core.demo import DemoSize, load_demo  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.ui.context import AppContext  # noqa: E402
from sic_desktop.ui.main_window import MainWindow  # noqa: E402
from sic_desktop.ui.mnemonics import AccessKeyWatcher  # noqa: E402
from sic_desktop.ui.pages import PAGES  # noqa: E402

SWITCHED = ("organisation", "person", "cooperation", "note", "followup", "privacy", "trash", "start")


def switch_round(app: QApplication, window: MainWindow) -> float:
    """Seconds for one round through the pages and the tabs on them, events processed after each switch."""
    start = time.perf_counter()
    for key in SWITCHED:
        page = window.go_to(key)
        app.processEvents()
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                app.processEvents()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder), user="benchmark")
        run_to_end(load_demo(ws, DemoSize(persons=120, notes=300)))
        ctx = AppContext(ws)
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        for spec in PAGES:  # every page made once, so that both runs only switch
            window.go_to(spec.key)
            app.processEvents()
        watcher = app.findChild(AccessKeyWatcher)
        assert watcher is not None
        with_watcher: list[float] = []
        without: list[float] = []
        for _ in range(args.rounds):
            with_watcher.append(switch_round(app, window))
            window.removeEventFilter(watcher)
            without.append(switch_round(app, window))
            window.installEventFilter(watcher)
        alt_presses = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            QTest.keyClick(window, Qt.Key.Key_Alt)
            alt_presses.append(time.perf_counter() - start)
        window.close_discarding_changes()
        ctx.close()
        ws.close()
    switches = len(SWITCHED)
    print(f"round of {switches} page switches (with their tabs), median of {args.rounds}:")
    print(f"  with the access-key watcher:  {statistics.median(with_watcher) * 1000:8.1f} ms")
    print(f"  without it (baseline):        {statistics.median(without) * 1000:8.1f} ms")
    print(f"  an Alt press (settles):       {statistics.median(alt_presses) * 1000:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
