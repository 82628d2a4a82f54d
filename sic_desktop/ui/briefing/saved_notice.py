"""After a PDF was saved: where it is, with „Ordner öffnen“, in the window's status bar.

Office staff often cannot find a saved file again; the notice names it and opens
its folder with one click, without a box to dismiss. It replaces an earlier
notice and goes away by itself after a while.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

SHOWN_MS = 60_000


class SavedPdfNotice(QWidget):
    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedPdfNotice")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text, self)
        self.label.setToolTip(str(path))
        layout.addWidget(self.label)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openFolder")
        self.open_button.setText(self.tr("Ordner öffnen"))
        self.open_button.setToolTip(str(path.parent))
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.open_button)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Hinweis schließen"))
        close.setToolTip(self.tr("Hinweis schließen"))
        close.clicked.connect(self.deleteLater)
        layout.addWidget(close)
        QTimer.singleShot(SHOWN_MS, self, self.deleteLater)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def show_saved_pdf(window: QMainWindow, path: Path, text: str) -> SavedPdfNotice:
    """Put ``text`` and „Ordner öffnen“ into ``window``'s status bar instead of an earlier notice."""
    bar = window.statusBar()
    for old in bar.findChildren(SavedPdfNotice):
        old.deleteLater()
    notice = SavedPdfNotice(path, text, bar)
    bar.addWidget(notice, 1)
    notice.show()
    return notice
