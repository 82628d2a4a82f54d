"""The line under a list of linked records: a type-ahead picker and a remove button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.record_picker import RecordPicker
from sic_desktop.ui.icons import icon


def picker_row(
    owner: QWidget, ctx: AppContext, types: tuple[RecordType, ...], remove: Callable[[], None], remove_tip: str
) -> tuple[QHBoxLayout, RecordPicker]:
    row = QHBoxLayout()
    picker = RecordPicker(ctx, types, owner)
    picker.setPlaceholderText(QCoreApplication.translate("PickerRow", "Hinzufügen: Namen tippen …"))
    row.addWidget(picker, 1)
    button = QToolButton(owner)
    button.setIcon(icon("unlink"))
    button.setToolTip(remove_tip)
    button.setAccessibleName(remove_tip)
    button.clicked.connect(remove)
    row.addWidget(button)
    return row, picker


def picker_name(name: str) -> str:
    """Accessible name of the picker of a field called ``name``."""
    return QCoreApplication.translate("PickerRow", "{name} hinzufügen").format(name=name)


def read_renamed_titles(ctx: AppContext, owner: QWidget, changes: ChangeSet, refs: list[RecordRef],
                        show: Callable[[dict[RecordRef, str]], None]) -> None:
    """Read on the reader lane the current titles of those of ``refs`` that a commit touched (renamed
    elsewhere) and hand them to ``show``; nothing is read if the commit touched none."""
    touched = [ref for ref in refs if ref in changes.refs()]
    if touched:
        ctx.ops.read(owner, lambda ws: ws.titles(touched, include_trashed=True)).success(show).run()
