"""Writing a Wirkungsbericht from the window, as PDF or Word: per theme field and year (portfolio
page, with the format chooser), or per cooperation (record action „Wirkungsbericht (PDF oder Word) …“,
the file dialog offers both)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from sic_desktop.core.dates import today
from sic_desktop.core.i18n import counted
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import RenderResult
from sic_desktop.reports.impact import cooperation_report, theme_report
from sic_desktop.ui.briefing.format_choice import FormatChoice
from sic_desktop.ui.briefing.report_file import choose_report_file
from sic_desktop.ui.context import AppContext


class ThemeYearDialog(QDialog):
    """Which theme field and which year the report covers, and whether as PDF or Word."""

    def __init__(self, themes: dict[int, str], year: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wirkungsbericht eines Themenfelds"))
        layout = QFormLayout(self)
        self.theme = QComboBox(self)
        for theme_id, name in sorted(themes.items(), key=lambda item: item[1].casefold()):
            self.theme.addItem(name, theme_id)
        layout.addRow(self.tr("&Themenfeld"), self.theme)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year or today().year)
        layout.addRow(self.tr("&Jahr"), self.year)
        self.file_format = FormatChoice(self)
        layout.addRow(self.tr("&Format"), self.file_format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        self.create_button.setText(self.tr("Word-Datei erstellen …") if self.file_format.word() else self.tr("PDF erstellen …"))


def ask_and_write_report(ctx: AppContext, parent: QWidget, themes: dict[int, str], year: int | None) -> None:
    dialog = ThemeYearDialog(themes, year, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.theme.currentData() is None:
        return
    theme_id, chosen_year = dialog.theme.currentData(), dialog.year.value()
    name = f"Wirkungsbericht {dialog.theme.currentText()} {chosen_year}"
    _write(ctx, parent, name, lambda ws, path: theme_report(ws, theme_id, chosen_year, path), dialog.file_format.suffix())


def report_for_cooperations(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Record action: the Wirkungsbericht of the (first) chosen cooperation."""
    if not refs:
        return
    first = refs[0]
    ctx.ops.read(parent, lambda ws: ws.titles([first]).get(first, "")).success(
        lambda title: _write(ctx, parent, f"Wirkungsbericht {title}",
                             lambda ws, path: cooperation_report(ws, first.id, path))).run()


def _write(ctx: AppContext, parent: QWidget, name: str, render: Callable[[Workspace, Path], RenderResult | None],
           suffix: str | None = None) -> None:
    """Ask where (PDF or Word; only ``suffix`` when the dialog asked already), then write on the reader thread."""
    path = choose_report_file(parent, QCoreApplication.translate("ImpactReport", "Wirkungsbericht speichern"), name, suffix)
    if path is None:
        return

    def done(result: RenderResult | None) -> None:
        if result is None:  # a Word file has no pages until Word lays it out
            text = QCoreApplication.translate("ImpactReport", "Wirkungsbericht gespeichert: {path}.").format(path=path)
        else:
            text = QCoreApplication.translate("ImpactReport", "Wirkungsbericht gespeichert: {path} ({pages}).").format(
                path=path, pages=counted(result.page_count, QCoreApplication.translate("ImpactReport", "1 Seite"),
                                         QCoreApplication.translate("ImpactReport", "{count} Seiten")))
        ctx.status_message.emit(text)

    ctx.ops.long_read(parent, lambda ws: render(ws, Path(path))).success(done).run()
