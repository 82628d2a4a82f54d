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
    ("file", lambda: QCoreApplication.translate("Commands", "&Datei")),
    ("edit", lambda: QCoreApplication.translate("Commands", "&Bearbeiten")),
    ("go", lambda: QCoreApplication.translate("Commands", "&Gehe zu")),
    ("record", lambda: QCoreApplication.translate("Commands", "Daten&satz")),
    ("tools", lambda: QCoreApplication.translate("Commands", "E&xtras")),
    ("help", lambda: QCoreApplication.translate("Commands", "&Hilfe")),
]


def _new(record_type: RecordType, text: Callable[[], str], shortcut: str | None = None) -> Command:
    return Command(
        "file", f"new_{record_type.value}", text, lambda w: w.new_record(record_type), shortcut, record_type.value
    )


COMMANDS: list[Command] = [
    Command("go", "back", lambda: QCoreApplication.translate("Commands", "&Zurück"), lambda w: w.go_back(), "Alt+Left", "back", toolbar=True),
    Command("go", "forward", lambda: QCoreApplication.translate("Commands", "&Vor"), lambda w: w.go_forward(), "Alt+Right", "forward", toolbar=True),
    Command(
        "file", "new", lambda: QCoreApplication.translate("Commands", "&Neu"), lambda w: w.new_record(None), QKeySequence.StandardKey.New, "add", toolbar=True
    ),
    _new(RecordType.NOTE, lambda: QCoreApplication.translate("Commands", "Neue &Notiz"), "Ctrl+Shift+N"),
    _new(RecordType.PERSON, lambda: QCoreApplication.translate("Commands", "Neuer &Kontakt"), "Ctrl+Shift+K"),
    _new(RecordType.ORGANISATION, lambda: QCoreApplication.translate("Commands", "Neue &Organisation"), "Ctrl+Shift+O"),
    _new(RecordType.COOPERATION, lambda: QCoreApplication.translate("Commands", "Neue Ko&operation"), None),
    Command(
        "file", "save", lambda: QCoreApplication.translate("Commands", "&Speichern"), lambda w: w.save_current(), QKeySequence.StandardKey.Save, "save", True
    ),
    Command("file", "settings", lambda: QCoreApplication.translate("Commands", "&Einstellungen …"), lambda w: w.show_settings(), "Ctrl+,", "settings"),
    Command("file", "quit", lambda: QCoreApplication.translate("Commands", "&Beenden"), lambda w: w.close(), QKeySequence.StandardKey.Quit),
    Command("edit", "undo", lambda: QCoreApplication.translate("Commands", "&Rückgängig"), lambda w: w.undo(), QKeySequence.StandardKey.Undo, "undo", True),
    Command("edit", "search", lambda: QCoreApplication.translate("Commands", "&Suchen …"), lambda w: w.show_search(), "Ctrl+K", "search", toolbar=True),
    Command("edit", "themes", lambda: QCoreApplication.translate("Commands", "&Themenfelder verwalten …"), lambda w: w.show_themes(), None, "theme"),
    Command(
        "tools", "reindex", lambda: QCoreApplication.translate("Commands", "Suchindex neu &aufbauen …"),
        lambda w: w.ctx.search.rebuild(w) if w.ctx.search else None, None, "search",
    ),
    Command("help", "about", lambda: QCoreApplication.translate("Commands", "Ü&ber SIC Desktop"), lambda w: w.show_about(), None, "help"),
]
