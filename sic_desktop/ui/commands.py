"""The window's menus and toolbar as data: a later feature (import, export, backup)
adds its command here, in one place, and it appears in its menu with its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from sic_desktop.core.models import RecordType

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass(frozen=True)
class Command:
    menu: str  # key of MENUS
    key: str
    text: Callable[[], str]
    run: Callable[[MainWindow], None]
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    toolbar: bool = False


MENUS: list[tuple[str, Callable[[], str]]] = [
    ("file", lambda: _tr("&Datei")),
    ("edit", lambda: _tr("&Bearbeiten")),
    ("go", lambda: _tr("&Gehe zu")),
    ("record", lambda: _tr("Daten&satz")),
    ("help", lambda: _tr("&Hilfe")),
]


def _new(record_type: RecordType, text: Callable[[], str], shortcut: str | None = None) -> Command:
    return Command(
        "file", f"new_{record_type.value}", text, lambda w: w.new_record(record_type), shortcut, record_type.value
    )


COMMANDS: list[Command] = [
    Command("go", "back", lambda: _tr("&Zurück"), lambda w: w.go_back(), "Alt+Left", "back", toolbar=True),
    Command("go", "forward", lambda: _tr("&Vor"), lambda w: w.go_forward(), "Alt+Right", "forward", toolbar=True),
    Command(
        "file", "new", lambda: _tr("&Neu"), lambda w: w.new_record(None), QKeySequence.StandardKey.New, "add", toolbar=True
    ),
    _new(RecordType.NOTE, lambda: _tr("Neue &Notiz"), "Ctrl+Shift+N"),
    _new(RecordType.PERSON, lambda: _tr("Neuer &Kontakt"), "Ctrl+Shift+K"),
    _new(RecordType.ORGANISATION, lambda: _tr("Neue &Organisation"), "Ctrl+Shift+O"),
    _new(RecordType.COOPERATION, lambda: _tr("Neue Ko&operation"), None),
    Command(
        "file", "save", lambda: _tr("&Speichern"), lambda w: w.save_current(), QKeySequence.StandardKey.Save, "save", True
    ),
    Command("file", "settings", lambda: _tr("&Einstellungen …"), lambda w: w.show_settings(), "Ctrl+,", "settings"),
    Command("file", "quit", lambda: _tr("&Beenden"), lambda w: w.close(), QKeySequence.StandardKey.Quit),
    Command("edit", "undo", lambda: _tr("&Rückgängig"), lambda w: w.undo(), QKeySequence.StandardKey.Undo, "undo", True),
    Command("edit", "search", lambda: _tr("&Suchen …"), lambda w: w.show_search(), "Ctrl+K", "search", toolbar=True),
    Command("edit", "themes", lambda: _tr("&Themenfelder verwalten …"), lambda w: w.show_themes(), None, "theme"),
    Command("help", "about", lambda: _tr("Ü&ber SIC Desktop"), lambda w: w.show_about(), None, "help"),
]
