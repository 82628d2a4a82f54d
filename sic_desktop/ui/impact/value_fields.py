"""Field widgets for indicator values and Wirkungstreppe steps (see ui/editors/field_widgets.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sic_desktop.core.impact_values import format_number
from sic_desktop.core.impact_vocab import STEPS, step_label
from sic_desktop.ui.editors.field_widgets import LineField


class ValueField(LineField):
    """A number as typed („12,5“, „75 %“, „ja“); the core reads and checks it for the unit type."""

    def set_value(self, value: float | str | None) -> None:
        super().set_value(format_number(value, 6) if isinstance(value, (int, float)) else value)


class StepField(QComboBox):
    """The Wirkungstreppe step 1–7, or none (for inputs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("–", None)
        for step in STEPS:
            self.addItem(step_label(step), step)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))
