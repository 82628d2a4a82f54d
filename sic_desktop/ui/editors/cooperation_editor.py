"""Editor of a cooperation: status with its history, partners with roles, goals and results."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from sic_desktop.core.dates import format_date
from sic_desktop.core.models import Cooperation, Record
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import COOPERATION_STATUSES
from sic_desktop.ui.editors.field_widgets import ChoiceField, LineField, TextField
from sic_desktop.ui.editors.partners_field import PartnersField
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.shared_rows import add_date_row, add_theme_and_tag_rows
from sic_desktop.ui.impact.impact_tab import ImpactTab


class CooperationEditor(RecordEditor):
    record_type = RecordType.COOPERATION

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        add = self.form.add
        add(layout, "title", LineField(), required=True)
        add(layout, "status", ChoiceField(COOPERATION_STATUSES, optional=False), required=True)
        self.history = QLabel(body)
        self.history.setObjectName("statusHistory")
        self.history.setWordWrap(True)
        self.history.setEnabled(False)
        layout.addRow("", self.history)
        add_date_row(self, layout, "start_date")
        add_date_row(self, layout, "end_date")
        add(layout, "responsible", LineField())
        add(layout, "partners", PartnersField(self.ctx), wide=True)
        add(layout, "description", TextField())
        add(layout, "goals", TextField())
        add(layout, "agreements", TextField())
        add(layout, "results", TextField())
        add_theme_and_tag_rows(self, layout)
        self.impact = ImpactTab(self.ctx, self.form)

    def _wrap(self, body: QWidget) -> QWidget:
        """„Kooperation“ and „Wirkung“ (impact model and indicators) as tabs."""
        tabs = QTabWidget(self)
        tabs.setObjectName("cooperationTabs")
        tabs.addTab(super()._wrap(body), self.tr("Kooperation"))
        tabs.addTab(self.impact, self.tr("Wirkung"))
        return tabs

    def blank(self) -> Cooperation:
        return Cooperation()

    def after_show(self, record: Record) -> None:
        assert isinstance(record, Cooperation)
        steps = [
            self.tr("{status} seit {date} ({user})").format(
                status=COOPERATION_STATUSES.label(step.status), date=format_date(step.changed_on), user=step.changed_by
            )
            for step in record.status_history
        ]
        self.history.setText(self.tr("Verlauf: {steps}").format(steps=" → ".join(steps)) if steps else "")
        self.history.setVisible(bool(steps))
        self.impact.indicators.show_cooperation(record.id)
