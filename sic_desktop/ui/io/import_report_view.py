"""The per-line report of an import (dry run or real), as a table with a filter, details and „Speichern“.

Each line of the file is one row with the file's line number, so a clerk can find
it in Excel; the hints of the chosen line are shown in full below the table.
A double-click on a stored record asks to open it (``open_requested``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.errors import SicError
from sic_desktop.io import ImportReport, LineResult, Outcome
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.io.file_dialogs import dated_name
from sic_desktop.ui.messages import show_error

_COLOURS = {
    Outcome.CREATED: QColor("#1e7b34"),
    Outcome.UPDATED: QColor("#1f5fa8"),
    Outcome.UNCHANGED: QColor("#6b6b6b"),
    Outcome.SKIPPED: QColor("#b3261e"),
}

ALL, REFUSED, WITH_HINTS = "all", "refused", "hints"


class ImportReportModel(QAbstractTableModel):
    """Thin: the report's lines, optionally only the refused ones or those with hints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[LineResult] = []
        self._shown: list[LineResult] = []
        self._filter = ALL
        self._headers = [self.tr("Zeile"), self.tr("Ergebnis"), self.tr("Datensatz"), self.tr("Hinweise")]

    def set_lines(self, lines: list[LineResult]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, name: str) -> None:
        self.beginResetModel()
        self._filter = name
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        if self._filter == REFUSED:
            self._shown = [line for line in self._lines if line.outcome is Outcome.SKIPPED]
        elif self._filter == WITH_HINTS:
            self._shown = [line for line in self._lines if line.messages]
        else:
            self._shown = self._lines

    def line_at(self, row: int) -> LineResult:
        return self._shown[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line.line), line.outcome.label, line.title or "–", " · ".join(line.messages))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and line.messages:
            return "\n".join(line.messages)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return _COLOURS[line.outcome]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportReportView(QWidget):
    open_requested = Signal(object)  # RecordRef of a stored line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: ImportReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.setObjectName("reportFilter")
        self.filter.addItem(self.tr("Alle Zeilen"), ALL)
        self.filter.addItem(self.tr("Nur nicht übernommene Zeilen"), REFUSED)
        self.filter.addItem(self.tr("Nur Zeilen mit Hinweisen"), WITH_HINTS)
        filter_label = QLabel(self.tr("Zei&gen:"), self)
        filter_label.setBuddy(self.filter)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.save_button = QPushButton(self.tr("Bericht &speichern …"), self)
        self.save_button.setObjectName("saveReport")
        self.save_button.setToolTip(self.tr("Als Text oder als CSV für Excel speichern"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.model = ImportReportModel(self)
        self.filter.currentIndexChanged.connect(lambda _: self.model.set_filter(self.filter.currentData()))
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Bericht je Zeile"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setObjectName("reportDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().height() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.show_report(None)

    @property
    def report(self) -> ImportReport | None:
        return self._report

    def show_report(self, report: ImportReport | None) -> None:
        self._report = report
        self.model.set_lines(report.lines if report else [])
        self.summary.setText(report.summary() if report else "")
        self.save_button.setEnabled(report is not None)
        self.details.clear()
        for column, width in ((0, 60), (1, 140), (2, 320)):
            self.table.setColumnWidth(column, width)

    def show_text(self, text: str) -> None:
        """A summary without lines (a full export, a cancelled or failed run)."""
        self.show_report(None)
        self.summary.setText(text)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        line = self.model.line_at(current.row())
        heading = self.tr("Zeile {line}: {outcome} – {title}").format(
            line=line.line, outcome=line.outcome.label, title=line.title or "–"
        )
        self.details.setText("\n".join([heading, *(f"• {message}" for message in line.messages)]))

    def _double_clicked(self, index: QModelIndex) -> None:
        line = self.model.line_at(index.row())
        if line.ref is not None:
            self.open_requested.emit(line.ref)

    def save(self) -> None:
        if self._report is None:
            return
        path = file_dialogs.choose_save_file(
            self,
            self.tr("Bericht speichern"),
            dated_name(self.tr("Importbericht"), ".txt"),
            self.tr("Text (*.txt);;CSV für Excel (*.csv)"),
        )
        if path is None:
            return
        try:
            (self._report.write_csv if path.suffix.lower() == ".csv" else self._report.write_text)(path)
        except SicError as error:  # disk full, read-only folder, the file open in Excel
            show_error(self, error)
            return
        self.summary.setText(self._report.summary() + " " + self.tr("Bericht gespeichert: {path}").format(path=path))
