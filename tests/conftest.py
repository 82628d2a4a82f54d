"""Fixtures shared by every test area: a fresh data folder and workspace per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# GUI tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sic_desktop.core.workspace import Workspace  # noqa: E402


@pytest.fixture
def reference_day() -> date:
    """A fixed „today“ so that demo data and due dates are the same in every run."""
    return date(2026, 11, 25)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder; the environment points the command line at it too."""
    folder = tmp_path / "daten"
    monkeypatch.setenv("SIC_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir, user="testerin")
    yield ws
    ws.close()
