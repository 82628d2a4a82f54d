"""Datei → Sicherung: make one now, see the backups (date, reason, size), restore one.

A restore is checked first (ours? intact? not from a newer program?), then the
user confirms a text that says what happens: the data goes back to the backup's
state, the current file is kept aside as a backup, the window closes and opens
again. The swap itself is the Session's (``ctx.reopen_requested``): the
workspace must be closed while its file is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.backups import Backup, BackupReason, backup_before, backup_dir, list_backups
from sic_desktop.core.dates import format_datetime
from sic_desktop.core.i18n import counted, number
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.restore import check_backup_file, restore_backup
from sic_desktop.ui import messages
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.io.dialogs import open_dialog

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_label(reason: str) -> str:
    """The German words for a backup's reason (the end of its file name)."""
    labels: dict[str, str] = {
        BackupReason.START: QCoreApplication.translate("Backups", "automatisch beim ersten Start des Tages"),
        BackupReason.MANUAL: QCoreApplication.translate("Backups", "von Hand angelegt"),
        BackupReason.BEFORE_IMPORT: QCoreApplication.translate("Backups", "vor einem Import"),
        BackupReason.BEFORE_RESTORE: QCoreApplication.translate("Backups", "Stand vor einer Wiederherstellung"),
        BackupReason.BEFORE_MERGE: QCoreApplication.translate("Backups", "vor dem Zusammenführen von Duplikaten"),
    }
    if reason in labels:
        return labels[reason]
    if reason.startswith("vor-update-datenstand-"):
        return QCoreApplication.translate("Backups", "vor einem Programm-Update (Datenstand {version})").format(
            version=reason.rsplit("-", 1)[-1]
        )
    return reason


def size_text(size: int) -> str:
    """„1,4 MB“, „320 KB“."""
    if size >= 1024 * 1024:
        return f"{number(size / 1024 / 1024, 1)} MB"
    return f"{max(size // 1024, 1)} KB"


def backup_now(window: MainWindow) -> None:
    """Datei → Sicherung jetzt erstellen: a copy into the backup folder, named in the status bar."""
    ctx = window.ctx
    ctx.status_message.emit(QCoreApplication.translate("Backups", "Sicherung wird erstellt …"))

    def done(backup: Backup) -> None:
        ctx.status_message.emit(
            QCoreApplication.translate("Backups", "Sicherung angelegt: „{name}“ ({size}) in {folder}").format(
                name=backup.path.name, size=size_text(backup.size), folder=backup.path.parent
            )
        )

    ctx.ops.write(window, lambda ws: backup_before(ws, BackupReason.MANUAL)).success(done).run()


def restore_work(source: Path, made_at: str) -> Callable[[DataFolder], str]:
    """What the Session runs with the workspace closed; returns the new window's status message."""

    def restore(folder: DataFolder) -> str:
        result = restore_backup(folder, source)
        text = QCoreApplication.translate("Backups", "Sicherung vom {when} wiederhergestellt.").format(when=made_at)
        if result.kept_aside is not None:
            text += " " + QCoreApplication.translate("Backups", "Der vorherige Stand liegt als „{name}“ im Sicherungsordner.").format(
                name=result.kept_aside.path.name
            )
        return text

    return restore


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Sicherungen"))
        self.setWindowIcon(icon("backup"))
        self.resize(760, 480)
        self.directory = backup_dir(ctx.ws.folder, ctx.ws.settings)
        layout = QVBoxLayout(self)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Sicherungsordner: {path}").format(path=self.directory), self)
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(folder_label, 1)
        open_folder = QPushButton(self.tr("Ordner ö&ffnen"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.directory))))
        folder_row.addWidget(open_folder)
        layout.addLayout(folder_row)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupList")
        self.tree.setAccessibleName(self.tr("Sicherungen"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Anlass"), self.tr("Größe")])
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 380)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree, 1)
        retention = ctx.ws.settings.backup_retention
        self.note = QLabel(
            self.tr(
                "Sicherungen entstehen beim ersten Start des Tages, vor jedem Import und vor dem Zusammenführen von "
                "Duplikaten. Aufbewahrt werden die neueste Sicherung je Tag für {days}, je Woche für {weeks} und je "
                "Monat für {months} sowie alle Sicherungen der letzten 24 Stunden (einstellbar unter Datei → "
                "Einstellungen)."
            ).format(
                days=counted(retention.daily, self.tr("1 Tag"), self.tr("{count} Tage")),
                weeks=counted(retention.weekly, self.tr("1 Woche"), self.tr("{count} Wochen")),
                months=counted(retention.monthly, self.tr("1 Monat"), self.tr("{count} Monate")),
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.now_button = buttons.addButton(self.tr("Sicherung &jetzt erstellen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.now_button.setIcon(icon("backup"))
        self.now_button.clicked.connect(self.backup_now)
        self.file_button = buttons.addButton(self.tr("&Andere Sicherungsdatei …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setToolTip(self.tr("Eine Sicherung von einem anderen Ort wiederherstellen (USB-Stick, Netzlaufwerk)"))
        self.file_button.clicked.connect(self.restore_other_file)
        self.restore_button = buttons.addButton(self.tr("&Wiederherstellen …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setIcon(icon("restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- the list -------------------------------------------------------------------

    def refresh(self) -> None:
        directory = self.directory
        self.ctx.ops.read(self, lambda ws: list_backups(directory)).success(self._fill).run()

    def _fill(self, backups: list[Backup]) -> None:
        self.tree.clear()
        for backup in backups:
            try:
                size = size_text(backup.size)
            except OSError:  # deleted meanwhile by the rotation of another computer
                continue
            item = QTreeWidgetItem([format_datetime(backup.made_at), reason_label(backup.reason), size])
            item.setData(0, PATH_ROLE, backup)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(not_none(self.tree.topLevelItem(0)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.tree.currentItem() is not None)

    def backup_now(self) -> None:
        self.ctx.ops.write(self, lambda ws: backup_before(ws, BackupReason.MANUAL)).success(lambda _: self.refresh()).run()

    # -- restoring --------------------------------------------------------------------

    def restore_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            backup: Backup = item.data(0, PATH_ROLE)
            self.restore(backup.path, format_datetime(backup.made_at))

    def restore_other_file(self) -> None:
        path = file_dialogs.choose_open_file(self, self.tr("Sicherung wählen"), self.tr("SIC-Desktop-Sicherung (*.sqlite3);;Alle Dateien (*)"))
        if path is not None:
            when = datetime.fromtimestamp(path.stat().st_mtime) if path.exists() else datetime.now()
            self.restore(path, format_datetime(when))

    def restore(self, path: Path, made_at: str) -> None:
        """Check the file in the background, ask, then let the Session swap the database."""

        def checked(_version: int) -> None:
            text = self.tr(
                "Die Daten werden auf den Stand der Sicherung vom {when} zurückgesetzt. Was seitdem eingegeben "
                "wurde, fehlt danach.\n\nDer jetzige Stand geht nicht verloren: Er wird vorher als Sicherung "
                "„Stand vor einer Wiederherstellung“ im Sicherungsordner aufbewahrt.\n\nDas Programmfenster wird "
                "dazu geschlossen und mit den wiederhergestellten Daten neu geöffnet."
            ).format(when=made_at)
            if messages.confirm(self, text, self.tr("&Wiederherstellen")):
                self.accept()
                self.ctx.reopen_requested.emit(
                    self.tr("Die Sicherung wird wiederhergestellt …"), restore_work(path, made_at)
                )

        self.ctx.ops.read(self, lambda ws: check_backup_file(path)).success(checked).run()


def open_backup_dialog(window: MainWindow) -> BackupDialog:
    dialog = BackupDialog(window.ctx, window)
    open_dialog(dialog, window.ctx)
    return dialog
