"""A table model that holds only ids and loads display rows for what is visible.

Like Anki's browser table: the list query returns ids (cheap for 100,000 rows);
``summaries(ids)`` is asked for one block of rows at a time when the view paints
them, and only a bounded number of blocks is kept.

A block is read by ``fetch`` (the list page's ``ctx.ops.read``), never on the UI
thread: on the team server it is a network round trip, which made scrolling stall.
Until it arrives its rows show what was known of them before (after a change or a
new filter), or stay empty; then the view repaints them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sic_desktop.core.services.record_service import RecordService
from sic_desktop.core.services.summaries import SummaryColumn
from sic_desktop.ui.icons import icon

BLOCK = 100
MAX_BLOCKS = 50

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Rows = list[dict[str, Any]]
# fetch(ids, deliver): read the list rows of ``ids`` off the UI thread, then ``deliver(rows)`` on it.
Fetch = Callable[[list[int], Callable[[Rows], None]], None]


class RecordTableModel(QAbstractTableModel):
    def __init__(self, service: RecordService[Any], fetch: Fetch, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._columns: tuple[SummaryColumn, ...] = service.summary_columns
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._blocks: OrderedDict[int, Rows] = OrderedDict()
        self._asked: set[int] = set()  # blocks being read
        self._generation = 0  # a block read before the ids or rows were renewed is dropped
        self._earlier: dict[int, dict[str, Any]] = {}  # by record id: shown until its block arrives

    @property
    def columns(self) -> tuple[SummaryColumn, ...]:
        return self._columns

    def set_ids(self, ids: list[int], first_rows: list[dict[str, Any]] | None = None) -> None:
        """Show ``ids``; ``first_rows`` are the list rows of the first block, read with the ids
        (``RecordService.first_page``), so the first paint asks the database nothing."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = None
        self._renew()
        if first_rows is not None:
            self._keep_block(0, first_rows)
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        if self._positions is None:
            self._positions = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._positions.get(record_id)

    def forget_rows(self) -> None:
        """Read the shown rows anew (after a change) and repaint; the ids stay."""
        self._renew()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    # -- Qt model API ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index.row())
            if row is None:
                return None
            text = str(row.get(self._columns[index.column()].key, ""))
            if role == Qt.ItemDataRole.ToolTipRole and row.get("overdue") and index.column() == 0:
                text = QCoreApplication.translate("Lists", "{date} (überfällig)").format(date=text)
            return text
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole):
            # Overdue follow-ups stand out as on the start page: bold, with a warning sign by the date.
            row = self._row(index.row())
            if row is None or not row.get("overdue"):
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("warning") if index.column() == 0 else None
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- loading -------------------------------------------------------------------

    def _renew(self) -> None:
        """Forget the blocks (their rows stay on show until read anew) and the reads under way."""
        if self._blocks:  # renewed twice before anything arrived: what was shown before stays
            self._earlier = {row["id"]: row for block in self._blocks.values() for row in block if row}
        self._blocks.clear()
        self._asked.clear()
        self._generation += 1

    def _row(self, row: int) -> dict[str, Any] | None:
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            self._ask_for(number)
            return self._earlier.get(self._ids[row])
        self._blocks.move_to_end(number)
        offset = row - number * BLOCK
        return block[offset] if offset < len(block) else None

    def _ask_for(self, number: int) -> None:
        if number in self._asked:
            return
        self._asked.add(number)
        generation = self._generation
        self._fetch(self._ids[number * BLOCK : (number + 1) * BLOCK],
                    lambda rows: self._arrived(generation, number, rows))

    def _arrived(self, generation: int, number: int, summaries: Rows) -> None:
        if generation != self._generation:
            return  # the ids or rows were renewed meanwhile: the view asks again
        self._asked.discard(number)
        block = self._keep_block(number, summaries)
        first = number * BLOCK
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(block) - 1, len(self._columns) - 1))

    def _keep_block(self, number: int, summaries: Rows) -> Rows:
        rows = {row["id"]: row for row in summaries}
        # A record trashed meanwhile has no summary: keep its place with an empty row.
        block = [rows.get(record_id, {}) for record_id in self._ids[number * BLOCK : (number + 1) * BLOCK]]
        self._blocks[number] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block
