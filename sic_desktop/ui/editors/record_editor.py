"""What every editor does the same way: load, show, collect, save, validate, leave.

A subclass builds its rows (``build``) and says what a blank record is. Opening a
record reads it, with the titles of the records its form names, in one operation on
the reader lane; the record shown so far stays until the answer arrives, and a newer
``open`` (or ``new``) drops an older answer. Saving runs on the writer thread, which
reads those titles of the stored record too; validation messages of the core appear
at their fields, a conflict offers to reload, and leaving with unsaved changes asks
first (``maybe_leave``).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.errors import ConflictError, NotFoundError, ServerUnreachableError, ValidationError
from sic_desktop.core.models import Record
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import ChangeSet, Initiator
from sic_desktop.core.validation import validate
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import messages
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.form import Mnemonics, RecordForm, Titles, changed_signal
from sic_desktop.ui.editors.kept_input import cursor_kept, form_values, put_back
from sic_desktop.ui.icons import icon
from sic_desktop.ui.messages import LeaveChoice
from sic_desktop.ui.operations import Op
from sic_desktop.ui.scrolling import scrolling


class RecordEditor(QWidget):
    record_type: ClassVar[RecordType]
    saved = Signal(object)  # the stored record
    shown = Signal()  # another record (or none) is shown
    kept = Signal()  # a record arrived, and the user chose to stay with the input typed meanwhile

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._record: Record | None = None
        self._baseline: dict[str, Any] | None = None
        # Names this editor's saves in the change notice: its own save is not reloaded (see ListPage).
        self.initiator = Initiator(f"editor:{self.record_type.value}")
        self._keeping_place = False  # showing the record just saved: stay on the tab the user is on
        self._opening: tuple[RecordRef, Op] | None = None  # the record asked for last and its read, until shown
        self.setObjectName(f"editor_{self.record_type.value}")

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.heading, 1)
        self.revert_button = QPushButton(icon("restore"), self.tr("&Zurücksetzen"), self)
        self.revert_button.setToolTip(self.tr("Ungespeicherte Änderungen verwerfen"))
        self.revert_button.clicked.connect(self.revert)
        header.addWidget(self.revert_button)
        self.save_button = QPushButton(icon("save"), self.tr("&Speichern"), self)
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        header.addWidget(self.save_button)
        outer.addLayout(header)
        self.general_message = QLabel(self)
        self.general_message.setWordWrap(True)
        self.general_message.hide()
        outer.addWidget(self.general_message)

        self.form = RecordForm(self.record_type, Mnemonics("sz"))
        self.body = QWidget(self)
        self.build(self.body)
        outer.addWidget(self._wrap(self.body), 1)
        footer = QHBoxLayout()
        self.audit = QLabel(self)
        self.audit.setWordWrap(True)
        self.audit.setEnabled(False)
        footer.addWidget(self.audit, 1)
        legend = QLabel(self.tr("* Pflichtfeld"), self)
        legend.setEnabled(False)
        footer.addWidget(legend, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(footer)
        self._recheck_timer = QTimer(self, singleShot=True, interval=250)
        self._recheck_timer.timeout.connect(self._recheck)
        for row in self.form.rows.values():
            changed_signal(row.widget).connect(self._field_edited)
        ctx.changed.connect(self._offer_new_choices)
        self.setEnabled(False)

    # -- for subclasses ------------------------------------------------------------

    def build(self, body: QWidget) -> None:
        """Create the rows on ``body`` with ``self.form.add(layout, field, widget)``."""
        raise NotImplementedError

    def blank(self) -> Record:
        raise NotImplementedError

    def _wrap(self, body: QWidget) -> QWidget:
        """Long forms scroll; editors with their own large text area override this."""
        return scrolling(body, self)

    def new_form_layout(self, parent: QWidget) -> QFormLayout:
        layout = QFormLayout(parent)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return layout

    def after_show(self, record: Record) -> None:
        """Fill parts that are not plain fields (status history, follow-ups)."""

    def store(self, ws: Workspace, record: Record) -> Record:
        """Runs on the writer thread: create or update the record."""
        service = ws.service(self.record_type)
        return service.create(record) if record.id is None else service.update(record)

    # -- showing -----------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self._record

    @property
    def ref(self) -> RecordRef | None:
        return self._record.ref if self._record is not None and self._record.id is not None else None

    def new(self, **values: Any) -> None:
        record = self.blank()
        for name, value in values.items():
            setattr(record, name, value)
        self.show_record(record)
        refs = self.form.titled_refs(record)
        if refs:  # a new note's links, a new follow-up's „Bezug“: their names follow from the reader lane
            shown = self._record
            self.ctx.ops.read(self, lambda ws: ws.titles(refs, include_trashed=True)).success(
                lambda titles: self.form.show_titles(titles) if self._record is shown else None).run()

    def open(self, ref: RecordRef, *, missing: Callable[[], None] | None = None) -> None:
        """Show the stored ``ref`` once it is read off the UI thread. If it is gone (deleted, in the
        trash), ``missing`` runs; without it the error is shown and the shown record stays."""
        self.cancel_opening()
        form = self.form
        typed = self._snapshot() if self._record is not None else None

        def failed(error: Exception) -> None:
            self._opening = None
            if missing is not None and isinstance(error, NotFoundError):
                missing()
            else:
                messages.show_error(self, error)

        self._opening = ref, self.ctx.ops.read(self, lambda ws: _read_shown(ws, form, ref)).success(
            lambda shown: self._arrived(*shown, typed=typed)).failure(failed).run()

    def _arrived(self, record: Record, titles: Titles, *, typed: dict[str, Any] | None) -> None:
        """Input typed into the record shown while the next one was read (``typed`` is what the form
        held when it was asked for) is never dropped unasked."""
        self._opening = None
        if self._record is None or self._snapshot() == typed:
            self.show_record(record, titles)
        elif not self.maybe_leave(lambda: self.show_record(record, titles)):
            self.kept.emit()

    @property
    def opening(self) -> RecordRef | None:
        """The record asked for that is still being read."""
        return self._opening[0] if self._opening is not None else None

    def cancel_opening(self) -> None:
        """The record asked for last is not shown when it arrives (the user went back to the shown one)."""
        if self._opening is not None:
            self._opening[1].cancel()  # its answer, if it comes, is not shown
            self._opening = None

    @property
    def keeping_place(self) -> bool:
        """True while the record just saved is shown again: the editor keeps its tab and scroll."""
        return self._keeping_place

    def show_record(self, record: Record, titles: Titles | None = None) -> None:
        """Show ``record``; ``titles`` names the records its fields link to (read with it)."""
        self.cancel_opening()
        self._record = record
        self.form.set_values(record, titles)
        self.form.clear_errors()
        self._show_general([])
        self.after_show(record)
        self.heading.setText(record.display_title or self.tr("Neu: {type}").format(type=self.record_type.label))
        self.audit.setText(self._audit_text(record))
        self._baseline = self._snapshot()
        self.setEnabled(True)
        self.shown.emit()

    def clear(self) -> None:
        self.cancel_opening()
        self._record = None
        self._baseline = None
        self.heading.clear()
        self.audit.clear()
        self.setEnabled(False)
        self.shown.emit()

    def _audit_text(self, record: Record) -> str:
        if record.id is None:
            return ""
        return self.tr("Angelegt {created} von {creator} · zuletzt geändert {updated} von {updater}").format(
            created=format_timestamp(record.created_at),
            creator=record.created_by,
            updated=format_timestamp(record.updated_at),
            updater=record.updated_by,
        )

    # -- collecting and saving -------------------------------------------------------

    def collect(self) -> Record:
        """A copy of the shown record with the values from the widgets."""
        assert self._record is not None
        record = copy.deepcopy(self._record)
        self.form.write_into(record)
        return record

    def _snapshot(self) -> dict[str, Any]:
        return dataclasses.asdict(self.collect())

    def is_dirty(self) -> bool:
        return self._record is not None and self._snapshot() != self._baseline

    def save(self, then: Callable[[], None] | None = None, *, unless_failed: str = "") -> None:
        """Store the shown record, then run ``then``; ``unless_failed`` says what did not happen
        because the save failed (e.g. „Die Wiedervorlage wurde nicht angelegt.“)."""
        if self._record is None or not self.save_button.isEnabled():  # one save at a time
            return
        record = self.collect()
        sent = form_values(self.form)
        self.form.clear_errors()
        self._show_general([])
        self.save_button.setEnabled(False)

        def stored(answer: tuple[Record, Titles]) -> None:
            result, titles = answer
            self._finish_saving()
            typed = form_values(self.form)
            self._keeping_place = True
            try:
                with cursor_kept():
                    self.show_record(result, titles)
                    put_back(self.form, typed, sent)
            finally:
                self._keeping_place = False
            self.ctx.status_message.emit(self.tr("„{title}“ gespeichert.").format(title=result.display_title))
            self.saved.emit(result)
            if then:
                then()

        self.ctx.ops.write(self, lambda ws: self._store_as_initiator(ws, record)).success(stored).failure(
            lambda error: self._save_failed(error, unless_failed)
        ).run()

    def _store_as_initiator(self, ws: Workspace, record: Record) -> tuple[Record, Titles]:
        with ws.initiated_by(self.initiator):
            stored = self.store(ws, record)
        return stored, ws.titles(self.form.titled_refs(stored), include_trashed=True)

    def _finish_saving(self) -> None:
        self.save_button.setEnabled(True)

    def _save_failed(self, error: Exception, unless_failed: str = "") -> None:
        self._finish_saving()
        if isinstance(error, ValidationError):
            unplaced = self.form.show_errors(error)
            self._show_general(unplaced + ([unless_failed] if unless_failed else []))
            self.ctx.status_message.emit(
                " ".join(
                    [self.tr("Nicht gespeichert: Bitte die markierten Felder prüfen.")] + ([unless_failed] if unless_failed else [])
                )
            )
        elif isinstance(error, ConflictError):
            if messages.offer_reload(self, str(error)):
                self.reload()
        elif isinstance(error, ServerUnreachableError):  # the input stays in the form for the retry
            if messages.offer_retry(self, str(error)):
                self.save()
        else:
            messages.show_error(self, error)

    def _offer_new_choices(self, changes: ChangeSet) -> None:
        """A theme field added elsewhere is offered here once read on the reader lane; the ticks stay
        (tags: see TagsField)."""
        if "theme_ids" in self.form.rows and changes.theme_fields:
            self.ctx.ops.read(self, lambda ws: ws.themes.names()).success(
                self.form.widget("theme_ids").set_choices).run()

    def _field_edited(self) -> None:
        if self.form.has_messages() or not self.general_message.isHidden():
            self._recheck_timer.start()

    def _recheck(self) -> None:
        """A message disappears once its field is fixed (the core's rules, checked without saving)."""
        if self._record is None:
            return
        try:
            validate(self.collect())
        except ValidationError as error:
            self.form.clear_fixed(error)
            return
        self.form.clear_errors()
        self._show_general([])

    def _show_general(self, messages: list[str]) -> None:
        self.general_message.setText("\n".join(messages))
        self.general_message.setVisible(bool(messages))

    def reload(self) -> None:
        """Show the stored version again (after a conflict or „Zurücksetzen“)."""
        if self.ref is not None:
            self.open(self.ref)

    def revert(self) -> None:
        if self.ref is not None:
            self.reload()
        elif self._record is not None:
            self.new()

    def maybe_leave(self, then: Callable[[], None]) -> bool:
        """Run ``then`` now, or after asking about unsaved changes; False if the user stays."""
        if not self.is_dirty():
            then()
            return True
        choice = messages.ask_unsaved(self, self.collect().display_title)
        if choice is LeaveChoice.SAVE:
            self.save(then)
        elif choice is LeaveChoice.DISCARD:
            self.revert()
            then()
        return choice is not LeaveChoice.STAY


def _read_shown(ws: Workspace, form: RecordForm, ref: RecordRef) -> tuple[Record, Titles]:
    """Runs on the reader lane: the record and the titles of the records its form names."""
    record = ws.service(ref.type).get(ref.id)
    return record, ws.titles(form.titled_refs(record), include_trashed=True)
