"""Editor of a follow-up (Wiedervorlage): due date, task, who, done; and the record it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.dates import now_utc
from sic_desktop.core.models import FollowUp, Record
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.field_widgets import CheckField, LineField, TextField
from sic_desktop.ui.editors.followup_target import FollowUpTargetField
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.shared_rows import add_date_row


class FollowUpEditor(RecordEditor):
    record_type = RecordType.FOLLOWUP

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        self.target = self.form.add(layout, "target", FollowUpTargetField(self.ctx), required=True)
        add_date_row(self, layout, "due_date", required=True)
        self.form.add(layout, "text", TextField(lines=3), required=True)
        self.form.add(layout, "responsible", LineField())
        self.form.add(layout, "done", CheckField())  # the row's label says „Erledigt“

    def blank(self) -> FollowUp:
        return FollowUp()

    def collect(self) -> Record:
        record = super().collect()
        assert isinstance(record, FollowUp)
        # The core keeps done_at; a ticked box sets it, an unticked one clears it.
        if record.done and not record.done_at:
            record.done_at = now_utc()
        elif not record.done:
            record.done_at = None
        return record
