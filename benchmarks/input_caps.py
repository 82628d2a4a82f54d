"""Input that used to hang (issue 19, 11): repeated column names and an overlong search text.

Prints each figure beside a baseline measured in the same run: the same number of
distinct column names, and a search of one ordinary word.

    .venv/bin/python benchmarks/input_caps.py
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.errors import SicError
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.table import unique_headers
from sic_desktop.search.service import SearchService


def _seconds(work) -> float:
    started = time.perf_counter()
    with contextlib.suppress(SicError):
        work()
    return time.perf_counter() - started


def main() -> None:
    for columns in (1_500, 4_000):
        distinct = _seconds(lambda: unique_headers([f"Spalte{i}" for i in range(columns)]))
        repeated = _seconds(lambda: unique_headers(["Name"] * columns))
        print(f"{columns:>6} Spalten: gleiche Namen {repeated * 1000:8.1f} ms, verschiedene (Basis) {distinct * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as ws:
        for _ in load_demo(ws, DemoSize(200, 400), seed=1):
            pass
        with SearchService(ws, listen=False) as service:
            for _ in service.rebuild():
                pass
            word = _seconds(lambda: service.search("Pflege"))
            long = _seconds(lambda: service.search("Pflege " * 15_000))
        print(f"Suche mit 105.000 Zeichen: {long * 1000:.1f} ms (abgelehnt), ein Wort (Basis) {word * 1000:.1f} ms")


if __name__ == "__main__":
    main()
