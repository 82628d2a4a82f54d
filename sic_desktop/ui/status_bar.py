"""The status bar: how many records there are, which database the window works on, why the database journal is not WAL, and
messages, shortened with „…“ to the room there is (the full text in the tooltip)."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from sic_desktop.core.i18n import counted, number
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.team_access import where_stored
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext

COUNTED = (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE)
MESSAGE_MS = 8000


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts = QLabel(self)
        self.counts.setObjectName("recordCounts")
        self.addPermanentWidget(self.counts)
        label, address = where_stored(ctx.ws)
        self.working_on = QLabel(label, self)  # „Teamserver anna@sic-server:5432“ or „Lokale Datei sic.db“
        self.working_on.setObjectName("workingOn")
        self.working_on.setToolTip(address)
        self._add_separated(self.working_on)
        note = ctx.ws.storage.journal_note
        if note:
            journal = QLabel(note, self)
            journal.setObjectName("journalNote")
            journal.setWordWrap(False)
            journal.setToolTip(note)
            self._add_separated(journal)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh_counts)
        ctx.changed.connect(lambda _: self._timer.start())
        self._full_message = ""
        ctx.status_message.connect(self._message)
        self.messageChanged.connect(lambda text: self.setToolTip(self._full_message if text else ""))
        self.refresh_counts()

    def _add_separated(self, label: QLabel) -> None:
        """A thin line before ``label``: without it „… 55 offene Wiedervorlagen Lokale Datei …“ reads as one text."""
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.addPermanentWidget(line)
        self.addPermanentWidget(label)

    def _message(self, text: str) -> None:
        self._full_message = text
        if text:
            self.showMessage(self._elided(text), MESSAGE_MS)
        else:
            self.clearMessage()

    def _elided(self, text: str) -> str:
        """``text`` shortened to the width left of the permanent labels (once the bar has its width)."""
        if not self.isVisible():
            return text  # resizeEvent shortens it when the window is laid out
        permanent = sum(w.sizeHint().width() + 8 for w in self.findChildren(QLabel) if w.parent() is self and w.isVisible())
        room = self.width() - permanent - 16
        return self.fontMetrics().elidedText(text, QtCore.Qt.TextElideMode.ElideRight, max(room, 40))  # what happened comes first

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self.currentMessage() and self._full_message:
            self.showMessage(self._elided(self._full_message), MESSAGE_MS)

    def refresh_counts(self) -> None:
        """Counted on the reader thread: on 50,000 notes that is a moment the first paint must not wait for."""
        self.ctx.ops.read(self, _counts).success(self._show_counts).run()

    def _show_counts(self, counts: tuple[list[int], int]) -> None:
        records, open_followups = counts
        parts = [f"{_number(count)} {t.label if count == 1 else t.plural}" for t, count in zip(COUNTED, records, strict=True)]
        parts.append(counted(open_followups, self.tr("1 offene Wiedervorlage"), self.tr("{count} offene Wiedervorlagen")))
        self.counts.setText(" · ".join(parts))


def _counts(ws: Workspace) -> tuple[list[int], int]:
    return [ws.service(t).count() for t in COUNTED], ws.followups.count(ListQuery(done=False))


def _number(value: int) -> str:
    return number(value)
