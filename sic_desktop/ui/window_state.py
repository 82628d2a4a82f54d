"""Window geometry, splitter positions and column widths, kept in ``<data>/window.ini``.

IniFormat inside the data folder: nothing goes to the Windows registry, and a
portable data folder carries its own layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # not imported at the start: each Qt class builds its enums (see first_paint)
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter


class WindowState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._settings.value("window/geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if state is not None:
            window.restoreState(state)
        return True

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> None:
        value = self._settings.value(f"splitters/{key}")
        if value is not None:
            splitter.restoreState(value)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self._settings.setValue(f"splitters/{key}", splitter.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> None:
        value = self._settings.value(f"columns/{key}")
        if value is not None:
            header.restoreState(value)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self._settings.setValue(f"columns/{key}", header.saveState())

    def sync(self) -> None:
        self._settings.sync()
