"""The progress dialog of long operations: steps, a bar and „Abbrechen“.

It appears only when the work takes longer than a moment, so a quick save does
not flash a window; it is window-modal, so the user cannot start a second change
while the first runs, but the window keeps repainting. Work that must run to its
end once begun (an erasure) gets the dialog without „Abbrechen“: a button that
could not stop anything would only mislead.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sic_desktop.core.progress import Progress

SHOW_AFTER_MS = 400


class ProgressDialog(QProgressDialog):
    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None, *, cancellable: bool = True) -> None:
        super().__init__(label, self.tr("Abbrechen"), 0, 0, parent)
        self._cancellable = cancellable
        self.setObjectName("progressDialog")
        self.setWindowTitle(label)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        # QProgressDialog shows itself after minimumDuration only while setValue is called;
        # a timer makes it appear for work that reports rarely too.
        self.setMinimumDuration(1_000_000)
        self._label = label
        self._finished = False
        self.canceled.disconnect()  # keep the dialog open until the worker has rolled back
        if cancellable:
            self.canceled.connect(self._on_cancel)
        else:
            self.setCancelButton(None)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_if_running)
        self._timer.start()

    def show_progress(self, step: Progress) -> None:
        if self._finished:
            return
        if self.maximum() != step.total:
            self.setMaximum(max(step.total, 0))
        self.setValue(min(step.done, step.total))
        if step.message:
            self.setLabelText(step.message)

    def _on_cancel(self) -> None:
        self.setLabelText(self.tr("Wird abgebrochen …"))
        self.setCancelButtonText(self.tr("Abbrechen"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Escape or the window's close button cancel too (unless not cancellable); it closes when the work stops."""
        if self._cancellable:
            self._on_cancel()

    def _show_if_running(self) -> None:
        if not self._finished:
            self.show()

    def finish(self) -> None:
        self._finished = True
        self._timer.stop()
        self.hide()
        self.deleteLater()
