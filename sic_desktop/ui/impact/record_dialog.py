"""A small dialog that edits one indicator or measurement with the editors' form rows.

Saving runs on the writer thread; the core's messages appear at their fields and the
dialog stays open until the record is stored.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Record
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.form import Mnemonics, RecordForm
from sic_desktop.ui.messages import show_error


class ImpactRecordDialog(QDialog):
    def __init__(self, ctx: AppContext, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.stored: Record | None = None
        self.form = RecordForm(record.RECORD_TYPE, Mnemonics("ok"))
        outer = QVBoxLayout(self)
        self.top = QVBoxLayout()
        outer.addLayout(self.top)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build(layout)
        outer.addLayout(layout)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.hide()
        outer.addWidget(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.form.set_values(record)

    def build(self, layout: QFormLayout) -> None:
        raise NotImplementedError

    def collect(self) -> Record:
        record = copy.deepcopy(self.record)
        self.form.write_into(record)
        return record

    def store(self, ws: Workspace, record: Any) -> Record:
        service = ws.service(record.RECORD_TYPE)
        return service.create(record) if record.id is None else service.update(record)

    def save(self) -> None:
        record = self.collect()
        self.form.clear_errors()
        self.general.hide()
        self.buttons.setEnabled(False)

        def stored(result: Record) -> None:
            self.stored = result
            self.buttons.setEnabled(True)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, ValidationError):
                rest = self.form.show_errors(error)
                self.general.setText("\n".join(rest))
                self.general.setVisible(bool(rest))
            else:
                show_error(self, error)

        self.ctx.ops.write(self, lambda ws: self.store(ws, record)).success(stored).failure(failed).run()
