"""At start: the database file is damaged or not ours. Say so, and offer the newest backup.

The file itself is never changed; restoring renames it aside (it may still hold
work someone can rescue) and puts a copy of the backup in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sic_desktop import APP_NAME
from sic_desktop.core.dates import format_datetime
from sic_desktop.core.errors import CorruptDatabaseError, NotOurFileError, ServerUnreachableError, SicError
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.recovery import newest_backup, restore_instead_of
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import messages

if TYPE_CHECKING:
    from sic_desktop.core.backups import Backup

ReopenWork = Callable[[DataFolder], str]


class RecoveryDialog(QMessageBox):
    """``later``: damage found while the window is open; declining keeps it open (reading only)."""

    def __init__(
        self, problem: str, backup: Backup | None, parent: QWidget | None = None, *, later: bool = False
    ) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, problem, QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("recoveryDialog")
        if backup is None:
            self.setInformativeText(
                self.tr(
                    "Im Sicherungsordner liegt keine brauchbare Sicherung. Bitte die IT bitten, die Datei aus "
                    "einer Datensicherung zurückzuholen. Die Datei bleibt unverändert."
                )
            )
            self.restore_button = None
        else:
            when = format_datetime(backup.made_at)
            self.setInformativeText(
                self.tr(
                    "Die neueste Sicherung ist „{name}“ vom {when}. Soll sie wiederhergestellt werden? Was danach "
                    "eingegeben wurde, fehlt dann. Die jetzige Datei wird nicht überschrieben, sondern mit dem "
                    "Zusatz „beschaedigt“ im Datenordner aufbewahrt."
                ).format(name=backup.path.name, when=when)
            )
            self.restore_button = self.addButton(
                self.tr("Sicherung &wiederherstellen"), QMessageBox.ButtonRole.AcceptRole
            )
        self.quit_button = self.addButton(
            self.tr("&Später") if later else self.tr("&Beenden"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.quit_button)

    def wants_restore(self) -> bool:
        self.exec()
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def open_or_recover(folder: DataFolder, parent: QWidget | None = None) -> Workspace | None:
    """The opened workspace, or None when the user quits; a damaged or foreign file offers a backup."""
    for _attempt in range(2):  # a restored backup is checked before; a second failure ends it
        try:
            return Workspace.open(folder)
        except (CorruptDatabaseError, NotOurFileError) as error:
            if not restored_at_start(folder, error, parent):
                return None
        except ServerUnreachableError as error:  # as often as the user asks
            return open_or_recover(folder, parent) if messages.offer_retry(parent, str(error)) else None
        except SicError as error:
            QMessageBox.critical(parent, APP_NAME, str(error))
            return None
    return None


def restored_at_start(folder: DataFolder, error: SicError, parent: QWidget | None = None) -> bool:
    """The file cannot be used (the workspace is closed): offer the newest backup; True once it is in place."""
    backup = newest_backup(folder, Settings.load(folder.settings_file))
    if not RecoveryDialog(str(error), backup, parent).wants_restore():
        return False
    assert backup is not None
    try:
        restore_instead_of(folder, backup.path)
    except SicError as problem:
        QMessageBox.critical(parent, APP_NAME, str(problem))
        return False
    return True


def restore_offered(parent: QWidget | None, folder: DataFolder, error: CorruptDatabaseError) -> ReopenWork | None:
    """Damage found after start: offer the newest backup; returns the restore to run on the closed folder."""
    backup = newest_backup(folder, Settings.load(folder.settings_file))
    if not RecoveryDialog(str(error), backup, parent, later=True).wants_restore():
        return None
    assert backup is not None

    def restore(closed: DataFolder) -> str:
        aside = restore_instead_of(closed, backup.path)
        return QCoreApplication.translate(
            "RecoveryDialog", "Die Sicherung vom {when} wurde wiederhergestellt; die beschädigte Datei liegt als „{name}“ im Datenordner."
        ).format(when=format_datetime(backup.made_at), name=aside.name)

    return restore
