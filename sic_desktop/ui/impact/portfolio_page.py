"""The „Wirkung“ page: every cooperation by theme field and the highest Wirkungstreppe step it has
evidence for, filtered by status and year, and the measurements that are overdue.

A cell counts cooperations; choosing it lists them below, and a double click opens one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.i18n import counted
from sic_desktop.core.impact_vocab import STEPS, step_label, step_short
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.impact import Portfolio, PortfolioCooperation
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.vocab import COOPERATION_STATUSES
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.impact.report_action import ask_and_write_report
from sic_desktop.ui.item_roles import REF_ROLE

_WATCHED = {RecordType.INDICATOR, RecordType.MEASUREMENT, RecordType.COOPERATION, RecordType.THEME}
YEARS_BACK = 6


class ImpactPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("impactPage")
        self.portfolio = Portfolio()
        self._themes: dict[int, str] = {}
        self._cells: dict[tuple[int, int], list[PortfolioCooperation]] = {}
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:"), self))
        self.status = QComboBox(self)
        self.status.setObjectName("impactStatus")
        self.status.addItem(self.tr("alle"), None)
        for key, label in COOPERATION_STATUSES.labels():
            self.status.addItem(label, key)
        filters.addWidget(self.status)
        filters.addWidget(QLabel(self.tr("Nachweise aus:"), self))
        self.year = QComboBox(self)
        self.year.setObjectName("impactYear")
        self.year.addItem(self.tr("allen Jahren"), None)
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        filters.addWidget(self.year)
        filters.addStretch(1)
        self.report_button = QPushButton(icon("briefing"), self.tr("Wirkungsbericht …"), self)
        self.report_button.setObjectName("impactReport")
        self.report_button.clicked.connect(self._report)
        filters.addWidget(self.report_button)
        layout.addLayout(filters)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.grid = QTableWidget(0, len(STEPS) + 1, splitter)
        self.grid.setObjectName("impactGrid")
        self.grid.setHorizontalHeaderLabels([self.tr("ohne\nNachweis")] + [step_short(step) for step in STEPS])
        for column, step in enumerate(STEPS, start=1):
            not_none(self.grid.horizontalHeaderItem(column)).setToolTip(step_label(step))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.currentCellChanged.connect(lambda row, column, *_: self._show_cell(row, column))
        lower = QSplitter(Qt.Orientation.Horizontal, splitter)
        cell_box = QWidget(lower)
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        self.cell_title = QLabel(self.tr("Kooperationen der gewählten Zelle:"), cell_box)
        self.cell_title.setWordWrap(True)
        cell_layout.addWidget(self.cell_title)
        self.cooperations = QListWidget(cell_box)
        self.cooperations.setObjectName("impactCooperations")
        self.cooperations.itemActivated.connect(lambda item: ctx.open(item.data(REF_ROLE)))
        cell_layout.addWidget(self.cooperations)
        due_box = QWidget(lower)
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(QLabel(self.tr("Überfällige Messungen:"), due_box))
        self.overdue = QTableWidget(0, 4, due_box)
        self.overdue.setObjectName("impactOverdue")
        self.overdue.setHorizontalHeaderLabels(
            [self.tr("fällig seit"), self.tr("Kooperation"), self.tr("Indikator"), self.tr("Zuständig")])
        self.overdue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overdue.horizontalHeader().setStretchLastSection(True)
        self.overdue.verticalHeader().hide()
        self.overdue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue.itemActivated.connect(lambda item: ctx.open(item.data(REF_ROLE)))
        due_layout.addWidget(self.overdue)
        lower.setSizes([400, 600])
        splitter.setSizes([260, 240])
        layout.addWidget(splitter, 1)
        self.status.currentIndexChanged.connect(self.reload)
        self.year.currentIndexChanged.connect(self.reload)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        status, year = self.status.currentData(), self.year.currentData()

        def load(ws: Workspace) -> tuple[Portfolio, dict[int, str]]:
            return ws.impact.portfolio(year=year, status=status), ws.themes.names()

        self.ctx.ops.read(self, load).success(lambda result: self._show(*result)).run()

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(ref.type in _WATCHED for ref in changes.refs()):
            self.reload()

    def _show(self, portfolio: Portfolio, themes: dict[int, str]) -> None:
        self.portfolio, self._themes = portfolio, themes
        grid = portfolio.grid()
        rows: list[int | None] = [t for t in sorted(themes, key=lambda t: themes[t].casefold()) if t in grid]
        rows += [None] if None in grid else []
        self._cells = {}
        self.grid.setRowCount(len(rows))
        for row, theme_id in enumerate(rows):
            name = themes.get(theme_id, self.tr("ohne Themenfeld")) if theme_id is not None else self.tr("ohne Themenfeld")
            self.grid.setVerticalHeaderItem(row, QTableWidgetItem(name))
            for column in range(len(STEPS) + 1):
                coops = grid[theme_id].get(column, [])
                self._cells[(row, column)] = coops
                item = QTableWidgetItem(str(len(coops)) if coops else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip("\n".join(c.title for c in coops[:20]))
                self.grid.setItem(row, column, item)
        measured = sum(1 for c in portfolio.cooperations if c.highest_step)
        self.summary.setText(self.tr(
            "{cooperations}, davon {measured} mit Nachweis auf der Wirkungstreppe (Spalte = höchste Stufe mit "
            "einem Messwert, der sich auf das Ziel zubewegt hat). {overdue}").format(
                cooperations=self._cooperations(len(portfolio.cooperations)), measured=measured,
                overdue=counted(len(portfolio.overdue), self.tr("1 Messung ist überfällig."),
                                self.tr("{count} Messungen sind überfällig."))))
        self.overdue.setRowCount(len(portfolio.overdue))
        for row, entry in enumerate(portfolio.overdue):
            ref = RecordRef(RecordType.COOPERATION, entry.cooperation_id)
            for column, text in enumerate((format_date(entry.due), entry.cooperation, entry.indicator, entry.responsible)):
                item = QTableWidgetItem(text)
                item.setData(REF_ROLE, ref)
                self.overdue.setItem(row, column, item)
        self._show_cell(self.grid.currentRow(), self.grid.currentColumn())

    def _cooperations(self, count: int) -> str:
        return counted(count, self.tr("1 Kooperation"), self.tr("{count} Kooperationen"))

    def _show_cell(self, row: int, column: int) -> None:
        self.cooperations.clear()
        coops = self._cells.get((row, column), [])
        if row < 0 or column < 0:
            return
        theme = self.grid.verticalHeaderItem(row).text()
        step = step_label(column) or self.tr("ohne Nachweis")
        self.cell_title.setText(self.tr("{theme} · {step}: {count}").format(
            theme=theme, step=step, count=self._cooperations(len(coops))))
        for coop in coops:
            item = QListWidgetItem(icon("cooperation"), f"{coop.title} ({COOPERATION_STATUSES.label(coop.status)})")
            item.setData(REF_ROLE, RecordRef(RecordType.COOPERATION, coop.id))
            self.cooperations.addItem(item)

    def _report(self) -> None:
        ask_and_write_report(self.ctx, self, self._themes, self.year.currentData())
