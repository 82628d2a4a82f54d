"""Import, step 3: the options and a dry run that shows, line by line, what storing would do.

The dry run is the real import rolled back (``ImportOptions(dry_run=True)``), so
„angelegt“, „ergänzt“ and „nicht übernommen“ here are what the next step does.
Changing an option runs it again. „Jetzt importieren“ is this page's commit button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from sic_desktop.core.errors import SicError
from sic_desktop.io import ImportOptions, ImportReport, Outcome
from sic_desktop.io.section_counts import counts_text
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io.import_plan import ImportPlan
from sic_desktop.ui.io.import_report_view import ImportReportView
from sic_desktop.ui.messages import show_error


class ImportCheckPage(QWizardPage):
    def __init__(self, ctx: AppContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan = ctx, plan
        self.setObjectName("importCheckPage")
        self.setTitle(self.tr("Probelauf"))
        self.setSubTitle(self.tr("So würde der Import ausgehen. Gespeichert wird erst mit „Jetzt importieren“."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Jetzt &importieren"))
        self._ready = False
        self._run = 0  # number of the newest dry run; older answers are dropped
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        self.strict = QCheckBox(self.tr("&Alles oder nichts: eine abgelehnte Zeile lehnt die ganze Datei ab"), self)
        self.strict.setObjectName("strict")
        self.duplicates = QCheckBox(self.tr("Mögliche &Doppelte trotzdem anlegen"), self)
        self.duplicates.setObjectName("allowDuplicates")
        self.duplicates.setToolTip(
            self.tr("Zeilen, die einem gespeicherten Datensatz nur ähneln, werden sonst nicht übernommen.")
        )
        for box in (self.strict, self.duplicates):
            box.toggled.connect(self.check)
            options.addWidget(box)
        options.addStretch(1)
        self.again = QPushButton(self.tr("&Erneut prüfen"), self)
        self.again.clicked.connect(self.check)
        options.addWidget(self.again)
        layout.addLayout(options)
        self.report = ImportReportView(self)
        layout.addWidget(self.report, 1)

    def options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(
            dry_run=dry_run, strict=self.strict.isChecked(), create_possible_duplicates=self.duplicates.isChecked()
        )

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        full = self.plan.full_export
        for widget in (self.strict, self.duplicates):
            widget.setVisible(not full)  # a full export is always all or nothing
        self.check()

    def check(self) -> None:
        """Run the dry run in the background with progress; „Abbrechen“ stops it."""
        self._run += 1
        number = self._run
        self._set_ready(False)
        self.report.show_text(self.tr("Die Datei wird geprüft …"))

        def current(handler):
            def call(*args) -> None:
                if number == self._run:
                    handler(*args)

            return call

        self.ctx.ops.write(self, self.plan.work(self.options(dry_run=True))).with_progress(
            self.tr("Probelauf …")
        ).success(current(self._checked)).failure(current(self._failed)).cancelled(
            current(lambda: self.report.show_text(self.tr("Der Probelauf wurde abgebrochen.")))
        ).run()

    def _checked(self, result: Any) -> None:
        if isinstance(result, ImportReport):
            self.report.show_report(result)
            if result.strict and result.refused:
                self.report.summary.setText(result.summary() + " " + self.tr(
                    "Mit „Alles oder nichts“ würde nichts gespeichert, weil Zeilen abgelehnt werden."))
                self._set_ready(False)
            elif not result.count(Outcome.CREATED) + result.count(Outcome.UPDATED):
                self.report.summary.setText(result.summary() + " " + self.tr("Keine Zeile brächte etwas Neues."))
                self._set_ready(False)
            else:
                self._set_ready(True)
        else:
            self.report.show_text(
                self.tr("Der Gesamtexport ist in Ordnung und kann eingelesen werden: {counts}.").format(
                    counts=counts_text(result)
                )
            )
            self._set_ready(True)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, SicError):
            self.report.show_text(str(error))
        else:
            self.report.show_text("")
            show_error(self, error)

    def _set_ready(self, ready: bool) -> None:
        self._ready = ready
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self._ready
