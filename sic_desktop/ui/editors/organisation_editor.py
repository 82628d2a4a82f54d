"""Editor of an organisation: name, sector, address, contact data, theme fields, tags."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import SECTORS
from sic_desktop.ui.editors.field_widgets import ChoiceField, LineField, TextField
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.shared_rows import add_theme_and_tag_rows


class OrganisationEditor(RecordEditor):
    record_type = RecordType.ORGANISATION

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        add = self.form.add
        add(layout, "name", LineField(), required=True)
        add(layout, "short_name", LineField())
        add(layout, "sector", ChoiceField(SECTORS, optional=True))
        for name in ("street", "postal_code", "city", "district", "website", "email", "phone"):
            add(layout, name, LineField())
        add(layout, "description", TextField())
        add_theme_and_tag_rows(self, layout)

    def blank(self) -> Organisation:
        return Organisation(city="Dortmund")
