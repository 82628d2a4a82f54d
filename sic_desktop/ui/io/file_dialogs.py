"""Choosing files and folders: one place for the dialogs, the default names and the last folder used.

Default names carry today's date („Kontakte_2026-11-25.csv“), so that next month's
export does not overwrite this one. The folder starts in the user's documents and
then stays where the user last went during this run. Tests replace these functions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from sic_desktop.core.dates import today

_last_folder: Path | None = None


def dated_name(stem: str, suffix: str, day: date | None = None) -> str:
    """``Kontakte_2026-11-25.csv``: ``stem`` with the date, safe as a Windows file name."""
    safe = "".join("_" if char in '<>:"/\\|?*' else char for char in stem).strip() or "Export"
    return f"{safe}_{(day or today()).isoformat()}{suffix}"


def _start_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _remember(path: Path) -> Path:
    global _last_folder
    _last_folder = path if path.is_dir() else path.parent
    return path


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """A file to read, or None if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(_start_folder()), filters)
    return _remember(Path(name)) if name else None


def choose_save_file(parent: QWidget | None, title: str, default_name: str, filters: str) -> Path | None:
    """Where to write, or None; the dialog itself asks before overwriting a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_start_folder() / default_name), filters)
    return _remember(Path(name)) if name else None


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """A folder, or None."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start or _start_folder()))
    return _remember(Path(name)) if name else None
