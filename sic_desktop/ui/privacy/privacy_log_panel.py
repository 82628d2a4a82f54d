"""The „Protokoll“ tab of the Datenschutz page: who erased, anonymised or exported which contact,
when and why – by number, never by name – and the record of processing (Art. 30) as PDF or Word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.i18n import counted
from sic_desktop.core.services.privacy_log import LOG_ACTIONS, PrivacyLogEntry
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.team_access import on_server
from sic_desktop.privacy.processing_record_pdf import render_processing_record
from sic_desktop.reports import RenderResult
from sic_desktop.ui.briefing.report_file import choose_report_file
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon


class PrivacyLogPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacyLogPanel")
        layout = QVBoxLayout(self)
        sentences = [
            self.tr("Löschungen, Anonymisierungen, Auskünfte und Exporte von Kontakten mit Datum, Bearbeiter/in und Grund."),
            self.tr("Kontakte stehen hier nur mit Nummer oder Anzahl."),
        ]
        if on_server(ctx.ws):  # the copy and its key lie in the data folder of the PC that erased
            sentences.append(self.tr(
                "Löschungen werden zusätzlich im Datenordner des Rechners, auf dem gelöscht wurde, als Schlüssel-Hashes "
                "aufbewahrt: Spielt die IT eine ältere Sicherung des Teamservers zurück, wendet dieser Rechner seine "
                "Löschungen beim nächsten Verbinden erneut an."))
        else:
            sentences.append(self.tr(
                "Löschungen werden zusätzlich außerhalb der Datenbank als Schlüssel-Hashes aufbewahrt: Bringt eine "
                "Wiederherstellung oder ein Import eine gelöschte Person zurück, wird die Löschung erneut angewendet."))
        text = " ".join(sentences)
        intro = QLabel(text, self)
        intro.setObjectName("privacyLogIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("privacyLogTable")
        self.table.setAccessibleName(self.tr("Datenschutz-Protokoll"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("von"), self.tr("Vorgang"), self.tr("betrifft"), self.tr("Grund")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((160, 120, 330, 220)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.record_button = QPushButton(icon("export"), self.tr("&Verzeichnis nach Art. 30 (PDF oder Word) …"), self)
        self.record_button.setObjectName("exportProcessingRecord")
        self.record_button.clicked.connect(self.export_record)
        bar.addWidget(self.record_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(self, lambda ws: ws.privacy_log.entries()).success(self._show).run()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.reload()

    def _show(self, entries: list[PrivacyLogEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (format_timestamp(entry.at), entry.by, LOG_ACTIONS.label(entry.action), entry.subject, entry.reason)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def export_record(self) -> None:
        path = choose_report_file(self, self.tr("Verzeichnis von Verarbeitungstätigkeiten speichern"),
                                  self.tr("Verarbeitungsverzeichnis_SIC_Desktop"))
        if path is None:
            return
        self.ctx.ops.long_read(self, lambda ws: render_processing_record(ws, path)).success(
            lambda result: self.ctx.status_message.emit(self._saved_text(path, result))
        ).run()

    def _saved_text(self, path: Path, result: RenderResult | None) -> str:
        if result is None:  # Word: no pages until Word lays it out
            return self.tr("Verzeichnis gespeichert: {path}. Angaben in Klammern bitte ergänzen.").format(path=path)
        return self.tr("Verzeichnis gespeichert: {path} ({pages}). Angaben in Klammern bitte ergänzen.").format(
            path=path, pages=counted(result.page_count, self.tr("1 Seite"), self.tr("{count} Seiten")))
