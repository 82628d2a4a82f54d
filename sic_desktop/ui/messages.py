"""Message boxes shared by all screens: errors, confirmations, unsaved changes.

Errors never show a traceback: an expected problem (SicError) shows its German
message; anything else is logged (see error_log) and shown with „Details“
collapsed. Questions go through these functions so that tests can answer them.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sic_desktop import APP_NAME
from sic_desktop.core.errors import SicError
from sic_desktop.ui.error_log import LOG_NAME, log_unexpected

_open_boxes: set[QMessageBox] = set()



def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Tell the user what went wrong; returns the (non-blocking) message box."""
    if isinstance(error, SicError):
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(error), QMessageBox.StandardButton.Ok, parent)
    else:
        details = log_unexpected(error)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate(
                "Messages",
                "Es ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; "
                "die letzte Aktion wurde aber womöglich nicht ausgeführt.\n\n"
                "Der Fehler wurde im Protokoll „{log}“ im Datenordner (Unterordner „logs“) vermerkt."
            ).format(log=LOG_NAME),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText(details)
    box.setObjectName("errorMessage")
    # Without a parent nothing else holds the box: keep it until it is closed.
    _open_boxes.add(box)
    box.finished.connect(lambda _: _open_boxes.discard(box))
    box.open()
    return box


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask before a step that cannot simply be taken back; ``action`` names the button."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


class LeaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def ask_unsaved(parent: QWidget | None, title: str) -> LeaveChoice:
    """„Änderungen speichern?“ when leaving a record with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        QCoreApplication.translate("Messages", "Die Änderungen an „{title}“ sind noch nicht gespeichert.").format(
            title=title or QCoreApplication.translate("Messages", "Neuer Eintrag")),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(QCoreApplication.translate("Messages", "Möchten Sie die Änderungen speichern?"))
    save = box.addButton(QCoreApplication.translate("Messages", "&Speichern"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Messages", "&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Messages", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return LeaveChoice.SAVE
    if clicked is discard:
        return LeaveChoice.DISCARD
    return LeaveChoice.STAY


def offer_retry(parent: QWidget | None, message: str) -> bool:
    """The team server did not answer: show why and offer to try the same step again."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("serverUnreachable")
    retry = box.addButton(QCoreApplication.translate("Messages", "&Erneut versuchen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def offer_reload(parent: QWidget | None, message: str) -> bool:
    """A ConflictError: show the core's message and offer to load the stored version."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.NoButton, parent)
    reload = box.addButton(QCoreApplication.translate("Messages", "&Neu laden"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload
