"""E-mail files dropped anywhere on the window (outside the „Anhänge“ pane) open „E-Mail übernehmen“.

Outlook's message list hands over „virtual files“ (FileGroupDescriptorW) that Qt cannot
read: such a drop is accepted so that the window can say what to do instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from sic_desktop.ui.context import AppContext
from sic_desktop.ui.lazy import show_mail_import

# The reading of mails (email, olefile) loads only when a mail is dropped: the window opens fast.
MAIL_SUFFIXES = (".eml", ".msg")  # as io.mail_import.MAIL_SUFFIXES (a test keeps them equal)

_OUTLOOK_FORMATS = ("FileGroupDescriptorW", "FileGroupDescriptor", "RenPrivateMessages")


def mail_files(data: QMimeData) -> list[Path]:
    from sic_desktop.ui.outlook.attachment_pane import dropped_files  # the pane's widgets: not for the first paint

    return [path for path in dropped_files(data.urls()) if path.suffix.casefold() in MAIL_SUFFIXES]


def from_outlook_without_file(data: QMimeData) -> bool:
    return not data.hasUrls() and any(fmt in name for name in data.formats() for fmt in _OUTLOOK_FORMATS)


class MailDrop(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self._window, self._ctx = window, ctx
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            data = event.mimeData()
            if mail_files(data) or from_outlook_without_file(data):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            self.drop(event.mimeData())
            event.acceptProposedAction()
            return True
        return False

    def drop(self, data: QMimeData) -> None:
        files = mail_files(data)
        if files:
            for path in files:
                show_mail_import(self._ctx, path, self._window)
        elif from_outlook_without_file(data):
            self._ctx.status_message.emit(
                self.tr("Outlook hat keine Datei übergeben. Bitte die E-Mail zuerst aus Outlook in einen Ordner ziehen "
                        "und die gespeicherte Datei hierher ziehen, oder „Datei → E-Mail übernehmen …“ wählen.")
            )
