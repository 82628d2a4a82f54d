"""The gap view: theme fields × sectors, gaps hatched; a cell lists its cooperations and possible partners.

Give it the AppContext and a callback that opens a record. The matrix needs the
whole network (one snapshot): it is read on the long-read thread
(``ctx.ops.long_read``) when the view is shown and after changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.vocab import COOPERATION_STATUSES, SECTORS
from sic_desktop.core.workspace import Workspace
from sic_desktop.network.gap_figure import gap_figure
from sic_desktop.network.gaps import GapMatrix, gap_matrix
from sic_desktop.ui.map.colours import palette_for
from sic_desktop.ui.map.gap_model import GapCellDelegate, GapTableModel
from sic_desktop.ui.map.view_support import ChangeFollower, export_button, save_figure_as

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext

OpenRecord = Callable[[RecordRef], None]


def _read_gaps(workspace: Workspace) -> tuple[NetworkSnapshot, GapMatrix]:
    snapshot = workspace.network.snapshot()
    return snapshot, gap_matrix(snapshot)


class GapView(QWidget):
    shown_gaps = Signal()  # after the matrix on screen was replaced

    def __init__(self, ctx: AppContext, open_record: OpenRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._open_record = ctx, open_record
        self._snapshot: NetworkSnapshot | None = None
        self.model = GapTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(GapCellDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() * 3)
        self.table.setAccessibleName(translate("Gaps", "Lücken nach Themenfeld und Sektor"))
        self.detail_title = QLabel(translate("Gaps", "Eine Zelle wählen, um ihre Kooperationen und möglichen Partner zu sehen."))
        self.detail_title.setWordWrap(True)
        self.cooperations = self._list(translate("Gaps", "Laufende Kooperationen"))
        self.candidates = self._list(translate("Gaps", "Mögliche Partner"))
        self._build_layout()
        self.table.selectionModel().currentChanged.connect(self._show_cell)
        self._changes = ChangeFollower(ctx, self, self.refresh)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.itemActivated.connect(lambda item: self._open_record(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    def _build_layout(self) -> None:
        intro = QLabel(translate(
            "Gaps", "Laufende Kooperationen (Idee bis Verstetigt) mit mindestens einem Partner des Sektors und die "
                    "beteiligten Organisationen dieses Sektors. Schraffiert: eine Lücke."))
        intro.setWordWrap(True)
        export = export_button(translate("Gaps", "Lücken"), self._export)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(export)
        lists = QHBoxLayout()
        for title, widget in ((translate("Gaps", "Laufende Kooperationen"), self.cooperations),
                              (translate("Gaps", "Mögliche Partner: Themenfeld eingetragen, noch nicht beteiligt"),
                               self.candidates)):
            column = QVBoxLayout()
            caption = QLabel(f"<b>{title}</b>")
            caption.setBuddy(widget)
            column.addWidget(caption)
            column.addWidget(widget)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail_title)
        layout.addLayout(lists, 1)

    def refresh(self) -> None:
        """Read the matrix anew (in the background)."""
        self._ctx.ops.long_read(self, _read_gaps).success(lambda result: self._show(*result)).run()

    def _show(self, snapshot: NetworkSnapshot, matrix: GapMatrix) -> None:
        self._snapshot = snapshot
        current = self.table.currentIndex()
        self.model.set_matrix(matrix, palette_for(self))
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.shown_gaps.emit()

    @property
    def matrix(self) -> GapMatrix | None:
        return self.model.matrix

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._changes.shown()

    def _show_cell(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        self.cooperations.clear()
        self.candidates.clear()
        if cell is None or self._snapshot is None:
            return
        title = cell.gap_text if cell.is_gap else translate("Gaps", "{theme} mit Partnern aus dem Sektor {sector}").format(
            theme=cell.theme, sector=SECTORS.label(cell.sector))
        self.detail_title.setText(f"<b>{title[0].upper()}{title[1:]}</b>")
        for coop_id in cell.cooperation_ids:
            coop = self._snapshot.cooperations[coop_id]
            self._add(self.cooperations, f"{coop.title} ({COOPERATION_STATUSES.label(coop.status)})",
                      RecordRef(RecordType.COOPERATION, coop_id))
        for org_id in cell.candidate_ids:
            org = self._snapshot.organisations[org_id]
            self._add(self.candidates, f"{org.name} ({org.district})" if org.district else org.name,
                      RecordRef(RecordType.ORGANISATION, org_id))
        if not cell.candidate_ids:
            self.candidates.addItem(
                translate("Gaps", "keine – vielleicht eine neue Organisation ansprechen")
                if cell.is_gap else translate("Gaps", "keine weiteren")
            )

    def _add(self, widget: QListWidget, text: str, ref: RecordRef) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        item.setToolTip(translate("Gaps", "Doppelklick oder Eingabetaste öffnet den Datensatz."))
        widget.addItem(item)

    def _export(self, kind: str) -> None:
        matrix = self.model.matrix
        if matrix is not None:
            title = translate("Gaps", "Lücken nach Themenfeld und Sektor")
            save_figure_as(self, kind, "Luecken", title, lambda: gap_figure(matrix))
