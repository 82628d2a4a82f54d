"""The window tests: every question the window asks is answered by the test, and no message box stays open.

The window, ``ctx``, ``settle``, ``answers`` and the message-box check are shared (tests/conftest.py);
here the window always comes with ``answers``, so that a question the test did not expect fails it
instead of blocking it in a modal loop.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def window(answers, window):
    """The shared window, with every question answered by the test."""
    return window


@pytest.fixture(autouse=True)
def no_error_boxes(no_error_boxes: None) -> None:
    """Every window test checks that no message box was left open."""


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    """The window's texts in German, then in English (a test using it runs once per language);
    afterwards the application's translators are as before (``languages.speaking``)."""
    from tests.ui.languages import speaking

    with speaking(qapp, request.param):
        yield request.param


@pytest.fixture
def demo_window(language, ctx, window, settle, reference_day):
    """The window with a small demo data set, on a 1,366 × 768 screen, in each language."""
    from PySide6.QtCore import QSize

    from sic_desktop.core.demo import DemoSize, load_demo
    from sic_desktop.core.progress import run_to_end

    run_to_end(load_demo(ctx.ws, DemoSize(persons=40, notes=60), today=reference_day))
    window.resize(QSize(1366, 768))
    settle()
    return window
