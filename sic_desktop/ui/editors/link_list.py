"""Linked records of one type (a note's organisations, persons, cooperations): a list and a picker.

Double-click (or Enter) on an entry opens that record; Entf removes the link.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.picker_row import picker_name, picker_row, read_renamed_titles
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE


class LinkListField(QWidget):
    changed = Signal()  # a link added or removed
    def __init__(self, ctx: AppContext, record_type: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._type = record_type
        self._known: dict[RecordRef, str] = {}  # titles seen, for a value given back after a save
        self.names_records = partial(_refs, record_type)  # titles read with the record (see form.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)
        self.list.itemActivated.connect(self._open)
        for signal in (self.list.model().rowsInserted, self.list.model().rowsRemoved):
            signal.connect(lambda *_: self.changed.emit())
        layout.addWidget(self.list)
        row, self.picker = picker_row(
            self, ctx, (record_type,), self.remove_selected, self.tr("Ausgewählte Verknüpfung entfernen (Entf)")
        )
        self.picker.picked.connect(self.add)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        ctx.changed.connect(self._retitle)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.picker.setAccessibleName(picker_name(name))

    def value(self) -> list[int]:
        return [self.list.item(row).data(REF_ROLE).id for row in range(self.list.count())]

    def set_value(self, ids: list[int] | None) -> None:
        """The titles come with ``show_titles``; those seen before show at once."""
        self.list.clear()
        for ref in _refs(self._type, ids):
            self._append(ref, self._known.get(ref, ""))

    def add(self, ref: RecordRef, title: str) -> None:
        if ref.id not in self.value():
            self._known[ref] = title
            self._append(ref, title)

    def show_titles(self, titles: dict[RecordRef, str]) -> None:
        self._known.update(titles)
        for item in (self.list.item(row) for row in range(self.list.count())):
            if item.data(REF_ROLE) in titles:
                item.setText(titles[item.data(REF_ROLE)])

    def _append(self, ref: RecordRef, title: str) -> None:
        item = QListWidgetItem(icon(ref.type.value), title, self.list)
        item.setData(REF_ROLE, ref)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _retitle(self, changes) -> None:
        """A linked record renamed elsewhere shows its new name here at once."""
        refs = [self.list.item(row).data(REF_ROLE) for row in range(self.list.count())]
        read_renamed_titles(self._ctx, self, changes, refs, self.show_titles)

    def _open(self, item: QListWidgetItem) -> None:
        self._ctx.open(item.data(REF_ROLE))


def _refs(record_type: RecordType, ids: list[int] | None) -> list[RecordRef]:
    return [RecordRef(record_type, record_id) for record_id in ids or []]
