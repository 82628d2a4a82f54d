"""Entering a measurement of one indicator, with the earlier ones above (to compare or to trash)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.impact_values import format_value
from sic_desktop.core.impact_vocab import CONFIDENCE
from sic_desktop.core.models import Indicator, Measurement, Note
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import ChoiceField, TextField
from sic_desktop.ui.icons import icon
from sic_desktop.ui.impact.record_dialog import ImpactRecordDialog
from sic_desktop.ui.impact.value_fields import ValueField
from sic_desktop.ui.undo import UndoStep


class NoteChoice(QComboBox):
    """The note that documents a measurement: one of the cooperation's notes, or none."""

    def __init__(self, notes: list[Note], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("–", None)
        for note in notes:
            self.addItem(f"{format_date(note.note_date)} – {note.title}", note.id)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


class MeasurementDialog(ImpactRecordDialog):
    def __init__(self, ctx: AppContext, state: IndicatorState, notes: list[Note], parent: QWidget | None = None) -> None:
        self._state, self._notes = state, notes
        indicator = state.indicator
        super().__init__(ctx, Measurement(indicator_id=indicator.id, measured_on=today()), parent)
        self.setObjectName("measurementDialog")
        self.setWindowTitle(self.tr("Messung eintragen: {name}").format(name=indicator.name))
        self.resize(620, 560)
        self._earlier(indicator)

    def build(self, layout: QFormLayout) -> None:
        add = self.form.add
        add(layout, "measured_on", DateField(), required=True)
        add(layout, "period_start", DateField())
        value = add(layout, "value", ValueField(), required=True)
        value.setPlaceholderText(self._value_hint(self._state.indicator))
        add(layout, "confidence", ChoiceField(CONFIDENCE, optional=False), required=True)
        add(layout, "evidence_note_id", NoteChoice(self._notes))
        add(layout, "comment", TextField(lines=2))

    def _value_hint(self, indicator: Indicator) -> str:
        return self.tr("zuletzt {latest}, Ziel {target}").format(
            latest=format_value(self._state.assessment.latest.value, indicator.unit_type, indicator.unit)
            if self._state.assessment.latest else "–",
            target=format_value(indicator.target_value, indicator.unit_type, indicator.unit))

    def _earlier(self, indicator: Indicator) -> None:
        self.top.addWidget(QLabel(self.tr("Bisherige Messungen:"), self))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("earlierMeasurements")
        self.table.setHorizontalHeaderLabels([self.tr("Gemessen am"), self.tr("Wert"), self.tr("Kommentar")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        for measurement in reversed(self._state.measurements):
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (format_date(measurement.measured_on),
                     format_value(measurement.value, indicator.unit_type, indicator.unit), measurement.comment)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, measurement.id)
                self.table.setItem(row, column, item)
        self.top.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.trash_button = QPushButton(icon("trash"), self.tr("Markierte Messung in den &Papierkorb"), self)
        self.trash_button.clicked.connect(self._trash_selected)
        buttons.addWidget(self.trash_button)
        buttons.addStretch(1)
        self.top.addLayout(buttons)

    def _trash_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        row = min(rows)
        measurement_id = not_none(self.table.item(row, 0)).data(Qt.ItemDataRole.UserRole)

        def trashed(_: object) -> None:
            self.table.removeRow(row)
            self.ctx.undo.push(UndoStep(
                QCoreApplication.translate("Impact", "Messung in den Papierkorb legen"),
                lambda ws: ws.measurements.restore(measurement_id), lambda ws: ws.measurements.trash(measurement_id)))
            self.ctx.status_message.emit(self.tr("Messung in den Papierkorb gelegt."))

        self.ctx.ops.write(self, lambda ws: ws.measurements.trash(measurement_id)).success(trashed).run()
