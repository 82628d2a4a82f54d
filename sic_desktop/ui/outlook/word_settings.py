"""Einstellungen → Word: the template briefings are written into as Word files.

Empty means the shipped template. „Vorlage kopieren …“ saves a copy of the shipped
one, so the office can put in its letterhead in Word and then choose the copy here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sic_desktop.core.errors import SicError
from sic_desktop.core.settings import Settings
from sic_desktop.reports.word_template import default_template
from sic_desktop.ui import messages
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io import file_dialogs


class WordSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ws = ctx.ws
        self.setTitle(self.tr("Word"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Word-&Vorlage:"), self)
        self.template = QLineEdit(ws.settings.word_template or "", self)
        self.template.setObjectName("wordTemplate")
        self.template.setPlaceholderText(self.tr("mitgelieferte Vorlage"))
        self.template.setClearButtonEnabled(True)
        label.setBuddy(self.template)
        row.addWidget(label)
        row.addWidget(self.template, 1)
        choose = QPushButton(self.tr("&Wählen …"), self)
        choose.clicked.connect(self.choose)
        row.addWidget(choose)
        copy = QPushButton(self.tr("Vorlage &kopieren …"), self)
        copy.setObjectName("copyWordTemplate")
        copy.setToolTip(self.tr("Die mitgelieferte Vorlage zum Anpassen in Word speichern"))
        copy.clicked.connect(self.copy_default)
        row.addWidget(copy)
        layout.addLayout(row)

    def choose(self) -> None:
        path = file_dialogs.choose_open_file(self, self.tr("Word-Vorlage wählen"), self.tr("Word-Vorlagen (*.docx *.dotx)"))
        if path is not None:
            self.template.setText(str(path))

    def copy_default(self) -> None:
        path = file_dialogs.choose_save_file(
            self, self.tr("Vorlage speichern unter"), self.tr("Briefing-Vorlage.docx"), self.tr("Word-Dateien (*.docx)")
        )
        if path is None:
            return
        try:
            shutil.copyfile(default_template(), path)
        except OSError as error:
            reason = error.strerror or error.__class__.__name__
            messages.show_error(self, SicError(self.tr("Die Vorlage konnte nicht gespeichert werden: {reason}").format(reason=reason)))
            return
        self.template.setText(str(path))

    def apply(self, settings: Settings) -> None:
        text = self.template.text().strip()
        settings.word_template = str(Path(text)) if text else None
