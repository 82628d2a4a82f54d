"""The rows of an editor: German labels from the core, required marks, messages at the field.

Each row is registered under the record's field name, so a ``ValidationError``
from the core lands beside the field it names (``FieldError.field``), and values
are copied between record and widgets by name. A field that shows other records by
name (a note's links, a follow-up's „Bezug“) has ``names_records``, a plain function
giving the refs in a value: the editor reads their titles with the record, off the
UI thread, and hands them to the field's ``show_titles``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.models import Record
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.icons import icon
from sic_desktop.ui.mnemonics import with_free_mnemonic

REQUIRED_MARK = " *"

W = TypeVar("W", bound=QWidget)

Titles = dict[RecordRef, str]


class FieldMessage(QWidget):
    """A warning icon and the core's message, under the field it concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        symbol = QLabel(self)
        size = self.fontMetrics().height()
        symbol.setPixmap(icon("warning").pixmap(size, size))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(symbol)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.text.setText("\n".join(messages))
        self.setVisible(bool(messages))


@dataclass
class FieldRow:
    name: str
    widget: Any  # a FieldWidget
    label: QLabel
    message: FieldMessage


class Mnemonics:
    """Gives each label an Alt+letter that is not taken yet in this editor."""

    def __init__(self, taken: str = "") -> None:
        self._taken = set(taken.casefold())

    def mark(self, text: str) -> str:
        return with_free_mnemonic(text, self._taken)


class RecordForm:
    def __init__(self, record_type: RecordType, mnemonics: Mnemonics) -> None:
        self.record_type = record_type
        self.rows: dict[str, FieldRow] = {}
        self._mnemonics = mnemonics
        self._names_records: dict[str, Callable[[Any], list[RecordRef]]] = {}  # see the module's docstring

    def add(
        self,
        layout: QFormLayout | QBoxLayout,
        name: str,
        widget: W,
        *,
        required: bool = False,
        label: str | None = None,
        wide: bool = False,
    ) -> W:
        """Add a labelled row for the record field ``name`` (label above in a box layout, and with ``wide``:
        a table that needs the form's whole width); returns the widget."""
        text = label or field_label(self.record_type, name)
        caption = QLabel(self._mnemonics.mark(text) + (REQUIRED_MARK if required else ""))
        caption.setBuddy(widget)
        widget.setAccessibleName(text + (" " + QCoreApplication.translate("RecordForm", "(Pflichtfeld)") if required else ""))
        widget.setObjectName(f"field_{name}")
        message = FieldMessage()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        if isinstance(layout, QFormLayout) and wide:
            layout.addRow(caption)
            layout.addRow(holder)
        elif isinstance(layout, QFormLayout):
            layout.addRow(caption, holder)
        else:
            layout.addWidget(caption)
            layout.addWidget(holder, 1)
        self.rows[name] = FieldRow(name, widget, caption, message)
        names_records = getattr(widget, "names_records", None)
        if names_records is not None:
            self._names_records[name] = names_records
        return widget

    def widget(self, name: str) -> Any:
        return self.rows[name].widget

    def set_values(self, record: Record, titles: Titles | None = None) -> None:
        """``titles``: of the records the fields name (``titled_refs``), read with the record."""
        for name, row in self.rows.items():
            row.widget.set_value(getattr(record, name))
        self.show_titles(titles or {})

    def titled_refs(self, record: Record) -> list[RecordRef]:
        """The records ``record``'s fields show by title. Touches no widget: worker threads call it."""
        return [ref for name, refs_in in self._names_records.items() for ref in refs_in(getattr(record, name))]

    def show_titles(self, titles: Titles) -> None:
        for name in self._names_records:
            self.rows[name].widget.show_titles(titles)

    def write_into(self, record: Record) -> None:
        for name, row in self.rows.items():
            setattr(record, name, row.widget.value())

    def show_errors(self, error: ValidationError) -> list[str]:
        """Show each message at its field; returns the messages that have no field here."""
        self.clear_errors()
        unplaced: list[str] = []
        first: FieldRow | None = None
        for field_error in error.errors:
            row = self.rows.get(field_error.field)
            if row is None:
                unplaced.append(str(field_error))
                continue
            row.message.show_messages(error.for_field(field_error.field))
            row.widget.setAccessibleDescription(" ".join(error.for_field(field_error.field)))
            first = first or row
        if first is not None:
            reveal(first.widget)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def has_messages(self) -> bool:
        return any(not row.message.isHidden() for row in self.rows.values())

    def clear_fixed(self, error: ValidationError) -> None:
        """Hide the messages of fields the core no longer refuses; new problems wait for the save."""
        refused = {field_error.field for field_error in error.errors}
        for name, row in self.rows.items():
            if name not in refused and not row.message.isHidden():
                row.message.show_messages([])
                row.widget.setAccessibleDescription("")

    def show_message(self, name: str, message: str) -> None:
        self.rows[name].message.show_messages([message] if message else [])

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.message.show_messages([])
            row.widget.setAccessibleDescription("")

    def messages(self, name: str) -> str:
        """The message shown at a field (empty if none), e.g. for tests and screen readers."""
        row = self.rows[name]
        return "" if row.message.isHidden() else row.message.text.text()


def changed_signal(widget: QWidget) -> SignalInstance:
    """The signal a field widget sends when the user changes its value."""
    own = getattr(widget, "changed", None)
    if isinstance(own, SignalInstance):
        return own
    for kind, name in _CHANGE_SIGNALS:
        if isinstance(widget, kind):
            return getattr(widget, name)
    raise TypeError(f"no change signal known for {type(widget).__name__}")


_CHANGE_SIGNALS: tuple[tuple[type, str], ...] = (
    (QLineEdit, "textChanged"),
    (QPlainTextEdit, "textChanged"),
    (QTextEdit, "textChanged"),
    (QComboBox, "currentIndexChanged"),
    (QAbstractButton, "toggled"),
    (QListWidget, "itemChanged"),
)


def reveal(widget: QWidget) -> None:
    """Bring a field on a hidden tab to the front before focusing it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        stack_owner = parent.parentWidget()
        if isinstance(stack_owner, QTabWidget):
            index = stack_owner.indexOf(child)
            if index >= 0:
                stack_owner.setCurrentIndex(index)
        child, parent = parent, parent.parentWidget()
