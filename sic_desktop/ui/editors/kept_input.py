"""The user's place in an editor, kept while it shows its own save.

After „Speichern“ the editor shows the record as stored (version, audit line, the
core's spelling of a date); refilling the fields would put the cursor of the field
being typed in back to its start and drop what was typed while the save ran. So the
cursor, selection and scroll position of the focused field come back when its text is
unchanged, and values typed meanwhile are put back, still unsaved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from sic_desktop.ui.editors.form import RecordForm

_TextArea = QTextEdit | QPlainTextEdit


@contextmanager
def cursor_kept() -> Iterator[None]:
    """Restore the focused text field's cursor, selection and scroll position after the block,
    if its text is still the same."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        text, position = widget.text(), widget.cursorPosition()
        start = widget.selectionStart()
        anchor = position if start < 0 else (start if position == widget.selectionEnd() else widget.selectionEnd())
        yield
        if widget.text() == text:
            widget.setSelection(anchor, position - anchor)  # the cursor ends at ``position``
    elif isinstance(widget, _TextArea):
        text, cursor = widget.toPlainText(), widget.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        scrolled = _scroll_of(widget)
        yield
        if widget.toPlainText() == text:
            restored = widget.textCursor()
            restored.setPosition(anchor)
            restored.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(restored)
            widget.verticalScrollBar().setValue(scrolled)
    else:
        yield


def _scroll_of(widget: QWidget) -> int:
    return widget.verticalScrollBar().value() if isinstance(widget, QAbstractScrollArea) else 0


def form_values(form: RecordForm) -> dict[str, Any]:
    """What each field of ``form`` holds now, as its widget gives it."""
    return {name: row.widget.value() for name, row in form.rows.items()}


def put_back(form: RecordForm, typed: dict[str, Any], sent: dict[str, Any]) -> None:
    """Give back the fields whose value changed from ``sent`` (what was saved) to ``typed``
    while the save ran: the user typed them after pressing „Speichern“."""
    for name, value in typed.items():
        if value != sent.get(name):
            form.widget(name).set_value(value)
