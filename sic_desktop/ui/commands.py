"""The window's menus and toolbar as data: a feature (import, export, backup)
adds its command here, in one place, and it appears in its menu with its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.lazy import (
    backup_now,
    copy_server,
    export_mail_merge,
    open_backup_dialog,
    open_duplicates_dialog,
    open_export_dialog,
    open_import_wizard,
    open_mail_import,
    open_theme_report,
    show_guide,
    show_shortcuts,
    transfer_to_server,
)

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow




@dataclass(frozen=True)
class Command:
    menu: str  # key of MENUS
    key: str
    text: Callable[[], str]
    run: Callable[[MainWindow], object]  # what it returns is not used
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    toolbar: bool = False
    separator: bool = False  # a line above it in its menu


MENUS: list[tuple[str, Callable[[], str]]] = [
    ("file", lambda: QCoreApplication.translate("Commands", "&Datei")),
    ("edit", lambda: QCoreApplication.translate("Commands", "&Bearbeiten")),
    ("go", lambda: QCoreApplication.translate("Commands", "&Gehe zu")),
    ("record", lambda: QCoreApplication.translate("Commands", "Daten&satz")),
    ("reports", lambda: QCoreApplication.translate("Commands", "Be&richte")),
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
    Command("reports", "theme_report", lambda: QCoreApplication.translate("Commands", "&Themenfeldbericht als PDF …"),
            lambda w: open_theme_report(w.ctx, None, w), None, "briefing"),
    Command(
        "file", "new", lambda: QCoreApplication.translate("Commands", "&Neu"), lambda w: w.new_record(None), QKeySequence.StandardKey.New, "add", toolbar=True
    ),
    _new(RecordType.NOTE, lambda: QCoreApplication.translate("Commands", "Neue Noti&z"), "Ctrl+Shift+N"),
    _new(RecordType.PERSON, lambda: QCoreApplication.translate("Commands", "Neuer &Kontakt"), "Ctrl+Shift+K"),
    _new(RecordType.ORGANISATION, lambda: QCoreApplication.translate("Commands", "Neue &Organisation"), "Ctrl+Shift+O"),
    _new(RecordType.COOPERATION, lambda: QCoreApplication.translate("Commands", "Neue Koo&peration"), None),
    Command(
        "file", "save", lambda: QCoreApplication.translate("Commands", "&Speichern"), lambda w: w.save_current(), QKeySequence.StandardKey.Save, "save", True
    ),
    Command("file", "import", lambda: QCoreApplication.translate("Commands", "&Importieren …"), open_import_wizard, "Ctrl+I", "import", separator=True),
    Command("file", "export", lambda: QCoreApplication.translate("Commands", "E&xportieren …"), open_export_dialog, "Ctrl+Shift+E", "export"),
    Command("file", "mail_import", lambda: QCoreApplication.translate("Commands", "E-&Mail übernehmen …"), open_mail_import, None, "note"),
    Command("file", "mail_merge", lambda: QCoreApplication.translate("Commands", "Serienbrie&f-Datenquelle (Word) …"), export_mail_merge, None, "export"),
    Command("file", "backup_now", lambda: QCoreApplication.translate("Commands", "Sicherung &jetzt erstellen"), backup_now, None, "backup", separator=True),
    Command("file", "restore_backup", lambda: QCoreApplication.translate("Commands", "Sicherung &wiederherstellen …"), open_backup_dialog, None, "restore"),
    Command("file", "server_transfer", lambda: QCoreApplication.translate("Commands", "Daten auf den &Teamserver übertragen …"),
            transfer_to_server, None, "import", separator=True),
    Command("file", "server_copy", lambda: QCoreApplication.translate("Commands", "Teamserver in lokalen &Datenordner kopieren …"),
            copy_server, None, "export"),
    Command("file", "settings", lambda: QCoreApplication.translate("Commands", "&Einstellungen …"), lambda w: w.show_settings(),
            "Ctrl+,", "settings", separator=True),
    Command("file", "quit", lambda: QCoreApplication.translate("Commands", "&Beenden"), lambda w: w.close(), QKeySequence.StandardKey.Quit),
    Command("edit", "undo", lambda: QCoreApplication.translate("Commands", "&Rückgängig"), lambda w: w.undo(), QKeySequence.StandardKey.Undo, "undo", True),
    Command("edit", "redo", lambda: QCoreApplication.translate("Commands", "&Wiederholen"), lambda w: w.redo(), "Ctrl+Y", "redo", True),
    Command("edit", "search", lambda: QCoreApplication.translate("Commands", "&Suchen …"), lambda w: w.show_search(), "Ctrl+K", "search", toolbar=True),
    Command("edit", "themes", lambda: QCoreApplication.translate("Commands", "&Themenfelder verwalten …"), lambda w: w.show_themes(), None, "theme"),
    Command("edit", "duplicates", lambda: QCoreApplication.translate("Commands", "&Duplikate suchen …"), open_duplicates_dialog, None, "duplicates"),
    Command(
        "tools", "reindex", lambda: QCoreApplication.translate("Commands", "Suchindex neu &aufbauen …"),
        lambda w: w.ctx.search.rebuild(w) if w.ctx.search else None, None, "search",
    ),
    Command("help", "handbook", lambda: QCoreApplication.translate("Commands", "&Kurzanleitung"), show_guide, QKeySequence.StandardKey.HelpContents, "help"),
    Command("help", "shortcuts", lambda: QCoreApplication.translate("Commands", "&Tastenkürzel"), show_shortcuts),
    Command("help", "about", lambda: QCoreApplication.translate("Commands", "Ü&ber SIC Desktop"), lambda w: w.show_about(), None, "help", separator=True),
]
