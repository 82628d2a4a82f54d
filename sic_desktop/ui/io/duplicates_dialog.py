"""Bearbeiten → Duplikate suchen …: likely pairs with their reasons, compared side by side, merged or dismissed.

Merging deletes the other record after its links moved, so it is confirmed; Strg+Z in the window
takes it back (``core.services.merge_undo``), and before the first merge of this dialog a backup is
made besides. „Kein Duplikat“ is remembered: the pair is not shown again. After each
decision the pairs are searched anew, and the window's lists refresh through
``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.backups import BackupReason, backup_before
from sic_desktop.core.services.compare import Comparison
from sic_desktop.core.services.duplicates import DuplicatePair
from sic_desktop.core.services.merge import MergeResult
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import messages
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io.comparison_view import ComparisonView
from sic_desktop.ui.io.dialogs import open_dialog
from sic_desktop.ui.undo import UndoStep

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Mögliche Duplikate"))
        self.setWindowIcon(icon("duplicates"))
        self.resize(1000, 720)
        self._backed_up = False
        self._row_after_refresh = 0
        layout = QVBoxLayout(self)
        self.count_label = QLabel(self.tr("Es wird gesucht …"), self)
        self.count_label.setObjectName("duplicateCount")
        layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.pairs = QTreeWidget(splitter)
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setAccessibleName(self.tr("Mögliche Duplikate"))
        self.pairs.setRootIsDecorated(False)
        self.pairs.setAlternatingRowColors(True)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.setHeaderLabels([self.tr("Art"), self.tr("Datensatz"), self.tr("Möglicherweise derselbe"),
                                    self.tr("Warum")])
        for column, width in ((0, 110), (1, 230), (2, 230)):
            self.pairs.setColumnWidth(column, width)
        self.pairs.currentItemChanged.connect(lambda current, _: self._compare(current))
        splitter.addWidget(self.pairs)
        self.comparison = ComparisonView(splitter)
        splitter.addWidget(self.comparison)
        splitter.setSizes([220, 480])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.merge_button = buttons.addButton(self.tr("&Zusammenführen …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button = buttons.addButton(self.tr("&Kein Duplikat"), QDialogButtonBox.ButtonRole.ActionRole)
        self.distinct_button.setObjectName("notDuplicate")
        self.distinct_button.setToolTip(self.tr("Die beiden sind verschiedene Datensätze; das Paar wird nicht mehr gezeigt."))
        self.distinct_button.clicked.connect(self.mark_distinct)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._enable(False)
        self.refresh()

    # -- pairs -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.ops.long_read(self, lambda ws: ws.duplicates.find()).success(self._fill).run()

    def _fill(self, pairs: list[DuplicatePair]) -> None:
        self.pairs.clear()
        for pair in pairs:
            item = QTreeWidgetItem([pair.record_type.label, pair.first_title, pair.second_title, "; ".join(pair.reasons)])
            item.setToolTip(3, "\n".join(pair.reasons))
            item.setData(0, PAIR_ROLE, pair)
            self.pairs.addTopLevelItem(item)
        count = len(pairs)
        if count:
            self.count_label.setText(
                self.tr("1 mögliches Duplikat gefunden.") if count == 1
                else self.tr("{count} mögliche Duplikate gefunden.").format(count=count)
            )
            self.pairs.setCurrentItem(not_none(self.pairs.topLevelItem(min(self._row_after_refresh, count - 1))))
            self.pairs.setFocus()
        else:
            self.count_label.setText(self.tr("Keine möglichen Duplikate gefunden."))
            self.comparison.show_comparison(None)
            self._enable(False)

    def pair_list(self) -> list[DuplicatePair]:
        return [not_none(self.pairs.topLevelItem(i)).data(0, PAIR_ROLE) for i in range(self.pairs.topLevelItemCount())]

    def current_pair(self) -> DuplicatePair | None:
        item = self.pairs.currentItem()
        return item.data(0, PAIR_ROLE) if item is not None else None

    def _compare(self, item: QTreeWidgetItem | None) -> None:
        self._enable(False)
        if item is None:
            self.comparison.show_comparison(None)
            return
        pair: DuplicatePair = item.data(0, PAIR_ROLE)

        def show(comparison: Comparison) -> None:
            if self.current_pair() == pair:
                self.comparison.show_comparison(comparison)
                self._enable(True)

        self.ctx.ops.read(self, lambda ws: ws.duplicates.compare(pair.record_type, pair.first_id, pair.second_id)).success(
            show
        ).run()

    def _enable(self, enabled: bool) -> None:
        self.merge_button.setEnabled(enabled)
        self.distinct_button.setEnabled(enabled)

    # -- decisions -----------------------------------------------------------------------

    def merge(self) -> None:
        pair = self.current_pair()
        if pair is None or self.comparison.comparison is None:
            return
        keep_id, other_id, take = self.comparison.merge_plan()
        titles = {pair.first_id: pair.first_title, pair.second_id: pair.second_title}
        server = on_server(self.ctx.ws)  # IT backs the team server up (pg_dump); no file backup there
        merged = " ".join((
            self.tr("„{other}“ (Nr. {other_id}) wird mit „{keep}“ (Nr. {keep_id}) zusammengeführt und danach gelöscht."),
            self.tr("Alle Verknüpfungen wandern zu Nr. {keep_id}."),
        )).format(other=titles[other_id], other_id=other_id, keep=titles[keep_id], keep_id=keep_id)
        undo = self.tr("Rückgängig mit Strg+Z (nach dem Schließen dieses Fensters).")
        if not server:
            undo += " " + self.tr("Vorher wird außerdem eine Sicherung angelegt.")
        if not messages.confirm(self, f"{merged}\n\n{undo}", self.tr("&Zusammenführen")):
            return
        backed_up = self._backed_up or server

        def work(ws: Workspace) -> MergeResult:
            if not backed_up:
                backup_before(ws, BackupReason.BEFORE_MERGE)
            return ws.duplicates.merge(pair.record_type, keep_id, other_id, take_from_other=take)

        def done(result: MergeResult) -> None:
            self._backed_up = True
            self.ctx.undo.push(merge_undo_step(self.tr("Duplikate zusammenführen"), result,
                                               lambda ws: ws.duplicates.merge(pair.record_type, keep_id, other_id, take_from_other=take)))
            self.ctx.status_message.emit(
                self.tr("Zusammengeführt: „{other}“ ist jetzt Teil von „{keep}“ (Nr. {id}). Rückgängig mit Strg+Z.").format(
                    other=titles[other_id], keep=titles[keep_id], id=keep_id
                )
            )
            self._decided()

        self._enable(False)
        self.ctx.ops.write(self, work).success(done).failure(self._failed).run()

    def mark_distinct(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        self._enable(False)
        self.ctx.ops.write(self, lambda ws: ws.duplicates.mark_distinct(pair.record_type, pair.first_id, pair.second_id)).success(
            lambda _: self._decided()
        ).failure(self._failed).run()

    def _decided(self) -> None:
        self._row_after_refresh = max(self.pairs.indexOfTopLevelItem(self.pairs.currentItem()), 0)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        messages.show_error(self, error)
        self._enable(self.current_pair() is not None)


def merge_undo_step(label: str, result: MergeResult, merge_again: Callable[[Workspace], MergeResult]) -> UndoStep:
    """Strg+Z takes the merge back, Strg+Y merges again; each undo uses the picture of the merge it takes back."""
    latest = [result.undo]

    def redo(ws: Workspace) -> None:
        latest.append(merge_again(ws).undo)

    return UndoStep(label, lambda ws: ws.duplicates.undo_merge(latest[-1]), redo)


def open_duplicates_dialog(window: MainWindow) -> DuplicatesDialog:
    dialog = DuplicatesDialog(window.ctx, window)
    open_dialog(dialog, window.ctx)
    return dialog
