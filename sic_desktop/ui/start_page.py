"""The start page: what is due, what was written lately, where the cooperations stand.

Quick actions for the two most frequent tasks (new note, new contact); on an
empty data folder it offers the demo data, on an empty team server the transfer of the team's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.team_access import AccessRights, access_rights, on_server
from sic_desktop.core.vocab import COOPERATION_STATUSES
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE

if TYPE_CHECKING:  # the record classes load with the first records read (core/record_ref.py)
    from sic_desktop.core.models import FollowUp

MATRIX_MAX_HEIGHT = 320  # px: about eight theme fields, the rest scroll
LATEST_NOTES = 10


@dataclass(frozen=True)
class Overview:
    """What the start page shows, read on the reader thread so the window paints at once."""

    empty: bool
    server: bool  # the team server, not the local file: an empty one is filled by a transfer, not the demo
    rights: AccessRights
    due: list[FollowUp]
    latest_notes: list[dict[str, Any]]
    counts: dict[tuple[int, str], int]
    totals: dict[str, int]
    themes: list[tuple[int, str]]

    @classmethod
    def read(cls, ws: Workspace) -> Overview:
        now = today()
        return cls(
            empty=ws.is_empty(),
            server=on_server(ws),
            rights=access_rights(ws),
            due=ws.followups.due(now + timedelta(days=6 - now.weekday())),
            latest_notes=ws.notes.summaries(ws.notes.ids(ListQuery(limit=LATEST_NOTES))),
            counts=ws.cooperations.counts_by_theme_and_status(),
            totals=ws.cooperations.counts_by_status(),
            themes=sorted(ws.themes.names().items(), key=lambda item: item[1].casefold()),
        )


class StartPage(QWidget):
    new_requested = Signal(object)  # RecordType
    demo_requested = Signal()
    transfer_requested = Signal()  # „Daten auf den Teamserver übertragen …“ on an empty team server
    search_requested = Signal()
    filled = Signal()  # the overview arrived and is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page_start")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Übersicht"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for text, record_type in ((self.tr("Neue &Notiz"), RecordType.NOTE), (self.tr("Neuer &Kontakt"), RecordType.PERSON)):
            button = QPushButton(icon(record_type.value), text, self)
            button.setObjectName(f"new_{record_type.value}")
            button.clicked.connect(lambda _=False, t=record_type: self.new_requested.emit(t))
            top.addWidget(button)
        search = QPushButton(icon("search"), self.tr("&Suchen … (Strg+K)"), self)
        search.clicked.connect(self.search_requested)
        top.addWidget(search)
        layout.addLayout(top)

        self.empty_box = self._build_empty_box()
        self.empty_box.hide()  # until the overview says the data folder (or the team server) is empty
        layout.addWidget(self.empty_box)

        grid = QGridLayout()
        self.due = self._tree(self.tr("Wiedervorlagen: überfällig, heute und diese Woche"), [self.tr("Fällig"), self.tr("Aufgabe"), self.tr("Bezug")])
        self.due.setObjectName("dueFollowUps")
        self.notes = self._tree(self.tr("Zuletzt geschriebene Notizen"), [self.tr("Datum"), self.tr("Titel"), self.tr("Art")])
        self.notes.setObjectName("latestNotes")
        self.coops = QTableWidget(self)
        self.coops.setObjectName("cooperationCounts")
        self.coops.setAccessibleName(self.tr("Kooperationen nach Themenfeld und Status"))
        self.coops.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.coops.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.addWidget(self._group(self.tr("Wiedervorlagen"), self.due), 0, 0)
        grid.addWidget(self._group(self.tr("Letzte Notizen"), self.notes), 0, 1)
        grid.addWidget(self._group(self.tr("Kooperationen nach Themenfeld und Status"), self.coops), 1, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout.addLayout(grid, 1)
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh)
        ctx.changed.connect(lambda _: self._timer.start())
        self.refresh()

    def _build_empty_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("emptyDataFolder")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(box)
        self.empty_text = QLabel(box)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        layout.addWidget(self.empty_text, 1)
        self.demo_button = QPushButton(icon("demo"), self.tr("&Demodaten laden"), box)
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)
        self.transfer_button = QPushButton(icon("import"), self.tr("Daten auf den &Teamserver übertragen …"), box)
        self.transfer_button.setObjectName("transferToServer")
        self.transfer_button.clicked.connect(self.transfer_requested)
        layout.addWidget(self.transfer_button)
        return box

    def _show_empty(self, overview: Overview) -> None:
        """An empty local data folder offers the demo data; an empty team server the transfer of the team's
        data folder, or says who may do it (demo data do not belong on the team's shared server)."""
        self.empty_box.setVisible(overview.empty)
        may_transfer = overview.server and overview.rights.edit and overview.rights.privacy
        self.demo_button.setVisible(not overview.server)
        self.transfer_button.setVisible(may_transfer)
        start = self.tr("Legen Sie los mit „Neue Notiz“ oder „Neuer Kontakt“.")
        who_transfers = self.tr("Die Daten eines bisherigen Datenordners überträgt, wer die Datenschutz-Rolle hat "
                                "(„Datei → Daten auf den Teamserver übertragen …“).")
        if not overview.server:
            sentences = [self.tr("Der Datenordner ist noch leer."), start,
                         self.tr("Um das Programm kennenzulernen, können Sie auch erfundene Demodaten laden.")]
        else:
            sentences = [self.tr("Auf dem Teamserver sind noch keine Daten.")]
            if may_transfer:
                sentences += [start, self.tr("Die Daten Ihres bisherigen Datenordners bringen Sie mit „Daten auf den "
                                             "Teamserver übertragen …“ herüber.")]
            elif overview.rights.edit:
                sentences += [start, who_transfers]
            else:
                sentences += [who_transfers, self.tr("Bis dahin gibt es hier nichts zu lesen.")]
        self.empty_text.setText(" ".join(sentences))

    def _tree(self, accessible_name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(accessible_name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        header = tree.header()  # the middle column (task, title) gives way; the last keeps its names readable
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, tree.fontMetrics().averageCharWidth() * 24)
        tree.itemActivated.connect(lambda item: self._open(item))
        return tree

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title, self)
        layout = QVBoxLayout(group)
        layout.addWidget(widget)
        return group

    def _open(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF_ROLE)
        if ref is not None:
            self.ctx.open(ref)

    # -- filling ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read in the background; the page fills when the answer arrives (``filled`` fires)."""
        self.ctx.ops.read(self, Overview.read).success(self._show).run()

    def _show(self, overview: Overview) -> None:
        self._show_empty(overview)
        self._fill_due(overview.due)
        self._fill_notes(overview.latest_notes)
        self._fill_cooperations(overview)
        self.filled.emit()

    def _fill_due(self, due: list[FollowUp]) -> None:
        self.due.clear()
        now = today()
        for followup in due:
            when = format_date(followup.due_date)
            if followup.due_date and followup.due_date < now:
                when = self.tr("{date} (überfällig)").format(date=when)
            elif followup.due_date == now:
                when = self.tr("heute")
            item = QTreeWidgetItem(self.due, [when, followup.display_title, followup.target_title])
            item.setIcon(0, icon("followup"))
            item.setData(0, REF_ROLE, followup.ref)
        if not self.due.topLevelItemCount():
            QTreeWidgetItem(self.due, ["", self.tr("Nichts fällig in dieser Woche.")]).setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
        self._fit(self.due)

    def _fill_notes(self, rows: list[dict[str, Any]]) -> None:
        self.notes.clear()
        for row in rows:
            item = QTreeWidgetItem(self.notes, [row["note_date"], row["title"], row["kind"]])
            item.setIcon(0, icon("note"))
            item.setData(0, REF_ROLE, RecordRef(RecordType.NOTE, row["id"]))
        if not rows:
            QTreeWidgetItem(self.notes, ["", self.tr("Noch keine Notizen.")]).setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
        self._fit(self.notes)

    @staticmethod
    def _fit(tree: QTreeWidget) -> None:
        tree.resizeColumnToContents(0)
        tree.setColumnWidth(1, max(tree.columnWidth(1), 260))

    def _fill_cooperations(self, overview: Overview) -> None:
        counts, totals, themes = overview.counts, overview.totals, overview.themes
        statuses = COOPERATION_STATUSES.labels()
        self.coops.clear()
        self.coops.setColumnCount(len(statuses))
        self.coops.setRowCount(len(themes) + 1)
        self.coops.setHorizontalHeaderLabels([label for _, label in statuses])
        self.coops.setVerticalHeaderLabels([name for _, name in themes] + [self.tr("Alle Kooperationen")])
        for row, (theme_id, _) in enumerate(themes):
            for column, (key, _) in enumerate(statuses):
                self._count_cell(row, column, counts.get((theme_id, key), 0))
        for column, (key, _) in enumerate(statuses):
            self._count_cell(len(themes), column, totals.get(key, 0), bold=True)
        self.coops.updateGeometries()  # the headers now, not on Qt's next timer: the work after the start may be busy
        # Every row in sight (the total row was cut at 1,366 × 768); the lists above give the room. Many
        # theme fields scroll instead of pushing the lists away.
        whole = (self.coops.verticalHeader().length() + self.coops.horizontalHeader().sizeHint().height()
                 + 2 * self.coops.frameWidth())
        self.coops.setMinimumHeight(min(whole, MATRIX_MAX_HEIGHT))

    def _count_cell(self, row: int, column: int, count: int, *, bold: bool = False) -> None:
        item = QTableWidgetItem(str(count) if count else "–")
        item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.coops.setItem(row, column, item)
