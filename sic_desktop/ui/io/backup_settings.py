"""Einstellungen → Sicherung: where backups go (e.g. a network drive) and how many are kept.

A chosen folder is checked at once (can it be reached and written?) so that a
typo or a read-only share is noticed now and not at tomorrow's start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sic_desktop.core.backups import BackupFolderError, check_backup_folder
from sic_desktop.core.settings import Settings
from sic_desktop.core.team_access import on_server
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.count_suffix import count_suffix
from sic_desktop.ui.io import file_dialogs

_OK_STYLE, _ERROR_STYLE = "color: #1e7b34;", "color: #b3261e;"


class BackupSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ws = ctx.ws
        self.setObjectName("backupSettings")
        self.setTitle(self.tr("Sicherung"))
        self._default = ws.folder.backups_dir
        layout = QFormLayout(self)
        if on_server(ws):  # the settings stay for the local folder; the server is IT's to back up
            server = QLabel(self.tr(
                "Die Daten liegen auf dem Teamserver; ihn sichert die IT mit pg_dump. Sicherungsordner und "
                "Aufbewahrung gelten nur, wenn SIC Desktop mit einem lokalen Datenordner arbeitet."), self)
            server.setObjectName("backupOnServer")
            server.setWordWrap(True)
            layout.addRow(server)
        row = QHBoxLayout()
        self.folder = QLineEdit(ws.settings.backup_dir or "", self)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("Standard: {path}").format(path=self._default))
        self.folder.setMinimumWidth(360)
        self.folder.editingFinished.connect(self.check)
        row.addWidget(self.folder, 1)
        choose = QPushButton(self.tr("&Auswählen …"), self)
        choose.clicked.connect(self.choose)
        row.addWidget(choose)
        default = QPushButton(self.tr("S&tandard"), self)
        default.setToolTip(self.tr("Den Unterordner „backups“ im Datenordner verwenden"))
        default.clicked.connect(self.use_default)
        row.addWidget(default)
        label = QLabel(self.tr("Sicherungs&ordner:"), self)
        label.setBuddy(self.folder)
        layout.addRow(label, row)
        self.status = QLabel(self)
        self.status.setObjectName("backupFolderStatus")
        self.status.setWordWrap(True)
        layout.addRow("", self.status)
        retention = ws.settings.backup_retention
        keep = QHBoxLayout()
        self.daily = self._count(retention.daily, (self.tr(" Tag"), self.tr(" Tage")), "keepDays", keep)
        self.weekly = self._count(retention.weekly, (self.tr(" Woche"), self.tr(" Wochen")), "keepWeeks", keep)
        self.monthly = self._count(retention.monthly, (self.tr(" Monat"), self.tr(" Monate")), "keepMonths", keep)
        keep.addStretch(1)
        keep_label = QLabel(self.tr("Aufbe&wahren je:"), self)
        keep_label.setBuddy(self.daily)
        layout.addRow(keep_label, keep)
        hint = QLabel(
            self.tr("Von jedem Tag, jeder Woche und jedem Monat bleibt die neueste Sicherung; alle Sicherungen der "
                    "letzten 24 Stunden bleiben immer."),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addRow("", hint)

    def _count(self, value: int, unit: tuple[str, str], name: str, row: QHBoxLayout) -> QSpinBox:
        """``unit``: after 1 and after any other number."""
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(1, 100)
        box.setValue(min(max(value, 1), 100))
        count_suffix(box, *unit)
        box.setAccessibleName(self.tr("Aufbewahren je") + unit[0])
        row.addWidget(box)
        return box

    def chosen_folder(self) -> Path:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else self._default

    def choose(self) -> None:
        path = file_dialogs.choose_folder(self, self.tr("Sicherungsordner wählen"), self.chosen_folder())
        if path is not None:
            self.folder.setText(str(path))
            self.check()

    def use_default(self) -> None:
        self.folder.clear()
        self.check()

    def check(self) -> bool:
        """Show whether the chosen folder can take backups; True if it can."""
        try:
            check_backup_folder(self.chosen_folder())
        except BackupFolderError as error:
            self.status.setStyleSheet(_ERROR_STYLE)
            self.status.setText(str(error))
            return False
        self.status.setStyleSheet(_OK_STYLE)
        self.status.setText(self.tr("✓ Der Ordner ist erreichbar, Sicherungen können dort gespeichert werden."))
        return True

    def apply(self, settings: Settings) -> None:
        settings.backup_dir = self.folder.text().strip() or None
        settings.backup_retention.daily = self.daily.value()
        settings.backup_retention.weekly = self.weekly.value()
        settings.backup_retention.monthly = self.monthly.value()
