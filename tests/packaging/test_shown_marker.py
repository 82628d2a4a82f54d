"""The lines the start-time benchmark waits for: printed once the window is painted and once the start page
shows its data, and only when asked."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from pathlib import Path

from sic_desktop.ui.app import FILLED_MARKER, SHOWN_MARKER, SHOWN_MARKER_ENV

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_reports_when_it_is_shown(tmp_path: Path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", SHOWN_MARKER_ENV: "1", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "sic_desktop", "--data-dir", str(tmp_path / "daten")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True,
    )  # fmt: skip
    try:
        markers = {}
        with selectors.DefaultSelector() as selector:  # a modal error box would block for ever
            selector.register(child.stdout, selectors.EVENT_READ)
            while len(markers) < 2:
                assert selector.select(timeout=60), "the window did not report within a minute"
                marker, processor_seconds = child.stdout.readline().split()
                markers[marker] = float(processor_seconds)
        assert set(markers) == {SHOWN_MARKER, FILLED_MARKER}
        assert 0 < markers[SHOWN_MARKER] < 600  # the processor time the program has used, in seconds
        assert (tmp_path / "daten" / "sic-desktop.sqlite3").is_file()
    finally:
        child.terminate()
        child.wait(timeout=30)
