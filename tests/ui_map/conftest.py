"""Map and gap views on a small demo data set, drawn off screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sic_desktop.core.demo import DemoSize, load_demo  # noqa: E402
from sic_desktop.core.progress import run_to_end  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402


@pytest.fixture
def workspace(tmp_path: Path):
    ws = Workspace.open(tmp_path / "daten", user="test")
    run_to_end(load_demo(ws, DemoSize(persons=30, notes=1), seed=7))
    yield ws
    ws.close()


@pytest.fixture
def opened() -> list:
    """Records the views asked to open, in order."""
    return []
