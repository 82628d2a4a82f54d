"""Work that waits until the window has been painted once.

At start the window must appear first; what it does not need for its first
picture (the day's backup, the search index check, pruning the change history,
re-applying logged erasures) starts right after, so that these threads do not
compete with the first paint for the processor. Nothing is lost meanwhile: writes
queue on the writer thread, and the search popup searches names and says so until
the index is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` on the UI thread once ``window`` has been painted (shown on screen)."""
    window.installEventFilter(_FirstPaint(window, then))


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has been drawn and flushed
            self.deleteLater()
        return False
