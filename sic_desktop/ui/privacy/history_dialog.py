"""The change history (Protokoll) of one record: who changed which fields when; exportable as CSV.

The record's title, the retention period and the entries are read together on the reader lane and
shown when they arrive: the window does not wait for the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import counted
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.history_export import export_history_csv, history_header, history_rows
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon


@dataclass(frozen=True)
class _Loaded:
    title: str
    retention_years: int
    rows: list[list[str]]


def _load(ws: Workspace, ref: RecordRef) -> _Loaded:
    """Runs on the reader lane."""
    title = ws.titles([ref], include_trashed=True).get(ref, "")
    return _Loaded(title, ws.privacy_settings.history_retention_years, history_rows(ws, ref))


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, ref: RecordRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ref = ref
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Änderungsprotokoll"))
        self.setWindowIcon(icon("history"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("historyHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyEntries")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(history_header())
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("Als &CSV exportieren …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setIcon(icon("export"))
        self.export_button.clicked.connect(self._ask_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ctx.ops.read(self, lambda ws: _load(ws, ref)).success(self._show).run()

    def _show(self, loaded: _Loaded) -> None:
        self.setWindowTitle(self.tr("Änderungsprotokoll: {title}").format(title=loaded.title))
        self.hint.setText(
            self.tr(
                "Wer hat den Datensatz wann angelegt oder geändert, und welche Felder? Alte Inhalte werden "
                "nicht aufbewahrt. Einträge werden nach {period} gelöscht."
            ).format(period=counted(loaded.retention_years, self.tr("1 Jahr"), self.tr("{count} Jahren")))
        )
        self.tree.clear()
        for row in loaded.rows:
            QTreeWidgetItem(self.tree, row)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[list[str]]:
        return [
            [item.text(c) for c in range(self.tree.columnCount())]
            for item in (not_none(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount()))
        ]

    def _ask_export(self) -> None:
        name = f"protokoll-{self.ref.type.value}-{self.ref.id}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Änderungsprotokoll exportieren"), str(Path.home() / name), self.tr("CSV für Excel (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        ref = self.ref
        self.ctx.ops.long_read(self, lambda ws: export_history_csv(ws, ref, path)).success(
            lambda count: self.ctx.status_message.emit(
                self.tr("Änderungsprotokoll gespeichert: {path}").format(path=path)
            )
        ).run()
