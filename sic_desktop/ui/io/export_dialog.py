"""Datei → Exportieren …: everything as JSON, contacts for Outlook/Excel or as vCards, the current list as CSV.

The list page knows its filters (``ListPage.query()``): the list export writes
exactly what the list shows, and the contact exports can be limited to the
contacts the contact list shows. The file name proposed carries today's date;
after writing, the status bar names the file and offers to open its folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import number
from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import export_json, export_list_csv, export_persons_csv, export_persons_vcard
from sic_desktop.io.record_export import export_organisations_csv
from sic_desktop.io.section_counts import counts_text
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.io.dialogs import open_dialog
from sic_desktop.ui.io.file_dialogs import dated_name
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.saved_notice import show_saved_file

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

FULL, PERSONS_CSV, PERSONS_VCARD, LIST_CSV = "full", "persons_csv", "persons_vcard", "list_csv"

Work = Callable[[Workspace], ProgressGenerator[Any]]


@dataclass(frozen=True)
class ShownList:
    """The list the window shows: its type and its filters."""

    record_type: RecordType
    query: ListQuery


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, shown: ShownList | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.shown = ctx, shown
        self.path: Path | None = None  # chosen when „Speichern unter …“ is confirmed
        self.export_work: Work | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exportieren"))
        self.setWindowIcon(icon("export"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Was soll exportiert werden?"), self))
        self.choices = QButtonGroup(self)
        list_text = self.tr("Die angezeigte &Liste „{list}“ mit ihren Filtern (CSV für Excel)").format(
            list=shown.record_type.plural if shown else self.tr("Liste")
        )
        options = (
            (FULL, self.tr("&Alles, verlustfrei (JSON) – zum Aufbewahren oder für einen anderen Rechner")),
            (PERSONS_CSV, self.tr("&Kontakte für Outlook und Excel (CSV)")),
            (PERSONS_VCARD, self.tr("Kontakte als &Visitenkarten (vCard)")),
            (LIST_CSV, list_text),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in options:
            button = QRadioButton(text, self)
            button.setObjectName(f"export_{key}")
            self.choices.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons[LIST_CSV].setEnabled(shown is not None)
        self.only_shown = QCheckBox(self.tr("&Nur die Kontakte, die die Kontaktliste gerade zeigt (mit Filtern)"), self)
        self.only_shown.setObjectName("onlyShownPersons")
        self.only_shown.setEnabled(False)
        layout.addWidget(self.only_shown)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = box.addButton(self.tr("&Speichern unter …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.choices.buttonToggled.connect(lambda *_: self._chosen())
        self.buttons[FULL].setChecked(True)

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def _chosen(self) -> None:
        key = self.choice()
        persons_list = self.shown is not None and self.shown.record_type is RecordType.PERSON
        self.only_shown.setEnabled(key in (PERSONS_CSV, PERSONS_VCARD) and persons_list)
        hints = {
            FULL: self.tr("Alle Daten mit Papierkorb, Protokoll und Verknüpfungen. Lässt sich in einen leeren "
                          "Datenordner wieder einlesen."),
            PERSONS_CSV: self.tr("Mit den Spaltennamen von Outlook; Excel öffnet die Datei mit Doppelklick "
                                 "(Umlaute richtig, Semikolon getrennt)."),
            PERSONS_VCARD: self.tr("vCard 3.0, eine Karte je Kontakt, für Outlook, Telefone und andere Programme."),
            LIST_CSV: self.tr("Die Spalten, die Reihenfolge und die Filter der Liste im Fenster."),
        }
        self.hint.setText(hints[key])

    def target(self) -> tuple[str, str, str]:
        """Default file name, file filter and dialog title for the chosen export."""
        key = self.choice()
        persons = RecordType.PERSON.plural
        if key == FULL:
            return dated_name(self.tr("SIC-Desktop-Gesamtexport"), ".json"), self.tr("JSON (*.json)"), self.tr("Gesamtexport speichern")
        if key == PERSONS_VCARD:
            return dated_name(persons, ".vcf"), self.tr("vCard (*.vcf)"), self.tr("Kontakte als vCard speichern")
        stem = self.shown.record_type.plural if key == LIST_CSV and self.shown else persons
        return dated_name(stem, ".csv"), self.tr("CSV für Excel (*.csv)"), self.tr("Liste speichern")

    def work(self, path: Path) -> Work:
        key = self.choice()
        if key == FULL:
            return lambda ws: export_json(ws, path)
        if key == LIST_CSV:
            assert self.shown is not None
            shown = self.shown
            if shown.record_type is RecordType.ORGANISATION:  # with address, website, e-mail, phone: re-importable
                return lambda ws: export_organisations_csv(ws, path, shown.query)
            return lambda ws: export_list_csv(ws, shown.record_type, shown.query, path)
        query = self.shown.query if self.only_shown.isEnabled() and self.only_shown.isChecked() and self.shown else None
        export = export_persons_vcard if key == PERSONS_VCARD else export_persons_csv
        return lambda ws: export(ws, path, query)

    def accept(self) -> None:
        name, filters, title = self.target()
        path = file_dialogs.choose_save_file(self, title, name, filters)
        if path is None:
            return  # stay in the dialog: the user may choose another kind
        self.path, self.export_work = path, self.work(path)
        super().accept()


def _saved_text(path: Path, result: Any, record_type: RecordType) -> str:
    if isinstance(result, dict):
        what = counts_text(result)
    else:
        label = record_type.label if result == 1 else record_type.plural
        what = f"{number(result)} {label}"
    return QCoreApplication.translate("ExportDialog", "„{name}“ gespeichert ({what}).").format(name=path.name, what=what)


def open_export_dialog(window: MainWindow) -> ExportDialog:
    page = window.current_page()
    shown = ShownList(page.record_type, page.query()) if isinstance(page, ListPage) else None
    ctx = window.ctx
    dialog = ExportDialog(ctx, shown, window)

    def start(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        path, work, record_type = dialog.path, dialog.export_work, RecordType.PERSON
        assert path is not None and work is not None  # both set when „Speichern unter …“ was confirmed
        if dialog.choice() == LIST_CSV and shown is not None:
            record_type = shown.record_type
        # On the writer: an export of contacts is noted in the Datenschutz-Protokoll.
        ctx.ops.write(window, work).with_progress(
            QCoreApplication.translate("ExportDialog", "Export …")
        ).success(lambda result: show_saved_file(window, path, _saved_text(path, result, record_type))).cancelled(
            lambda: ctx.status_message.emit(
                QCoreApplication.translate("ExportDialog", "Export abgebrochen. Es wurde keine Datei geschrieben.")
            )
        ).run()

    dialog.finished.connect(start)
    open_dialog(dialog, ctx)
    return dialog
