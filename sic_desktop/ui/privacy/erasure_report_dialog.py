"""After an erasure: done, and what is left to do by hand (texts naming the person, backups)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sic_desktop.core.i18n import counted
from sic_desktop.privacy.erasure import ErasureReport, server_rows_remain
from sic_desktop.ui.privacy.backup_note import backup_note
from sic_desktop.ui.privacy.mention_list import MentionList


class ErasureReportDialog(QDialog):
    open_requested = Signal(object)  # RecordRef of a text to check

    def __init__(self, report: ErasureReport, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureReport")
        self.setWindowTitle(self.tr("Löschung abgeschlossen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if report.anonymised:
            done = self.tr("„{name}“ wurde anonymisiert.")
        else:
            done = self.tr("„{name}“ wurde endgültig gelöscht.")
        lines = [done.format(name=title)]
        if report.participant_lists_cleaned:
            lines.append(
                counted(report.participant_lists_cleaned,
                        self.tr("Der Name wurde aus den Teilnehmenden einer Notiz entfernt."),
                        self.tr("Der Name wurde aus den Teilnehmenden von {count} Notizen entfernt."))
            )
        if report.saved_searches_removed:
            lines.append(
                self.tr("Gespeicherte Suchen, die den Kontakt nannten, wurden gelöscht: {names}.").format(
                    names=", ".join(f"„{name}“" for name in report.saved_searches_removed)
                )
            )
        lines += [self.tr("Achtung: {problem}").format(problem=problem) for problem in report.purger_problems]
        if report.on_server:  # the server's backups: in the backup note below
            lines.append(server_rows_remain(report))
        elif not report.wal_emptied:
            lines.append(
                self.tr(
                    "Achtung: Ein Rest in der Protokolldatei der Datenbank wird erst beim Beenden des Programms "
                    "entfernt. Bitte SIC Desktop jetzt einmal schließen."
                )
            )
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setObjectName("erasureSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.mentions: MentionList | None = None
        if report.remaining_mentions:
            hint = QLabel(
                self.tr(
                    "<b>Diese Texte nennen die Person noch.</b> Sie werden nicht automatisch geändert. "
                    "Doppelklick öffnet einen Text zum Bearbeiten:"
                ),
                self,
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.mentions = MentionList(report.remaining_mentions, self)
            self.mentions.open_requested.connect(self.open_requested)
            layout.addWidget(self.mentions, 1)
        self.backups = QLabel(backup_note(report.backups, on_server=report.on_server), self)
        self.backups.setWordWrap(True)
        layout.addWidget(self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

