"""„Datei → E-Mail übernehmen …“ and e-mail files dropped on the window: what the mail holds,
who is known, which unknown addresses become contacts; then the note of kind „E-Mail“.

The file is read on the reader thread; the dialog shows sender, recipients, date, subject,
the start of the text, the attachments, the contacts and organisations found, and one
check box per unknown address (unchecked: a contact is only made on purpose, and it gets
the Art. 14 note). „Als Notiz übernehmen“ writes everything in one transaction and opens
the new note.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.dates import format_datetime
from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.mail_import import MailPlan, import_mail, plan_mail_import
from sic_desktop.io.mail_message import Address
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

_PREVIEW_CHARS = 3000


class MailImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.plan: MailPlan | None = None
        self.new_contacts: dict[str, QCheckBox] = {}
        self.setObjectName("mailImportDialog")
        self.setWindowTitle(self.tr("E-Mail übernehmen"))
        self.setWindowIcon(icon("note"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.subject = QLabel(self.tr("„{name}“ wird gelesen …").format(name=path.name), self)
        self.subject.setObjectName("mailSubject")
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.subject.setFont(font)
        layout.addWidget(self.subject)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Text der E-Mail"))
        layout.addWidget(self.preview, 1)
        self.contacts_box = QVBoxLayout()
        layout.addLayout(self.contacts_box)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Als Notiz &übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importMail")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.ops.read(self, lambda ws: _plan_with_titles(ws, path)).success(self._show).failure(self._failed).run()

    def _show(self, planned: tuple[MailPlan, dict[RecordRef, str]]) -> None:
        plan, titles = planned
        self.plan = plan
        message = plan.message
        self.subject.setText(message.subject or self.tr("(ohne Betreff)"))
        self._row(self.tr("Von:"), message.sender.label() if message.sender else "–")
        self._row(self.tr("An:"), ", ".join(a.label() for a in message.to) or "–")
        if message.cc:
            self._row(self.tr("Cc:"), ", ".join(a.label() for a in message.cc))
        self._row(self.tr("Datum:"), format_datetime(message.sent_at.astimezone()) if message.sent_at else "–")
        attachments = [a.name for a in message.attachments] + [self.tr("{name} (die E-Mail selbst)").format(name=self.path.name)]
        self._row(self.tr("Anhänge:"), ", ".join(attachments))
        known = [titles.get(RecordRef(RecordType.PERSON, i), "") for i in dict.fromkeys(plan.known.values())]
        known += [titles.get(RecordRef(RecordType.ORGANISATION, i), "") for i in dict.fromkeys(plan.organisations.values())]
        self._row(self.tr("Verknüpft mit:"), ", ".join(known) or self.tr("keinem Kontakt und keiner Organisation"))
        self.preview.setPlainText(message.text[:_PREVIEW_CHARS])
        if plan.unknown:
            hint = QLabel(
                self.tr("Diese Adressen gehören zu keinem Kontakt. Angehakte werden als neue Kontakte angelegt, mit dem "
                        "Vermerk, dass sie nicht bei der Person selbst erhoben wurden (Art. 14 DSGVO)."),
                self,
            )
            hint.setWordWrap(True)
            self.contacts_box.addWidget(hint)
            for address in plan.unknown:
                box = QCheckBox(self.tr("{address} als neuen Kontakt anlegen").format(address=address.label()), self)
                self.new_contacts[address.email] = box
                self.contacts_box.addWidget(box)
        self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.subject.setText(str(error))
        self.subject.setStyleSheet("color: #9b1c1c;")
        self.import_button.setEnabled(False)

    def _row(self, caption: str, text: str) -> None:
        value = QLabel(text, self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(caption, value)

    def chosen_contacts(self) -> list[Address]:
        assert self.plan is not None
        return [address for address in self.plan.unknown if self.new_contacts[address.email].isChecked()]

    def accept(self) -> None:
        if self.plan is None:
            return
        plan, contacts = self.plan, self.chosen_contacts()

        def done(note: Note) -> None:
            self.ctx.status_message.emit(self.tr("E-Mail als Notiz „{title}“ übernommen.").format(title=note.title))
            self.ctx.open(note.ref)

        self.ctx.ops.write(self.parentWidget() or self, lambda ws: import_mail(ws, plan, new_contacts=contacts)).success(done).run()
        super().accept()


def _plan_with_titles(ws: Workspace, path: Path) -> tuple[MailPlan, dict[RecordRef, str]]:
    plan = plan_mail_import(ws, path)
    refs = [RecordRef(RecordType.PERSON, i) for i in plan.known.values()]
    refs += [RecordRef(RecordType.ORGANISATION, i) for i in plan.organisations.values()]
    return plan, ws.titles(refs)


def open_mail_import(window: MainWindow) -> None:
    path = file_dialogs.choose_open_file(
        window,
        QCoreApplication.translate("MailImport", "E-Mail übernehmen"),
        QCoreApplication.translate("MailImport", "E-Mails (*.eml *.msg)"),
    )
    if path is not None:
        show_mail_import(window.ctx, path, window)


def show_mail_import(ctx: AppContext, path: Path, parent: QWidget) -> MailImportDialog:
    dialog = MailImportDialog(ctx, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
