"""Start-up: one program per data folder, and the day's backup that must never block the work."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from sic_desktop.core.backups import list_backups
from sic_desktop.core.instance_lock import InstanceLockedError, acquire_instance_lock
from sic_desktop.core.models import Organisation
from sic_desktop.ui.io.start_backup import BackupWarningBar
from sic_desktop.ui.session import open_session


def test_a_second_start_on_the_same_folder_is_refused_with_a_german_message(qtbot, folder):
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.close()

    with acquire_instance_lock(folder):  # the first program
        QTimer.singleShot(0, read_and_close)
        assert open_session(folder) is None
    assert len(shown) == 1
    assert shown[0].startswith("SIC Desktop ist mit diesem Datenordner bereits geöffnet (seit ")
    assert "Bitte das andere Programmfenster verwenden" in shown[0]
    assert not folder.database.exists()  # refused before the database was touched


def test_the_window_holds_the_folder_until_the_program_ends(qtbot, session, window):
    with pytest.raises(InstanceLockedError):
        acquire_instance_lock(session.folder)
    session.lock.release()
    acquire_instance_lock(session.folder).release()


def test_the_program_ends_with_no_worker_running_and_its_window_deleted(qtbot, session, window):
    """The end leaves nothing to the interpreter's clean-up that could still deliver a result: a
    worker's answer meeting the QApplication while it is destroyed crashed the process."""
    ctx = session.ctx
    lanes = [ctx.ops.writer, ctx.ops.reader, ctx.ops.long_reader]
    ctx.ops.read(None, lambda ws: ws.organisations.count()).run()  # still on its way as the window closes
    session.close()
    assert not any(lane.running for lane in lanes)
    assert not shiboken6.isValid(window) and not shiboken6.isValid(ctx)
    acquire_instance_lock(session.folder).release()  # the folder is free


def test_the_first_start_of_the_day_makes_a_backup_in_the_background(qtbot, session, settle):
    session.workspace.organisations.create(Organisation(name="Stiftung Nord"))
    session.start()
    settle()
    assert [b.reason for b in list_backups(session.folder.backups_dir)] == ["start"]
    assert session.window.statusBar().currentMessage() == "Die tägliche Sicherung wurde angelegt."


def test_an_unreachable_backup_folder_is_a_warning_bar_not_a_modal_error(qtbot, session, settle, tmp_path):
    ws = session.workspace
    ws.organisations.create(Organisation(name="Stiftung Nord"))
    ws.settings.backup_dir = str(tmp_path / "Z-nicht-verbunden" / "Sicherungen")
    window = session.start()
    settle()
    bar = window.findChild(BackupWarningBar)
    assert bar is not None and bar.isVisible()
    assert "Der Sicherungsordner" in bar.text.text() and "ist nicht erreichbar" in bar.text.text()
    assert QApplication.activeModalWidget() is None  # work goes on; no box to answer
    assert window.isEnabled()

    # The drive is connected again: „Erneut versuchen“ makes the backup and the bar goes away.
    (tmp_path / "Z-nicht-verbunden").mkdir()
    retry = next(b for b in bar.findChildren(QPushButton) if "versuchen" in b.text())
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    settle()
    assert [b.reason for b in list_backups(tmp_path / "Z-nicht-verbunden" / "Sicherungen")] == ["start"]
    qtbot.waitUntil(lambda: not [b for b in window.findChildren(BackupWarningBar) if b.isVisible()])
