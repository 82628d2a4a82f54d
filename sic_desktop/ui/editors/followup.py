"""Editor of a follow-up (Wiedervorlage): due date, task, who, done; and the record it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QWidget

from sic_desktop.core.dates import now_utc
from sic_desktop.core.models import FollowUp, Record, RecordType
from sic_desktop.ui.editors.base import RecordEditor
from sic_desktop.ui.editors.fields import CheckField, LineField, TextField
from sic_desktop.ui.editors.shared_rows import add_date_row
from sic_desktop.ui.icons import icon


class FollowUpEditor(RecordEditor):
    record_type = RecordType.FOLLOWUP

    def build(self, body: QWidget) -> None:
        layout = self.new_form_layout(body)
        add_date_row(self, layout, "due_date", required=True)
        self.form.add(layout, "text", TextField(lines=3), required=True)
        self.form.add(layout, "responsible", LineField())
        done = CheckField()
        done.setText(self.tr("erledigt"))
        self.form.add(layout, "done", done)
        self.target = QCommandLinkButton(body)
        self.target.setObjectName("followupTarget")
        self.target.clicked.connect(self._open_target)
        layout.addRow(self.tr("Bezug:"), self.target)

    def blank(self) -> FollowUp:
        return FollowUp()

    def after_show(self, record: Record) -> None:
        assert isinstance(record, FollowUp)
        if record.target is not None:
            self.target.setIcon(icon(record.target.type.value))
            self.target.setText(f"{record.target.type.label}: {record.target_title}")
            self.target.setAccessibleName(self.tr("Öffnen: {title}").format(title=record.target_title))
        self.target.setVisible(record.target is not None)

    def collect(self) -> Record:
        record = super().collect()
        assert isinstance(record, FollowUp)
        # The core keeps done_at; a ticked box sets it, an unticked one clears it.
        if record.done and not record.done_at:
            record.done_at = now_utc()
        elif not record.done:
            record.done_at = None
        return record

    def _open_target(self) -> None:
        record = self.record
        if isinstance(record, FollowUp) and record.target is not None:
            self.ctx.open(record.target)
