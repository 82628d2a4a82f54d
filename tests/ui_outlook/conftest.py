"""Window tests of the Outlook and Word features: every question answered by the test."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(answers, window):
    return window


@pytest.fixture(autouse=True)
def no_error_boxes(no_error_boxes: None) -> None:
    """Every test here checks that no message box was left open."""
