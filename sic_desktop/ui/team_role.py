"""The window offers what the user's role on the team server allows (``core.team_access``).

A reader (sic_lesen) sees everything but no „Neu“, „Speichern“, import, trash or undo; only the
Datenschutz role (sic_datenschutz) sees the Datenschutz-Prüfliste, the Art. 15 export and the
Art. 17 erasure. The server refuses these anyway; hiding them spares the user an edit that could
not be saved. On the local file nothing is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget

from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.team_access import AccessRights, on_server

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

# Commands of the main window that change records (or bring them in) …
EDITING_COMMANDS = (
    "new", *(f"new_{t.value}" for t in RecordType), "save", "import", "mail_import", "themes", "duplicates",
    "undo", "redo", "restore_backup",
)
FILE_BACKUP_COMMANDS = ("backup_now", "restore_backup")
SERVER_COMMANDS = ("server_transfer", "server_copy")  # moving a local folder onto the server and back
# … and record actions of the lists that change records or need the Datenschutz role.
EDITING_ACTIONS = ("trash", "done", "new_followup", "new_note")
PRIVACY_ACTIONS = ("access_request", "anonymise", "erase")
PRIVACY_PAGE = "privacy"
TRASH_BUTTONS = ("restore", "purge", "emptyTrash")


def limit_window(window: MainWindow, rights: AccessRights) -> None:
    """Hide the main window's commands and pages the role may not use; on the team server the file
    backups too (IT backs the server up with pg_dump), on the local file the moves to and from the server."""
    server = on_server(window.ctx.ws)
    for key in FILE_BACKUP_COMMANDS if server else SERVER_COMMANDS:
        window.commands[key].setVisible(False)
    if not rights.edit:
        for key in EDITING_COMMANDS:
            if key in window.commands:
                window.commands[key].setVisible(False)
    if not rights.privacy:  # a transfer brings the Datenschutz-Protokoll and the Löschregeln along
        window.commands["server_transfer"].setVisible(False)
        item = window.nav_item(PRIVACY_PAGE)
        if item is not None:
            item.setHidden(True)


def limit_page(page: QWidget, rights: AccessRights) -> None:
    """Hide on a page, as it is created, what the role may not use; a reader's editors only show."""
    if rights.edit and rights.privacy:
        return  # nothing to hide: not walked (each child then gets a Python object, its class its enums)
    if not rights.edit:
        for name in (*(f"new_{t.value}" for t in RecordType), "newRecord", *TRASH_BUTTONS):
            for button in page.findChildren(QAbstractButton, name):
                button.hide()
    actions = getattr(page, "actions", None)
    if isinstance(actions, dict):
        hidden = (() if rights.edit else EDITING_ACTIONS) + (() if rights.privacy else PRIVACY_ACTIONS)
        for key in hidden:
            if key in actions:
                actions[key].setVisible(False)
                actions[key].setEnabled(False)  # its shortcut (Entf) does nothing either
    for button in page.findChildren(QToolButton):  # buttons of hidden actions („In den Papierkorb“) go too
        action = button.defaultAction()
        if action is not None and not action.isVisible():
            button.hide()
    editor = getattr(page, "editor", None)
    if editor is not None and not rights.edit:
        show_only(editor)
    attachments = getattr(page, "attachment_pane", None)
    if attachments is not None and not rights.edit:
        attachments.add_button.hide()
        attachments.remove_button.hide()
        attachments.setAcceptDrops(False)


def show_only(editor: QWidget) -> None:
    """The editor shows the record, text stays selectable, nothing can be typed or saved."""
    # Imported for a reader's editor only: each Qt class builds its enums when imported (the start needs none).
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    for name in ("save_button", "revert_button"):
        button = getattr(editor, name, None)
        if isinstance(button, QWidget):
            button.hide()
    for field in editor.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)):
            field.setReadOnly(True)
        elif isinstance(field, (QComboBox, QAbstractButton, QAbstractSpinBox)):
            field.setEnabled(False)
