"""Time from process start to the window painted, for the installed ``sic-desktop`` command.

    sic-desktop --data-dir D demo --persons 5000 --notes 50000   # once
    python benchmarks/ui_startup.py D

Each start is a fresh process of the real entry point (``sic-desktop --data-dir D`` with
``SIC_DESKTOP_PRINT_WHEN_SHOWN=1``, which prints a line once the window is painted), as when
a user double-clicks the program. The baseline, measured in the same run and alternating
with it, is a bare PySide6 window started the same way: what any Qt program pays. Also
timed: ``sic-desktop --version`` next to a bare ``python -c pass``. Peak memory is the
largest child's maximum resident set size. Targets: window ≤ 1 s on a quiet machine and
≤ 2 × the bare window; ``--version`` ≤ 0.3 s.

The children compile to bytecode once, in a cache of this run (the warm-up start fills it),
as an installed program has its modules compiled: a ``PYTHONDONTWRITEBYTECODE`` in the
caller's environment would otherwise make every start compile the program anew.
"""

from __future__ import annotations

import argparse
import os
import resource
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sic_desktop.ui.app import SHOWN_MARKER, SHOWN_MARKER_ENV

BARE_WINDOW = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.repaint()
print("SIC-DESKTOP-WINDOW-SHOWN", flush=True)
"""


def installed_command() -> str:
    """``sic-desktop`` beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("sic-desktop")
    found = str(beside) if beside.exists() else shutil.which("sic-desktop")
    if not found:
        raise SystemExit("sic-desktop ist nicht installiert (pip install -e .)")
    return found


def child_environment(bytecode_cache: Path) -> dict[str, str]:
    """The caller's environment, offscreen, with the shown marker and a bytecode cache of this run."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", SHOWN_MARKER_ENV: "1"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def seconds_until_shown(command: list[str], env: dict[str, str]) -> float:
    """Start ``command``, wait for the shown marker, end the process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while selector.select(timeout=120):
                line = child.stdout.readline()
                if not line:
                    break
                if line.strip() == SHOWN_MARKER:
                    return time.perf_counter() - started
        raise SystemExit(f"kein Fenster: {' '.join(command)}")
    finally:
        child.terminate()
        child.wait(timeout=60)


def seconds_to_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    return f"median {statistics.median(ordered) * 1000:6.0f} ms  max {ordered[-1] * 1000:6.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="data folder, e.g. with the 5,000/50,000 demo data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = installed_command()
    bare, empty, full, version, python = [], [], [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        env = child_environment(Path(scratch) / "bytecode")
        # Warm-up: fills file caches and the bytecode cache (of the window, the bare window, --version).
        seconds_until_shown([command, "--data-dir", str(Path(scratch) / "warm-up")], env)
        seconds_until_shown([command, "--data-dir", str(args.data_dir)], env)
        seconds_until_shown([sys.executable, "-c", BARE_WINDOW], env)
        seconds_to_run([command, "--version"], env)
        for run in range(args.runs):
            bare.append(seconds_until_shown([sys.executable, "-c", BARE_WINDOW], env))
            empty.append(seconds_until_shown([command, "--data-dir", str(Path(scratch) / f"leer-{run}")], env))
            full.append(seconds_until_shown([command, "--data-dir", str(args.data_dir)], env))
            python.append(seconds_to_run([sys.executable, "-c", "pass"], env))
            version.append(seconds_to_run([command, "--version"], env))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    ratio = statistics.median(full) / statistics.median(bare)
    print(f"bare PySide6 window (baseline):      {_ms(bare)}")
    print(f"sic-desktop, new empty data folder:  {_ms(empty)}")
    print(f"sic-desktop --data-dir {args.data_dir}: {_ms(full)}  ({ratio:.1f} × baseline; target ≤ 1000 ms, ≤ 2 ×)")
    print(f"python -c pass (baseline):           {_ms(python)}")
    print(f"sic-desktop --version:               {_ms(version)}  (target ≤ 300 ms)")
    print(f"peak memory of one start (largest child): {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
