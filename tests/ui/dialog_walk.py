"""Open the dialogs a menu command opens, look at each while it is shown, and close it again."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

Seen = TypeVar("Seen")


def dialogs_opened_by(qtbot, trigger: Callable[[], None], look: Callable[[QDialog], Seen]) -> list[Seen]:
    """What ``look`` sees of each dialog ``trigger`` opens (modal loops included), each then closed.

    A modal dialog is seen before ``trigger`` returns; another may come up once the event loop runs (after
    a read in the background), so the walk waits for a first one, at most a few seconds. Nothing seen is
    an empty list: the caller says which command should have opened something.
    """
    before = set(QApplication.topLevelWidgets())
    seen: dict[QDialog, Seen] = {}

    def close_new() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in before and widget not in seen:
                seen[widget] = look(widget)
                widget.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(close_new)
    timer.start()
    try:
        trigger()
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
        close_new()
    finally:
        timer.stop()
    return list(seen.values())
