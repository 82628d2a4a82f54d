"""Creating or changing an indicator: what is measured, on which step, from where to where, how often."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from sic_desktop.core.impact_vocab import IOOI_LEVELS, METHODS, RHYTHMS, UNIT_TYPES
from sic_desktop.core.models import Indicator
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import ChoiceField, LineField, TextField
from sic_desktop.ui.impact.record_dialog import ImpactRecordDialog
from sic_desktop.ui.impact.value_fields import StepField, ValueField


class IndicatorDialog(ImpactRecordDialog):
    def __init__(self, ctx: AppContext, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(ctx, indicator, parent)
        self.setObjectName("indicatorDialog")
        self.setWindowTitle(self.tr("Neuer Indikator") if indicator.id is None else self.tr("Indikator bearbeiten"))
        self.resize(620, 640)

    def build(self, layout: QFormLayout) -> None:
        add = self.form.add
        add(layout, "name", LineField(), required=True)
        add(layout, "definition", TextField(lines=2))
        add(layout, "level", ChoiceField(IOOI_LEVELS, optional=False), required=True)
        add(layout, "step", StepField())
        hint = QLabel(self.tr("Stufen 1–3 sind Output, 4–6 Outcome, 7 Impact; ein Input hat keine Stufe."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addRow("", hint)
        add(layout, "unit_type", ChoiceField(UNIT_TYPES, optional=False), required=True)
        add(layout, "unit", LineField()).setPlaceholderText(self.tr("z. B. Personen, Arbeitsplätze"))
        add(layout, "baseline_value", ValueField(), required=True)
        add(layout, "baseline_date", DateField(), required=True)
        add(layout, "target_value", ValueField(), required=True)
        add(layout, "target_date", DateField(), required=True)
        add(layout, "method", ChoiceField(METHODS, optional=True))
        add(layout, "source", LineField())
        add(layout, "rhythm", ChoiceField(RHYTHMS, optional=False), required=True)
        add(layout, "responsible", LineField())
