"""Import, step 4: the real import with progress, then its report (savable, lines open their record).

„Abbrechen“ in the progress dialog closes the core's generator inside its one
transaction: nothing is stored, and the page says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from sic_desktop.core.errors import SicError
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.io import ImportReport
from sic_desktop.io.section_counts import counts_text
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io.import_check_page import ImportCheckPage
from sic_desktop.ui.io.import_plan import ImportPlan
from sic_desktop.ui.io.import_report_view import ImportReportView
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.operations import cancelled_message
from sic_desktop.ui.privacy.reapply_notice import reapply_logged_erasures


class ImportResultPage(QWizardPage):
    def __init__(self, ctx: AppContext, plan: ImportPlan, check: ImportCheckPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan, self._check = ctx, plan, check
        self.setObjectName("importResultPage")
        self.setTitle(self.tr("Ergebnis"))
        self._finished = False
        layout = QVBoxLayout(self)
        self.report = ImportReportView(self)
        self.report.setToolTip(self.tr("Doppelklick auf eine Zeile öffnet den Datensatz."))
        self.report.open_requested.connect(self._open)
        layout.addWidget(self.report, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self._finished = False
        self.report.show_text(self.tr("Wird importiert …"))
        self.ctx.ops.write(self, self.plan.work(self._check.options(dry_run=False))).with_progress(
            self.tr("Import …")
        ).success(self._done).failure(self._failed).cancelled(lambda: self._end(cancelled_message())).run()

    def _done(self, result: Any) -> None:
        if isinstance(result, ImportReport):
            self.report.show_report(result)
            self.setSubTitle(self.tr("Die Listen zeigen die übernommenen Einträge. Doppelklick auf eine Zeile öffnet "
                                     "den Datensatz."))
            self._end(None)
        else:
            text = self.tr("Der Gesamtexport wurde eingelesen: {counts}.").format(counts=counts_text(result))
            self._end(text)
            reapply_logged_erasures(self.ctx, self, lambda notice: self.report.show_text(f"{text}\n\n{notice}"))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, SicError):
            self._end(str(error) + " " + self.tr("Es wurde nichts gespeichert."))
        else:
            self._end(self.tr("Es wurde nichts gespeichert."))
            show_error(self, error)

    def _end(self, text: str | None) -> None:
        if text is not None:
            self.report.show_text(text)
        self._finished = True
        self.completeChanged.emit()

    def _open(self, ref: RecordRef) -> None:
        self.ctx.open(ref)
        self.wizard().accept()

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self._finished
