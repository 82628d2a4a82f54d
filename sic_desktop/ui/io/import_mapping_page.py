"""Import, step 2: which column of the file becomes which field, with a live preview.

The mapping remembered from the last import of a file with the same columns is
preselected (``mapping_for``), else a suggestion from the column names. Every
change shows at once how the first rows will be stored, with the problems the
import will report for them. Mappings can be saved as a file for
``sic-desktop import --mapping``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sic_desktop.core.errors import SicError
from sic_desktop.io import (
    ColumnMapping,
    ImportRow,
    Source,
    TargetKind,
    load_mapping,
    map_rows,
    mapping_for,
    save_mapping,
    target_field,
    target_fields,
)
from sic_desktop.io.column_mapping import unmapped_columns
from sic_desktop.io.values import cell_text
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.io.import_plan import ImportPlan, OpenedFile, open_import_file
from sic_desktop.ui.messages import show_error

PREVIEW_SHOWN = 10
_EXAMPLE_CHARS = 45
_PREVIEW_COLUMN_MAX = 240  # px; the full text is in the tooltip
# A person file may name only companies on some lines (they become organisations).
_NAME_FIELDS = {
    TargetKind.PERSON: {"first_name", "last_name", "full_name", "organisation"}, TargetKind.ORGANISATION: {"name"},
}
_MAPPING_FILTER = "Spaltenzuordnung (*.json)"


@dataclass
class _ColumnRow:
    header: str
    example: str
    widgets: tuple[QLabel, QLabel, QComboBox]

    @property
    def combo(self) -> QComboBox:
        return self.widgets[2]


class ImportMappingPage(QWizardPage):
    def __init__(self, ctx: AppContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan = ctx, plan
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Spalten zuordnen"))
        self._rows: list[_ColumnRow] = []
        self._built_for: tuple[object, TargetKind] | None = None
        layout = QVBoxLayout(self)
        self.origin = QLabel(self)
        self.origin.setObjectName("mappingOrigin")
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)
        bar = QHBoxLayout()
        self.header_row_label = QLabel(self.tr("Spaltenüberschriften in &Zeile"), self)
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, 999)
        self.header_row.setToolTip(self.tr("Stehen über der Tabelle Titel oder Datum, hier die Zeile mit den Spaltennamen wählen."))
        self.header_row.editingFinished.connect(self._header_row_chosen)
        self.header_row_label.setBuddy(self.header_row)
        bar.addWidget(self.header_row_label)
        bar.addWidget(self.header_row)
        self.only_filled = QCheckBox(self.tr("Nur Spalten &mit Inhalt zeigen"), self)
        self.only_filled.setChecked(True)
        self.only_filled.toggled.connect(self._show_rows)
        bar.addWidget(self.only_filled)
        bar.addStretch(1)
        load = QPushButton(self.tr("Zuordnung &laden …"), self)
        load.clicked.connect(self.load_mapping_file)
        bar.addWidget(load)
        save = QPushButton(self.tr("Zuordnung &speichern …"), self)
        save.setToolTip(self.tr("Als Datei speichern, z. B. für „sic-desktop import --mapping“"))
        save.clicked.connect(self.save_mapping_file)
        bar.addWidget(save)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.scroll_area = QScrollArea(splitter)
        self.scroll_area.setWidgetResizable(True)
        self.grid_host = QWidget(self.scroll_area)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(3, 1)  # the three columns stay side by side, the rest is space
        for column, text in enumerate((self.tr("Spalte der Datei"), self.tr("Beispiel"), self.tr("Übernehmen als"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, column)
        self.scroll_area.setWidget(self.grid_host)
        splitter.addWidget(self.scroll_area)
        below = QWidget(splitter)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        self.preview_label = QLabel(self.tr("Vorschau – so werden die ersten Zeilen übernommen:"), below)
        below_layout.addWidget(self.preview_label)
        self.preview = QTableWidget(below)
        self.preview.setObjectName("mappingPreview")
        self.preview.setAccessibleName(self.tr("Vorschau der ersten Zeilen"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview_label.setBuddy(self.preview)
        below_layout.addWidget(self.preview, 1)
        self.left_out = QLabel(below)
        self.left_out.setObjectName("mappingLeftOut")
        self.left_out.setWordWrap(True)
        below_layout.addWidget(self.left_out)
        self.hint = QLabel(below)
        self.hint.setObjectName("mappingHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b3261e;")
        below_layout.addWidget(self.hint)
        splitter.addWidget(below)
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)

    # -- building ------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        """Build the rows for this file and kind; coming back from the next step keeps the choices."""
        opened = self.plan.file
        assert opened is not None and opened.source is not None
        if self._built_for == (opened, self.plan.kind) and self.plan.mapping is not None:
            return
        self._built_for = (opened, self.plan.kind)
        mapping, remembered = mapping_for(self.ctx.ws, opened.source.headers, self.plan.kind)
        if remembered:
            self.origin.setText(self.tr("Die Zuordnung vom letzten Import einer Datei mit diesen Spalten ist vorausgewählt."))
        else:
            self.origin.setText(
                self.tr("Vorschlag nach den Spaltennamen. Bitte prüfen, was aus jeder Spalte werden soll.")
            )
        header_line = getattr(opened.source, "header_line", None)  # CSV and Excel, not vCard
        self.header_row_label.setVisible(header_line is not None)
        self.header_row.setVisible(header_line is not None)
        if header_line is not None:
            self.header_row.blockSignals(True)
            self.header_row.setValue(header_line)
            self.header_row.blockSignals(False)
        self._build_rows(opened.source)
        self.set_mapping(mapping)

    def _header_row_chosen(self) -> None:
        """Read the file again with the chosen header line and offer its columns."""
        opened = self.plan.file
        source = opened.source if opened else None
        if source is None or self.header_row.value() == getattr(source, "header_line", None):
            return
        line, sheet = self.header_row.value(), getattr(source, "sheet", None)
        self.ctx.ops.read(self, lambda ws: open_import_file(source.path, sheet, header_row=line)).success(
            self._reopened
        ).run()

    def _reopened(self, opened: OpenedFile) -> None:
        self.plan.file, self.plan.mapping, self._built_for = opened, None, None
        self.initializePage()

    def _build_rows(self, source: Source) -> None:
        for row in self._rows:
            for widget in row.widgets:
                widget.deleteLater()
        self._rows = []
        rows = self.plan.file.rows if self.plan.file else []
        for number, header in enumerate(source.headers, start=1):
            example = next((text for r in rows if (text := cell_text(r.cells.get(header, "")))), "")
            label = QLabel(header, self.grid_host)
            shown = " ".join(example.split())
            sample = QLabel(shown if len(shown) <= _EXAMPLE_CHARS else shown[: _EXAMPLE_CHARS - 1] + "…", self.grid_host)
            sample.setToolTip(example)
            sample.setEnabled(False)
            combo = QComboBox(self.grid_host)
            combo.setAccessibleName(self.tr("Spalte „{column}“ übernehmen als").format(column=header))
            combo.addItem(self.tr("– nicht übernehmen –"), None)
            for target in target_fields(self.plan.kind):
                combo.addItem(target.label, target.name)
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            for column, cell in enumerate((label, sample, combo)):
                self.grid.addWidget(cell, number, column)
            self._rows.append(_ColumnRow(header, example, (label, sample, combo)))
        self.grid.setRowStretch(len(source.headers) + 1, 1)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for row in self._rows:
            row.combo.blockSignals(True)
            row.combo.setCurrentIndex(max(row.combo.findData(mapping.columns.get(row.header)), 0))
            row.combo.blockSignals(False)
        self._changed()

    def mapping(self) -> ColumnMapping:
        columns = {row.header: row.combo.currentData() for row in self._rows if row.combo.currentData()}
        return ColumnMapping(self.plan.kind, columns)

    def _show_rows(self) -> None:
        for row in self._rows:
            visible = not self.only_filled.isChecked() or bool(row.example) or row.combo.currentData() is not None
            for widget in row.widgets:
                widget.setVisible(visible)

    # -- the preview -----------------------------------------------------------------

    def _changed(self) -> None:
        mapping = self.mapping()
        self.plan.mapping = mapping
        self._show_rows()
        rows = list(map_rows(self.plan.file.rows[:PREVIEW_SHOWN], mapping)) if self.plan.file else []
        self._fill_preview(mapping, rows)
        self.hint.setText("" if self.isComplete() else self._missing_name_hint())
        self.left_out.setText(self._left_out_text(mapping))
        self.completeChanged.emit()

    def _left_out_text(self, mapping: ColumnMapping) -> str:
        """The filled columns no field takes, so that nothing is left behind unnoticed."""
        filled = [row.header for row in self._rows if row.example]
        unknown, ignored = unmapped_columns(filled, mapping)
        lines = []
        if unknown:
            lines.append(self.tr("<b>Nicht übernommen werden die Spalten</b> {columns} – bitte prüfen, ob sie "
                                 "einem Feld zugeordnet werden sollen.").format(columns=_quoted(unknown)))
        if ignored:
            lines.append(self.tr("Bewusst nicht übernommen (private Angaben, Geburtstage, Fax, Länder und Angaben "
                                 "für andere Programme): {columns}.").format(columns=_quoted(ignored)))
        return "<br>".join(lines)

    def _fill_preview(self, mapping: ColumnMapping, rows: list[ImportRow]) -> None:
        names = [t.name for t in target_fields(mapping.kind) if any(t.name in r.values for r in rows)]
        headers = [self.tr("Zeile"), *(target_field(mapping.kind, n).label for n in names), self.tr("Hinweise")]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        for number, row in enumerate(rows):
            company = [self.tr("Nur eine Firma: wird als Organisation übernommen.")] if row.company else []
            problems = "\n".join([*company, *(problem.message for problem in row.problems)])
            cells = [str(row.line), *(cell_text(row.values.get(n, "")) for n in names), problems]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                if not row.importable:
                    item.setForeground(QColor("#b3261e"))
                self.preview.setItem(number, column, item)
            if problems:  # the line number says at once that this row has a hint
                first = not_none(self.preview.item(number, 0))
                first.setIcon(icon("warning"))
                first.setToolTip(problems)
        self.preview.resizeColumnsToContents()
        for column in range(1, len(headers) - 1):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), _PREVIEW_COLUMN_MAX))

    def _missing_name_hint(self) -> str:
        if self.plan.kind is TargetKind.PERSON:
            return self.tr("Bitte eine Spalte dem Vornamen, dem Nachnamen oder dem ganzen Namen zuordnen.")
        return self.tr("Bitte eine Spalte dem Namen der Organisation zuordnen.")

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        mapping = self.plan.mapping
        return mapping is not None and bool(set(mapping.columns.values()) & _NAME_FIELDS[self.plan.kind])


    # -- mapping files -----------------------------------------------------------------

    def save_mapping_file(self) -> None:
        path = file_dialogs.choose_save_file(self, self.tr("Zuordnung speichern"), self.tr("Spaltenzuordnung.json"), _MAPPING_FILTER)
        if path is not None:
            try:
                save_mapping(self.mapping(), path)
            except OSError as error:
                show_error(self, SicError(self.tr("Die Zuordnung konnte nicht gespeichert werden ({reason}).").format(
                    reason=error.strerror or error)))

    def load_mapping_file(self) -> None:
        path = file_dialogs.choose_open_file(self, self.tr("Zuordnung laden"), _MAPPING_FILTER)
        if path is None:
            return
        try:
            mapping = load_mapping(path)
        except SicError as error:
            show_error(self, error)
            return
        if mapping.kind is not self.plan.kind:
            show_error(self, SicError(self.tr("Diese Zuordnung gilt für eine andere Art von Zeilen. Bitte im "
                                              "ersten Schritt die passende Art wählen.")))
            return
        self.set_mapping(mapping)
        missing = mapping.missing_columns(self.plan.file.source.headers if self.plan.file and self.plan.file.source else [])
        if missing:
            self.origin.setText(self.tr("Zuordnung geladen. Diese Spalten gibt es in der Datei nicht: {columns}").format(
                columns=", ".join(f"„{name}“" for name in missing)))
        else:
            self.origin.setText(self.tr("Zuordnung aus „{name}“ geladen.").format(name=path.name))


def _quoted(columns: list[str]) -> str:
    return ", ".join(f"„{html.escape(column)}“" for column in columns)
