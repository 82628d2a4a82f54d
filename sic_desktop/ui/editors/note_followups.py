"""The follow-ups of a note, and a line to add one right from the note.

A new follow-up needs a stored note to belong to: for a new note, „Hinzufügen“
saves the note first (the editor passes ``ensure_saved``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from sic_desktop.core.dates import format_date
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import FollowUp, RecordRef
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.fields import LineField
from sic_desktop.ui.editors.form import FieldMessage
from sic_desktop.ui.icons import icon
from sic_desktop.ui.messages import show_error

REF_ROLE = Qt.ItemDataRole.UserRole + 1

# ensure_saved(then): call ``then(note_ref)`` once the note is stored.
EnsureSaved = Callable[[Callable[[RecordRef], None]], None]


class NoteFollowUps(QWidget):
    def __init__(self, ctx: AppContext, ensure_saved: EnsureSaved, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ensure_saved = ensure_saved
        self._note: RecordRef | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("noteFollowUps")
        self.list.setAccessibleName(self.tr("Wiedervorlagen dieser Notiz"))
        self.list.itemActivated.connect(lambda item: ctx.open(item.data(REF_ROLE)))
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Neue Wiedervorlage:"), self))
        form = QFormLayout()
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Fällig am"))
        form.addRow(self.tr("&Fällig am *"), self.due)
        self.text = LineField(self)
        self.text.setAccessibleName(self.tr("Aufgabe"))
        self.text.setPlaceholderText(self.tr("z. B. Frau Schäfer wegen des Termins anrufen"))
        form.addRow(self.tr("A&ufgabe *"), self.text)
        self.responsible = LineField(self)
        self.responsible.setAccessibleName(self.tr("Zuständig"))
        form.addRow(self.tr("Zu&ständig"), self.responsible)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        self.add_button = QPushButton(icon("add"), self.tr("Wiedervorlage &hinzufügen"), self)
        self.add_button.setObjectName("addFollowUp")
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_note(self, note: RecordRef | None) -> None:
        self._note = note
        self.list.clear()
        self.message.show_messages([])
        if note is None:
            return
        for followup in self._ctx.ws.followups.for_record(note, include_done=True):
            mark = "✓ " if followup.done else ""
            item = QListWidgetItem(icon("followup"), f"{mark}{format_date(followup.due_date)} – {followup.display_title}", self.list)
            item.setData(REF_ROLE, followup.ref)

    def add(self) -> None:
        followup = FollowUp(
            due_date=self.due.value(),  # type: ignore[arg-type]  # typed text: the core explains it
            text=self.text.value(),
            responsible=self.responsible.value(),
        )
        self._ensure_saved(lambda note: self._create(note, followup))

    def _create(self, note: RecordRef, followup: FollowUp) -> None:
        followup.target = note

        def created(_: FollowUp) -> None:
            self.due.set_value(None)
            self.text.clear()
            self.responsible.clear()
            self.show_note(note)

        def failed(error: Exception) -> None:
            if isinstance(error, ValidationError):
                self.message.show_messages([str(e) for e in error.errors])
            else:
                show_error(self, error)

        self._ctx.ops.write(self, lambda ws: ws.followups.create(followup)).success(created).failure(failed).run()
