"""The „Wirkung“ tab of the cooperation editor: the impact model and the indicators.

The five texts of the impact model are rows of the editor's own form, so they are
saved, locked and undone with the cooperation; indicators and measurements are
records of their own and are saved at once from their dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.field_widgets import TextField
from sic_desktop.ui.editors.form import RecordForm
from sic_desktop.ui.impact.indicators_panel import IndicatorsPanel

MODEL_FIELDS = ("impact_problem", "impact_target_direct", "impact_target_indirect", "impact_outcomes",
                "impact_assumptions")


class ImpactTab(QScrollArea):
    def __init__(self, ctx: AppContext, form: RecordForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactTab")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        model = QGroupBox(self.tr("Wirkungsmodell"), body)
        rows = QFormLayout(model)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in MODEL_FIELDS:
            form.add(rows, name, TextField(lines=2))
        layout.addWidget(model)
        group = QGroupBox(self.tr("Indikatoren"), body)
        inner = QVBoxLayout(group)
        self.indicators = IndicatorsPanel(ctx, group)
        inner.addWidget(self.indicators)
        layout.addWidget(group, 1)
        self.setWidget(body)
