"""Time from process start to the main window shown, with a big data folder and an empty one.

    sic-desktop --data-dir D demo --persons 5000 --notes 50000   # once
    python benchmarks/ui_startup.py D

Each run is a fresh process (imports included), as when a user double-clicks the
program; the baseline is the same start on an empty data folder, measured in the
same run. Peak memory is the child's maximum resident set size. Target: < 1 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.translations import install_translations
app = QApplication(sys.argv)
install_translations(app, "de")
ws = Workspace.open(sys.argv[1])
ctx = AppContext(ws)
window = MainWindow(ctx)
window.show()
app.processEvents()
window.repaint()
print("READY", flush=True)
ctx.close()
ws.close()
"""


def start_once(folder: Path) -> tuple[float, int]:
    """Seconds until the child printed READY, and its peak memory in MB."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, env=env, text=True)
    for line in child.stdout:
        if line.startswith("READY"):
            ready = time.perf_counter() - started
            break
    else:
        raise SystemExit("the window did not start")
    child.wait()
    return ready, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="data folder with the 5,000/50,000 demo data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty:
        start_once(Path(empty) / "warm-up")  # the first start pays for cold file caches
        baseline = [start_once(Path(empty) / "daten")[0] for _ in range(args.runs)]
        full = [start_once(args.data_dir)[0] for _ in range(args.runs)]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"window shown, empty data folder (baseline): median {statistics.median(baseline) * 1000:6.0f} ms")
    print(f"window shown, {args.data_dir}:              median {statistics.median(full) * 1000:6.0f} ms  (target < 1000 ms)")
    print(f"peak memory of one start (largest child):   {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
