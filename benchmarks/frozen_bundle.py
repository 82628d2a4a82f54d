"""Size, start-to-window time and idle memory of the frozen program, next to the same program run from its venv.

    python benchmarks/frozen_bundle.py dist/sic-desktop --python build/venv/bin/python

(tools/build.sh runs it after each build.) Both programs open the same data folder
with the demo data on the offscreen screen. Start time: from starting the process
until the window printed that it is painted (``SIC_DESKTOP_PRINT_WHEN_SHOWN``),
median of several starts after one warm-up start. Idle memory: resident set size
once it has stopped changing after the window was shown. Linux only (reads /proc).
Targets (issue 8): bundle < 150 MB, window < 2 s. The size target is the Windows folder's:
a Linux bundle carries Qt's ICU and the system's libraries besides (docs/installation.md,
„Größe des Programmordners“, has the figures per part).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import Distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from sic_desktop.ui.app import SHOWN_MARKER, SHOWN_MARKER_ENV  # noqa: E402

MIB = 2**20


def tree_size(folder: Path) -> int:
    """Bytes of all files below ``folder`` (symbolic links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def largest_parts(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    """The biggest top-level entries of the bundle (the programs and the folders of _internal/)."""
    parts: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(bundle).parts
            key = "/".join(relative[:2]) if relative[0] == "_internal" and len(relative) > 1 else relative[0]
            parts[key] = parts.get(key, 0) + path.lstat().st_size
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def installed_size(python: str) -> int:
    """Bytes of the installed files of sic-desktop and everything it requires, in that venv."""
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True
    ).stdout.strip()
    installed = {canonical(dist.metadata["Name"]): dist for dist in Distribution.discover(path=[purelib])}
    todo, seen, total = ["sic-desktop"], set(), 0
    while todo:
        name = canonical(re.split(r"[ ;<>=!~\[(]", todo.pop())[0])
        if name in seen or name not in installed:  # seen, or only for another platform
            continue
        seen.add(name)
        dist = installed[name]
        total += sum(path.stat().st_size for path in map(dist.locate_file, dist.files or []) if path.is_file())
        todo += [requirement for requirement in dist.requires or [] if "extra ==" not in requirement]
    return total


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def start_once(command: list[str], folder: Path) -> tuple[float, int]:
    """Seconds until the window is painted, and the resident memory in KiB once idle."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", SHOWN_MARKER_ENV: "1"}
    started = time.perf_counter()
    child = subprocess.Popen(  # stderr: Qt's offscreen screen warns at every start
        [*command, "--data-dir", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    try:
        for line in child.stdout:
            if line.split()[:1] == [SHOWN_MARKER]:
                shown = time.perf_counter() - started
                break
        else:
            raise SystemExit(f"{command[0]} ended without showing the window (exit {child.wait()})")
        return shown, settled_rss(child.pid)
    finally:
        child.terminate()
        child.wait()


def settled_rss(pid: int, interval: float = 0.5, limit: float = 10.0) -> int:
    """RSS in KiB after two readings ``interval`` apart differ by less than 1 %."""
    previous = rss(pid)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(interval)
        current = rss(pid)
        if abs(current - previous) < previous / 100:
            return current
        previous = current
    return previous


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise SystemExit(f"no VmRSS for process {pid}")


def measure(command: list[str], folder: Path, runs: int) -> tuple[float, float, int]:
    """First start, median of the next ``runs`` starts (seconds), median idle RSS (KiB)."""
    first, _ = start_once(command, folder)
    results = [start_once(command, folder) for _ in range(runs)]
    return first, statistics.median(r[0] for r in results), int(statistics.median(r[1] for r in results))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", type=Path, help="the folder PyInstaller made (dist/sic-desktop)")
    parser.add_argument("--python", required=True, help="Python of the venv the bundle was built from (baseline)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    frozen = [str(args.bundle / "SIC Desktop")]
    source = [args.python, "-m", "sic_desktop"]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "demo"
        subprocess.run([str(args.bundle / "sic-desktop"), "--data-dir", str(folder), "demo"], check=True, capture_output=True)
        frozen_first, frozen_start, frozen_rss = measure(frozen, folder, args.runs)
        source_first, source_start, source_rss = measure(source, folder, args.runs)
    bundle, venv = tree_size(args.bundle), installed_size(args.python)
    print(f"{'':34}{'frozen bundle':>16}{'venv (baseline)':>18}")
    print(f"{'size on disk (MiB)':34}{bundle / MIB:16.1f}{venv / MIB:18.1f}   target < 150 MB; venv: packages only")
    print(f"{'start to window, first (ms)':34}{frozen_first * 1000:16.0f}{source_first * 1000:18.0f}")
    print(f"{'start to window, median (ms)':34}{frozen_start * 1000:16.0f}{source_start * 1000:18.0f}   target < 2000 ms")
    print(f"{'idle memory, demo data (MiB RSS)':34}{frozen_rss / 1024:16.1f}{source_rss / 1024:18.1f}")
    print("largest parts of the bundle (MiB): " + ", ".join(f"{name} {size / MIB:.1f}" for name, size in largest_parts(args.bundle)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
