"""PNG exports: a real PNG of the right size, also from the command line without any display."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from sic_desktop.core.progress import run_to_end
from sic_desktop.drawing.figure_files import save_figure
from sic_desktop.network.gap_figure import gap_figure
from sic_desktop.network.gaps import gap_matrix
from sic_desktop.network.map_computation import compute_map
from sic_desktop.network.map_figure import map_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_map_and_gap_png_have_the_page_size_at_150_dpi(qapp, workspace, tmp_path: Path) -> None:
    snapshot = workspace.network.snapshot()
    picture = run_to_end(compute_map(snapshot)).picture(snapshot.themes)

    save_figure(map_figure(picture), tmp_path / "karte.png")
    save_figure(gap_figure(gap_matrix(snapshot)), tmp_path / "luecken.png")

    assert _png_size(tmp_path / "karte.png") == (1754, 1240)  # A4 landscape, 842 × 595 pt
    assert _png_size(tmp_path / "luecken.png") == (1754, 1240)
    assert (tmp_path / "karte.png").stat().st_size > 20_000  # more than an empty page


def test_cli_writes_png_without_a_display(workspace, tmp_path: Path) -> None:
    target = tmp_path / "karte.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, "-m", "sic_desktop", "--data-dir", str(workspace.folder.root), "map", "-o", str(target)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Netzwerkkarte gespeichert" in done.stdout
    assert _png_size(target) == (1754, 1240)
