"""A small table of picked records with editable details (memberships, partners).

The picker adds a row for the chosen record; subclasses say which columns a row
has and how a row becomes a value of the record (Membership, Partner).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.picker_row import picker_name, picker_row, read_renamed_titles
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE


class PickedTable(QWidget):
    changed = Signal()  # a row added, removed or edited
    def __init__(
        self, ctx: AppContext, types: tuple[RecordType, ...], headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        # A long name („Wirtschaftsförderung Dortmund – Social Innovation Center“) wraps onto a second line
        # instead of being cut at 1,366 px; the row grows with it, and the tooltip holds it whole.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # dates, function, role: see _fit_columns
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gets the rest
        self.table.viewport().installEventFilter(self)
        self.table.setMaximumHeight(self.table.fontMetrics().lineSpacing() * 7 + 30)
        self.table.cellDoubleClicked.connect(self._open)
        # Fitted once the event loop is free: each cell of a row added tells of itself, and fitting after
        # each measured every row again (a record with 200 memberships took 200 × 5 fits of up to 200 rows);
        # the scroll bar that comes with the rows narrows the table in the same turn of the loop.
        self._fit_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_soon.timeout.connect(self._fit_columns)
        for signal in (self.table.model().rowsInserted, self.table.model().rowsRemoved, self.table.model().dataChanged):
            signal.connect(lambda *_: self.changed.emit())
            signal.connect(lambda *_: self._fit_soon.start())
        layout.addWidget(self.table)
        row, self.picker = picker_row(self, ctx, types, self.remove_selected, self.tr("Ausgewählte Zeile entfernen (Entf)"))
        self.picker.picked.connect(self._picked)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        ctx.changed.connect(self._retitle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Only a new width moves the columns (a new height is mostly the fit's own: more rows shown).
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self._fit_soon.start()
        return False

    def _fit_columns(self) -> None:
        """The detail columns (function, from, to; role) as wide as what they hold, together at most half the
        table; the name column takes the rest, so that a long name wraps rather than being cut."""
        header = self.table.horizontalHeader()
        details = range(1, self.table.columnCount())
        wanted = {c: max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in details}
        room = self.table.viewport().width() // 2
        scale = min(1.0, room / max(1, sum(wanted.values())))
        for column, width in wanted.items():
            header.resizeSection(column, max(header.sectionSizeHint(column), int(width * scale)))
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        needed = header.height() + max(rows, 2 * self.table.verticalHeader().defaultSectionSize()) + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(min(needed, self.table.maximumHeight()))  # every row shown, up to seven lines

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)
        self.picker.setAccessibleName(picker_name(name))

    # -- for subclasses ------------------------------------------------------------

    def add_row(self, ref: RecordRef, title: str, details: Any = None) -> int:
        """Append a row whose first cell names the record; returns the row number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(icon(ref.type.value), title)
        name.setToolTip(title)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(REF_ROLE, ref)
        self.table.setItem(row, 0, name)
        return row

    def ref_at(self, row: int) -> RecordRef:
        return not_none(self.table.item(row, 0)).data(REF_ROLE)

    def text_at(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))

    def clear_rows(self) -> None:
        self.table.setRowCount(0)

    # -- actions -----------------------------------------------------------------

    def _picked(self, ref: RecordRef, title: str) -> None:
        row = self.add_row(ref, title)
        self.table.setCurrentCell(row, 1)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _retitle(self, changes) -> None:
        """A picked record renamed elsewhere shows its new name here at once."""
        read_renamed_titles(self._ctx, self, changes, [self.ref_at(row) for row in range(self.table.rowCount())],
                            self._show_titles)

    def _show_titles(self, titles: dict[RecordRef, str]) -> None:
        for row in range(self.table.rowCount()):
            if self.ref_at(row) in titles:
                not_none(self.table.item(row, 0)).setText(titles[self.ref_at(row)])
                not_none(self.table.item(row, 0)).setToolTip(titles[self.ref_at(row)])

    def _open(self, row: int, column: int) -> None:
        if column == 0:
            self._ctx.open(self.ref_at(row))
