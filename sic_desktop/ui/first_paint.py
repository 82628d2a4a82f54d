"""Work that waits until the window has been painted once.

At start the window must appear first, then the start page's data; what it does
not need for these (the day's backup, the search index check, pruning the change
history, re-applying logged erasures) starts right after (the session waits for
the reads already started, ``Operations.after_reads``), so that this work does not
compete with the first picture for the processor. Nothing is lost meanwhile: writes
queue on the writer thread, and the search popup searches names and says so until
the index is ready.

Nothing on the way to the first picture names ``Qt`` (the namespace of Qt's enums): PySide6
builds all its 90-odd enum classes in Python when it is first named, 117 million processor
instructions, a fifth of what a bare PySide6 window needs to appear. Modules of the start import
``QtCore`` and name ``QtCore.Qt`` where it is used after the first picture; an item role is a
plain number, as Qt's C++ takes it.
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
