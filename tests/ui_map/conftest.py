"""Map and gap views on a small demo data set, drawn off screen."""

from __future__ import annotations

import pytest

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def workspace(workspace: Workspace) -> Workspace:
    """The shared workspace with a small demo data set (the same in every run)."""
    run_to_end(load_demo(workspace, DemoSize(persons=30, notes=1), seed=7))
    return workspace


@pytest.fixture
def opened() -> list:
    """Records the views asked to open, in order."""
    return []
