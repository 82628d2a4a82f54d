"""Editor of a theme field (Themenfeld): name and description."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.models import ThemeField
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.field_widgets import LineField, TextField
from sic_desktop.ui.editors.record_editor import RecordEditor


class ThemeEditor(RecordEditor):
    record_type = RecordType.THEME

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        self.form.add(layout, "name", LineField(), required=True)
        self.form.add(layout, "description", TextField())

    def blank(self) -> ThemeField:
        return ThemeField()
