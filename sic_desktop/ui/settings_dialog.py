"""Einstellungen: where the data folder is, the language; later features add their sections.

A section is a widget with ``apply(settings)``; ``SETTINGS_SECTIONS`` lists the
factories (the backup feature adds its own there). Each gets the window's AppContext:
what a section reads from or writes to the database goes through ``ctx.ops``, never
the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import LANGUAGES
from sic_desktop.core.settings import Settings
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io.backup_settings import BackupSection
from sic_desktop.ui.outlook.word_settings import WordSection
from sic_desktop.ui.privacy.settings_section import PrivacySection
from sic_desktop.ui.scrolling import scrolling
from sic_desktop.ui.search_settings import SearchSection
from sic_desktop.ui.team_server_connect import TeamServerSection

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}  # each in its own language


@runtime_checkable
class SettingsSection(Protocol):
    def apply(self, settings: Settings) -> None: ...


class GeneralSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ws = ctx.ws
        self.setTitle(self.tr("Allgemein"))
        layout = QFormLayout(self)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(ws.folder.root), self)
        self.folder.setObjectName("dataFolder")
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(360)
        folder_row.addWidget(self.folder, 1)
        open_button = QPushButton(self.tr("Ö&ffnen"), self)
        open_button.setToolTip(self.tr("Den Datenordner im Dateimanager zeigen"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ws.folder.root))))
        folder_row.addWidget(open_button)
        folder_label = QLabel(self.tr("&Datenordner:"), self)
        folder_label.setBuddy(self.folder)
        layout.addRow(folder_label, folder_row)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for key in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[key], key)
        self.language.setCurrentIndex(max(self.language.findData(ws.settings.language), 0))
        language_label = QLabel(self.tr("&Sprache:"), self)
        language_label.setBuddy(self.language)
        layout.addRow(language_label, self.language)
        self.hint = QLabel(self.tr("Die Sprache wird beim nächsten Start des Programms übernommen."), self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addRow("", self.hint)

    def apply(self, settings: Settings) -> None:
        settings.language = self.language.currentData()


SETTINGS_SECTIONS: list[Callable[[AppContext], QWidget]] = [
    GeneralSection, TeamServerSection, BackupSection, PrivacySection, WordSection, SearchSection,
]


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setWindowIcon(icon("settings"))
        self._ws = ctx.ws
        layout = QVBoxLayout(self)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.sections = [factory(ctx) for factory in SETTINGS_SECTIONS]
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        # In a scroll area the wrapped hints get the lines they need (a dialog sizes itself for one line),
        # and a small screen scrolls the sections instead of cutting off the buttons.
        layout.addWidget(scrolling(content, self), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit(content)

    def _fit(self, content: QWidget) -> None:
        """As large as the sections want, within the screen's free area."""
        wanted = content.sizeHint()
        width = wanted.width() + 40
        height = content.heightForWidth(wanted.width()) if content.hasHeightForWidth() else wanted.height()
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() - 40), min(height + 80, screen.height() - 60))

    def accept(self) -> None:
        for section in self.sections:
            assert isinstance(section, SettingsSection)  # every section has apply()
            section.apply(self._ws.settings)
        self._ws.save_settings()
        super().accept()
