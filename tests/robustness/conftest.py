"""The window for the robustness tests, and a way to answer a modal dialog that a test cannot click."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.main_window import MainWindow


@pytest.fixture
def ctx(workspace: Workspace) -> Iterator[AppContext]:
    context = AppContext(workspace)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    main.show()
    qtbot.waitExposed(main)
    yield main
    qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)
    main.close_discarding_changes()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # before the workspace closes


@pytest.fixture
def settle(qtbot, ctx: AppContext) -> Callable[[], None]:
    return lambda: qtbot.waitUntil(lambda: ctx.ops.idle, timeout=10_000)


@pytest.fixture
def when_dialog() -> Iterator[Callable[[type, Callable], None]]:
    """``when_dialog(Kind, act)``: as soon as a modal ``Kind`` is open, ``act(dialog)`` answers it."""
    timers: list[QTimer] = []

    def arm(kind: type, act: Callable) -> None:
        timer = QTimer()
        timer.setInterval(10)

        def check() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                timer.stop()
                try:
                    act(dialog)
                except BaseException:
                    dialog.reject()  # never leave a test hanging in a modal loop
                    raise

        timer.timeout.connect(check)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
