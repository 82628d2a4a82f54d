"""Import, step 1: which file, which sheet of a workbook, and whether its rows are persons or organisations.

The file is opened on the reader thread as soon as it is chosen, so a broken file
is explained here, in German, before any further step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import counted
from sic_desktop.core.team_access import on_server
from sic_desktop.io import TargetKind
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.io.import_plan import ImportPlan, OpenedFile, open_import_file
from sic_desktop.ui.messages import show_error

ERROR_STYLE = "color: #b3261e;"


class ImportFilePage(QWizardPage):
    def __init__(self, ctx: AppContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan = ctx, plan
        self._loading = 0  # number of the newest open request; older answers are dropped
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Datei wählen"))
        self.setSubTitle(
            self.tr(
                "Kontakte oder Organisationen aus Outlook, Excel (CSV oder .xlsx) oder vCard übernehmen – "
                "oder einen Gesamtexport von SIC Desktop in einen leeren Datenordner einlesen."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Pfad der Datei"))
        self.path_edit.editingFinished.connect(self._typed)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("&Durchsuchen …"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        path_label = QLabel(self.tr("Dat&ei:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, row)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheet")
        self.sheet.activated.connect(lambda _: self.load(self._path(), self.sheet.currentText()))
        self.sheet_label = QLabel(self.tr("&Tabellenblatt:"), self)
        self.sheet_label.setBuddy(self.sheet)
        form.addRow(self.sheet_label, self.sheet)
        self.kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        for kind, text in (
            (TargetKind.PERSON, self.tr("&Kontakte (Personen)")),
            (TargetKind.ORGANISATION, self.tr("&Organisationen")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"kind_{kind.value}")
            button.setChecked(kind is plan.kind)
            button.toggled.connect(lambda on, kind=kind: self._kind_chosen(kind) if on else None)
            self.kinds.addButton(button)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kind_label = QLabel(self.tr("Jede Zeile ist:"), self)
        form.addRow(self.kind_label, kind_row)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._show_file(None)

    def _path(self) -> Path:
        return Path(self.path_edit.text().strip().strip('"'))

    def browse(self) -> None:
        path = file_dialogs.choose_open_file(
            self,
            self.tr("Datei zum Importieren wählen"),
            self.tr(
                "Listen und Kontakte (*.csv *.txt *.xlsx *.xlsm *.vcf *.vcard *.json);;"
                "CSV (*.csv *.txt);;Excel (*.xlsx *.xlsm);;vCard (*.vcf *.vcard);;"
                "Gesamtexport (*.json);;Alle Dateien (*)"
            ),
        )
        if path is not None:
            self.path_edit.setText(str(path))
            self.load(path)

    def _typed(self) -> None:
        if self.path_edit.text().strip() and (self.plan.file is None or self._path() != self.plan.file.path):
            self.load(self._path())

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Open ``path`` in the background and show what was recognised, or why it cannot be read."""
        self._loading += 1
        number = self._loading
        self.plan.file = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Die Datei wird geöffnet …"))
        self.completeChanged.emit()

        def failed(error: Exception) -> None:
            if number != self._loading:
                return
            if isinstance(error, SicError):
                self.status.setStyleSheet(ERROR_STYLE)
                self.status.setText(str(error))
            else:
                self.status.clear()
                show_error(self, error)

        def opened(result: OpenedFile) -> None:
            if number == self._loading:
                self._show_file(result)

        self.ctx.ops.read(self, lambda ws: open_import_file(path, sheet)).success(opened).failure(failed).run()

    def _show_file(self, opened: OpenedFile | None) -> None:
        self.plan.file = opened
        self.plan.mapping = None
        workbook = opened is not None and bool(opened.sheets)
        self.sheet_label.setVisible(workbook)
        self.sheet.setVisible(workbook)
        if opened is not None and workbook:
            self.sheet.clear()
            self.sheet.addItems(list(opened.sheets))
            self.sheet.setCurrentText(getattr(opened.source, "sheet", opened.sheets[0]))
        full = opened is not None and opened.full_export
        self.kind_label.setVisible(not full)
        for button in self.kinds.buttons():
            button.setVisible(not full)
        if opened is None:
            self.status.clear()
        elif full and on_server(self.ctx.ws):
            self.status.setText(
                self.tr(
                    "Gesamtexport von SIC Desktop. Er wird vollständig eingelesen, mit allen Nummern und "
                    "Verknüpfungen – das geht nur auf einen leeren Teamserver."
                )
            )
        elif full:
            self.status.setText(
                self.tr(
                    "Gesamtexport von SIC Desktop. Er wird vollständig eingelesen, mit allen Nummern und "
                    "Verknüpfungen – das geht nur in einen leeren Datenordner."
                )
            )
        else:
            assert opened.source is not None
            self.status.setText(
                self.tr("Erkannt: {what}. {columns}.").format(
                    what=opened.source.describe(),
                    columns=counted(len(opened.source.headers), self.tr("1 Spalte"), self.tr("{count} Spalten")),
                )
            )
        self.completeChanged.emit()

    def _kind_chosen(self, kind: TargetKind) -> None:
        if kind is not self.plan.kind:
            self.plan.kind = kind
            self.plan.mapping = None

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.plan.file is not None
