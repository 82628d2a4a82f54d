"""After a file was written: say where, with a button that opens the folder, in the status bar.

Office staff often cannot find an exported file again; the notice names it and
opens its folder in the Explorer with one click, without a box to dismiss.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget


SHOWN_MS = 30_000


class SavedNotice(QWidget):
    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text, self)
        self.label.setToolTip(str(path))
        layout.addWidget(self.label)
        self.open_button = QToolButton(self)
        self.open_button.setText(self.tr("Ordner öffnen"))
        self.open_button.setAutoRaise(True)
        self.open_button.setToolTip(str(path.parent))
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.open_button)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Hinweis schließen"))
        close.clicked.connect(self.deleteLater)
        layout.addWidget(close)
        QTimer.singleShot(SHOWN_MS, self.deleteLater)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def show_saved(window: QMainWindow, path: Path, text: str) -> SavedNotice:
    """Put ``text`` and „Ordner öffnen“ into the window's status bar, replacing an earlier notice."""
    bar = window.statusBar()
    for old in bar.findChildren(SavedNotice):
        old.deleteLater()
    notice = SavedNotice(path, text, bar)
    bar.addWidget(notice)
    return notice
