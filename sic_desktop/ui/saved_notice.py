"""After a file was saved (a briefing PDF, an export): where it is, with „Ordner öffnen“, in the status bar.

Office staff often cannot find a saved file again; the notice names it and opens
its folder with one click, without a box to dismiss. It replaces an earlier
notice and goes away by itself after a while.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QToolButton, QWidget

from sic_desktop.ui.elided_label import ElidedLabel

SHOWN_MS = 60_000


class SavedFileNotice(QWidget):
    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedFileNotice")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = ElidedLabel(text, self)
        layout.addWidget(self.label, 1)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openFolder")
        self.open_button.setText(self.tr("Ordner öffnen"))
        self.open_button.setToolTip(str(path.parent))
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.open_button)
        layout.addWidget(close_button(self, self.deleteLater))
        QTimer.singleShot(SHOWN_MS, self, self.deleteLater)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def close_button(parent: QWidget, close: Callable[[], None]) -> QToolButton:
    """The small „✕“ that closes a notice (this one, the backup warning), named for screen readers."""
    button = QToolButton(parent)
    button.setText("✕")
    button.setAutoRaise(True)
    button.setAccessibleName(QCoreApplication.translate("Notices", "Hinweis schließen"))
    button.setToolTip(button.accessibleName())
    button.clicked.connect(close)
    return button


def show_saved_file(window: QMainWindow, path: Path, text: str) -> SavedFileNotice:
    """Put ``text`` and „Ordner öffnen“ into ``window``'s status bar instead of an earlier notice."""
    bar = window.statusBar()
    for old in bar.findChildren(SavedFileNotice):
        old.deleteLater()
    notice = SavedFileNotice(path, text, bar)
    bar.addWidget(notice, 1)
    notice.show()
    return notice
