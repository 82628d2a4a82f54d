"""Fixtures of the window tests: a fresh data folder per test, the real window, answered questions.

Questions (unsaved changes, confirmations, reload after a conflict) would block a
test in a modal loop; ``answers`` lets a test say what the user clicks, and any
question a test did not expect fails it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the first Qt import

import pytest  # noqa: E402
from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.ui import messages  # noqa: E402
from sic_desktop.ui.context import AppContext  # noqa: E402
from sic_desktop.ui.main_window import MainWindow  # noqa: E402


class Answers:
    """What the simulated user answers; records every question asked."""

    def __init__(self) -> None:
        self.unsaved: list[messages.LeaveChoice] = []
        self.confirm: list[bool] = []
        self.reload: list[bool] = []
        self.asked: list[str] = []

    def _next(self, queue: list, question: str):
        self.asked.append(question)
        if not queue:
            raise AssertionError(f"unexpected question: {question}")
        return queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, title: given._next(given.unsaved, f"unsaved: {title}"))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, action: given._next(given.confirm, text))
    monkeypatch.setattr(messages, "offer_reload", lambda parent, text: given._next(given.reload, text))
    return given


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "daten", user="testerin")
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace: Workspace) -> Iterator[AppContext]:
    context = AppContext(workspace)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, ctx: AppContext, answers: Answers) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    main.show()
    qtbot.waitExposed(main)
    yield main
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
    main.close_discarding_changes()
    main.deleteLater()
    # Destroy the window (and its timers) before the workspace closes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_error_boxes(qtbot) -> Iterator[None]:
    """A test fails if an error message popped up that it did not look at and close."""
    yield
    open_boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [box.text() for box in open_boxes]
    for box in open_boxes:
        box.close()
    assert not texts, f"error messages shown: {texts}"


@pytest.fixture
def settle(qtbot, ctx: AppContext):
    """``settle()`` waits until every background operation has finished and delivered its result."""

    def wait() -> None:
        qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)

    return wait
