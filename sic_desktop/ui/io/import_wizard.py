"""Datei → Importieren …: file, columns, dry run, import – four steps, nothing stored before the last.

A full export (JSON) skips the column step: it is read whole into an empty data
folder. Every step can be left with „Abbrechen“ without any change to the data;
the last step's own „Abbrechen“ (in its progress dialog) rolls the import back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io.dialogs import open_dialog
from sic_desktop.ui.io.import_check_page import ImportCheckPage
from sic_desktop.ui.io.import_file_page import ImportFilePage
from sic_desktop.ui.io.import_mapping_page import ImportMappingPage
from sic_desktop.ui.io.import_plan import ImportPlan
from sic_desktop.ui.io.import_result_page import ImportResultPage

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

FILE, MAPPING, CHECK, RESULT = range(4)


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = ImportPlan()
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Importieren"))
        self.setWindowIcon(icon("import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(960, 700)
        self.file_page = ImportFilePage(ctx, self.plan, self)
        self.mapping_page = ImportMappingPage(ctx, self.plan, self)
        self.check_page = ImportCheckPage(ctx, self.plan, self)
        self.result_page = ImportResultPage(ctx, self.plan, self.check_page, self)
        for number, page in ((FILE, self.file_page), (MAPPING, self.mapping_page), (CHECK, self.check_page),
                             (RESULT, self.result_page)):
            self.setPage(number, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fertig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        current = self.currentId()
        if current == FILE:
            return CHECK if self.plan.full_export else MAPPING
        return {MAPPING: CHECK, CHECK: RESULT}.get(current, -1)


def open_import_wizard(window: MainWindow) -> ImportWizard:
    wizard = ImportWizard(window.ctx, window)
    open_dialog(wizard, window.ctx)
    return wizard
