"""Editor of a contact: name, contact data, organisations with function, DSGVO basis, where the data came
from and when the person was told (Art. 14), an objection to mailings (Art. 21)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.dates import today
from sic_desktop.core.models import Person
from sic_desktop.core.privacy_terms import DATA_SOURCES
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.ui.editors.date_field import DateField
from sic_desktop.ui.editors.field_widgets import CheckField, ChoiceField, LineField, SplitListField, TextField
from sic_desktop.ui.editors.memberships_field import MembershipsField
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.shared_rows import add_date_row, add_theme_and_tag_rows


class PersonEditor(RecordEditor):
    record_type = RecordType.PERSON

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        add = self.form.add
        for name in ("salutation", "title", "first_name"):
            add(layout, name, LineField())
        add(layout, "last_name", LineField(), required=True)
        add(layout, "name_suffix", LineField())
        emails = add(layout, "emails", SplitListField())
        emails.setPlaceholderText(self.tr("mehrere durch Semikolon trennen"))
        phones = add(layout, "phones", SplitListField())
        phones.setPlaceholderText(self.tr("mehrere durch Semikolon trennen"))
        add(layout, "memberships", MembershipsField(self.ctx), wide=True)
        job_title = add(layout, "job_title", LineField())
        job_title.setPlaceholderText(self.tr("nur ohne Organisation; sonst die Funktion bei der Organisation"))
        add(layout, "legal_basis", ChoiceField(LEGAL_BASES, optional=True))
        add_date_row(self, layout, "consent_date")
        add_date_row(self, layout, "last_contact")
        add(layout, "source", ChoiceField(DATA_SOURCES, optional=True))
        source_note = add(layout, "source_note", LineField())
        source_note.setPlaceholderText(self.tr("z. B. Liste des Quartiersbüros, Visitenkarte vom Stiftungstag"))
        add_date_row(self, layout, "informed_on")
        objection = add(layout, "objection", CheckField(self.tr("gegen Serienbriefe und Werbung")))
        objection.setToolTip(self.tr("Die Person hat Anschreiben, Einladungen und Werbung widersprochen (Art. 21 DSGVO): "
                                     "Serienbriefe lassen sie weg."))
        objection_date = add_date_row(self, layout, "objection_date")
        objection.clicked.connect(lambda ticked: _date_follows(objection_date, ticked))
        add(layout, "notes", TextField())
        add_theme_and_tag_rows(self, layout)

    def blank(self) -> Person:
        return Person()


def _date_follows(field: DateField, ticked: bool) -> None:
    """The user ticking the objection dates it today (changeable); taking it back empties the day."""
    if not ticked:
        field.set_value(None)
    elif field.value() is None:
        field.set_value(today())
