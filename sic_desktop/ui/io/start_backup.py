"""The day's first backup at start, and the warning bar when the backup folder cannot be reached.

A missing network drive must not keep anyone from working: the warning sits above
the lists until it is closed, with a way to the settings and a second try, instead
of a message box that has to be answered first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar

from sic_desktop.core.backups import Backup, backup_at_start
from sic_desktop.core.database_check import find_damage
from sic_desktop.core.errors import SicError
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.icons import icon
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.saved_notice import close_button

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow


def start_backup(window: MainWindow) -> None:
    """Run ``backup_at_start`` on the writer thread; a failure shows the warning bar.

    A start without a backup checks the file instead (a backup is checked anyway):
    damage is then found now, and the newest backup offered, not at the next failing save.
    """
    ctx = window.ctx
    if on_server(ctx.ws):
        return  # the team server is backed up by IT (pg_dump), not into this PC's data folder

    def done(backup: Backup | None) -> None:
        if backup is not None:
            ctx.status_message.emit(QCoreApplication.translate("StartBackup", "Die tägliche Sicherung wurde angelegt."))

    def failed(error: Exception) -> None:
        if isinstance(error, SicError):
            BackupWarningBar.show_in(window, str(error))
        else:
            show_error(window, error)

    ctx.ops.write(window, _backup_or_check).success(done).failure(failed).run()


def _backup_or_check(workspace: Workspace) -> Backup | None:
    backup = backup_at_start(workspace)
    if backup is None:
        find_damage(workspace)
    return backup


class BackupWarningBar(QToolBar):
    """A yellow bar below the toolbar: the German problem, „Einstellungen …“, „Erneut versuchen“, close."""

    def __init__(self, window: MainWindow, message: str) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("backupWarning")
        self.setWindowTitle(self.tr("Hinweis zur Sicherung"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setStyleSheet("QToolBar#backupWarning { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                           "QToolBar#backupWarning QLabel { color: #3b2f00; }")
        warning = QLabel(self)
        warning.setPixmap(icon("warning").pixmap(20, 20))
        self.addWidget(warning)
        self.text = QLabel(message, self)
        self.text.setObjectName("backupWarningText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.text)
        settings = QPushButton(self.tr("&Einstellungen …"), self)
        settings.clicked.connect(window.show_settings)
        self.addWidget(settings)
        retry = QPushButton(self.tr("Erneut &versuchen"), self)
        retry.clicked.connect(self._retry)
        self.addWidget(retry)
        self.addWidget(close_button(self, self.close_bar))

    @classmethod
    def show_in(cls, window: MainWindow, message: str) -> BackupWarningBar:
        """Show ``message`` in the window's bar, replacing an earlier one."""
        bar = window.findChild(BackupWarningBar)
        if bar is not None:
            bar.text.setText(message)
            return bar
        bar = cls(window, message)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        window.insertToolBarBreak(bar)  # a row of its own, below the main toolbar
        bar.show()  # added to a window that is already shown
        return bar

    def _retry(self) -> None:
        self.close_bar()
        start_backup(self._window)

    def close_bar(self) -> None:
        self._window.removeToolBarBreak(self)
        self._window.removeToolBar(self)
        self.deleteLater()
