"""The follow-ups of a note, and a line to add one right from the note.

A new follow-up needs a stored note to belong to: for a new note, „Hinzufügen“
saves the note first (the editor passes ``ensure_saved``). The follow-up is
checked before anything is saved, so a wrong date is explained here, where the
user is looking, and never leaves a saved note without its follow-up unsaid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from sic_desktop.core.dates import format_date
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import FollowUp
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.validation import validate
from sic_desktop.ui.checked import as_type, not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import LineField
from sic_desktop.ui.editors.form import FieldMessage
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.messages import show_error

# ensure_saved(then, unless_failed): call ``then(note_ref)`` once the note is stored; if it
# cannot be stored, the editor shows ``unless_failed`` (what did not happen) with its errors.
EnsureSaved = Callable[[Callable[[RecordRef], None], str], None]

# Stands in for the note while a follow-up of a note not yet saved is checked.
_UNSAVED_NOTE = RecordRef(RecordType.NOTE, 0)


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
            label = as_type(not_none(form.itemAt(row, QFormLayout.ItemRole.LabelRole)).widget(), QLabel)
            label.setBuddy(not_none(not_none(form.itemAt(row, QFormLayout.ItemRole.FieldRole)).widget()))
        layout.addLayout(form)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        for field in (self.due.edit, self.text):
            field.textChanged.connect(self._recheck)
        self.add_button = QPushButton(icon("add"), self.tr("Wiedervorlage &hinzufügen"), self)
        self.add_button.setObjectName("addFollowUp")
        self.add_button.clicked.connect(lambda: self.add())
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_note(self, note: RecordRef | None) -> None:
        if note != self._note:
            self.clear_input()  # a follow-up typed for one note never ends up on another
        self._note = note
        self.message.show_messages([])
        if note is None:
            self.list.clear()
            return
        self._ctx.ops.read(self, lambda ws: ws.followups.for_record(note, include_done=True)).success(
            lambda found: self._fill(found) if note == self._note else None).run()

    def _fill(self, followups: list[FollowUp]) -> None:
        """The note's follow-ups, read on the reader lane (an answer for another note is dropped)."""
        self.list.clear()
        for followup in followups:
            mark = "✓ " if followup.done else ""
            item = QListWidgetItem(icon("followup"), f"{mark}{format_date(followup.due_date)} – {followup.display_title}", self.list)
            item.setData(REF_ROLE, followup.ref)

    def _typed(self) -> FollowUp:
        return FollowUp(
            due_date=self.due.value(),  # type: ignore[arg-type]  # typed text: the core explains it
            text=self.text.value(),
            responsible=self.responsible.value(),
            target=self._note or _UNSAVED_NOTE,
        )

    def _problems(self) -> ValidationError | None:
        try:
            validate(self._typed())
        except ValidationError as error:
            return error
        return None

    def _recheck(self) -> None:
        if not self.message.isHidden() and self._problems() is None:
            self.message.show_messages([])

    def has_input(self) -> bool:
        """Something typed for a new follow-up: leaving the note asks about it like any change."""
        return bool(self.due.edit.text().strip() or self.text.value().strip() or self.responsible.value().strip())

    def clear_input(self) -> None:
        self.due.set_value(None)
        self.text.clear()
        self.responsible.clear()

    def add(self, then: Callable[[], None] | None = None) -> None:
        """Check the typed follow-up, save the note if needed, create the follow-up, then run ``then``."""
        problems = self._problems()
        if problems is not None:
            self.message.show_messages([str(e) for e in problems.errors])
            fields = {"due_date": self.due, "text": self.text, "responsible": self.responsible}
            fields.get(problems.errors[0].field, self.due).setFocus()
            return
        followup = self._typed()
        self._ensure_saved(
            lambda note: self._create(note, followup, then),
            self.tr("Die Wiedervorlage wurde nicht angelegt, weil die Notiz nicht gespeichert werden konnte."),
        )

    def _create(self, note: RecordRef, followup: FollowUp, then: Callable[[], None] | None) -> None:
        followup.target = note

        def created(stored: FollowUp) -> None:
            self.clear_input()
            self.show_note(note)
            self._ctx.status_message.emit(
                self.tr("Wiedervorlage zum {date} angelegt.").format(date=format_date(stored.due_date))
            )
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            # The note is stored by now: say that the follow-up is not.
            half_done = self.tr("Die Notiz ist gespeichert, die Wiedervorlage aber nicht.")
            self._ctx.status_message.emit(half_done)
            if isinstance(error, ValidationError):
                self.message.show_messages([half_done] + [str(e) for e in error.errors])
            else:
                self.message.show_messages([half_done])
                show_error(self, error)

        self._ctx.ops.write(self, lambda ws: ws.followups.create(followup)).success(created).failure(failed).run()
