"""Time from process start to the window painted, for the installed ``sic-desktop`` command.

    sic-desktop --data-dir D demo --persons 5000 --notes 50000   # once
    python benchmarks/ui_startup.py D

Each start is a fresh process of the real entry point (``sic-desktop --data-dir D`` with
``SIC_DESKTOP_PRINT_WHEN_SHOWN=1``, which prints a line once the window is painted and one
once the start page shows its data), as when a user double-clicks the program. The
baseline, measured in the same run and alternating with it, is a bare PySide6 window
started the same way: what any Qt program pays. Beside the wall-clock time, the processor
time the child has used until its window is painted (all its threads, as the child reports
it in the line): it depends far less on what else the machine is doing; and the fastest start of
each, what the machine gives when nothing else needs it.
Also timed: ``sic-desktop --version`` next to a bare ``python -c pass``. Peak memory is
the largest child's maximum resident set size. Targets: window ≤ 1 s on a quiet machine
and ≤ 2 × the bare window; ``--version`` ≤ 0.3 s.

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
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.ui.app import FILLED_MARKER, SHOWN_MARKER, SHOWN_MARKER_ENV

BARE_WINDOW = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.repaint()
print("SIC-DESKTOP-WINDOW-SHOWN", time.process_time(), flush=True)
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


@dataclass(frozen=True)
class Start:
    shown: float  # seconds from process start until the window is painted
    cpu: float  # processor seconds the child had used by then
    filled: float  # seconds until the window shows the start page's data (painted and filled)


def start_until_shown(command: list[str], env: dict[str, str], *, filled: bool = True) -> Start:
    """Start ``command``, wait for the shown marker (and the filled marker if ``filled``), end the process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    waiting = {SHOWN_MARKER, FILLED_MARKER} if filled else {SHOWN_MARKER}
    shown = cpu = 0.0
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while waiting and selector.select(timeout=120):
                line = child.stdout.readline().split()
                if not line:
                    break
                if line[0] == SHOWN_MARKER:
                    shown, cpu = time.perf_counter() - started, float(line[1])
                waiting.discard(line[0])
        if waiting:
            raise SystemExit(f"kein Fenster: {' '.join(command)}")
        return Start(shown, cpu, time.perf_counter() - started)
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


def _row(label: str, starts: list[Start], bare: list[Start] | None = None) -> str:
    """Wall-clock and processor time of ``starts``; beside the baseline's when ``bare`` is given."""
    wall, cpu = [s.shown for s in starts], [s.cpu for s in starts]
    text = f"{label:<38}{_ms(wall)}   cpu median {statistics.median(cpu) * 1000:5.0f} ms   fastest {min(wall) * 1000:4.0f} ms"
    if bare:
        wall_ratio = statistics.median(wall) / statistics.median(s.shown for s in bare)
        cpu_ratio = statistics.median(cpu) / statistics.median(s.cpu for s in bare)
        fastest_ratio = min(wall) / min(s.shown for s in bare)  # what the machine gives when nothing else runs
        text += f"   ({wall_ratio:.2f} × / cpu {cpu_ratio:.2f} × / fastest {fastest_ratio:.2f} × baseline)"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="data folder, e.g. with the 5,000/50,000 demo data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = installed_command()
    bare: list[Start] = []
    empty: list[Start] = []
    full: list[Start] = []
    version: list[float] = []
    python: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        env = child_environment(Path(scratch) / "bytecode")
        # Warm-up: fills file caches and the bytecode cache (of the window, the bare window, --version).
        start_until_shown([command, "--data-dir", str(Path(scratch) / "warm-up")], env)
        start_until_shown([command, "--data-dir", str(args.data_dir)], env)
        start_until_shown([sys.executable, "-c", BARE_WINDOW], env, filled=False)
        seconds_to_run([command, "--version"], env)
        for run in range(args.runs):
            bare.append(start_until_shown([sys.executable, "-c", BARE_WINDOW], env, filled=False))
            empty.append(start_until_shown([command, "--data-dir", str(Path(scratch) / f"leer-{run}")], env))
            full.append(start_until_shown([command, "--data-dir", str(args.data_dir)], env))
            python.append(seconds_to_run([sys.executable, "-c", "pass"], env))
            version.append(seconds_to_run([command, "--version"], env))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print("window painted (wall-clock from process start; processor time of the child until then)")
    print(_row("bare PySide6 window (baseline):", bare))
    print(_row("sic-desktop, new empty data folder:", empty, bare))
    print(_row(f"sic-desktop --data-dir {args.data_dir.name}:", full, bare) + "   target ≤ 1000 ms, ≤ 2 ×")
    print(f"{'  … start page with its data:':<38}{_ms([s.filled for s in full])}")
    print(f"{'python -c pass (baseline):':<38}{_ms(python)}")
    print(f"{'sic-desktop --version:':<38}{_ms(version)}   target ≤ 300 ms")
    print(f"peak memory of one start (largest child): {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
