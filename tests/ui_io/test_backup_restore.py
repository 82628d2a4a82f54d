"""Backups from the window, and a restore that closes and reopens the workspace in a new window."""

from __future__ import annotations

import sqlite3

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from sic_desktop.core.backups import list_backups
from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.settings import Settings
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import messages
from sic_desktop.ui.io.backup_dialog import BackupDialog
from sic_desktop.ui.io.backup_settings import BackupSection
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.messages import LeaveChoice
from sic_desktop.ui.settings_dialog import SettingsDialog


def _names(ws: Workspace) -> list[str]:
    return sorted(o.name for o in ws.organisations.list())


def test_backup_now_then_restore_it_and_the_window_comes_back_with_the_restored_data(
    qtbot, session, window, answers, settle, shown
):
    old_ws = session.workspace
    old_ws.organisations.create(Organisation(name="Stiftung Nord"))
    window.commands["backup_now"].trigger()
    settle()
    assert "Sicherung angelegt" in window.statusBar().currentMessage()
    old_ws.organisations.create(Organisation(name="Später angelegt e.V."))
    orgs = window.go_to("organisation")
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 2)

    window.commands["restore_backup"].trigger()
    dialog = shown(window, BackupDialog)
    settle()
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item.text(1) == "von Hand angelegt" and item.text(2).endswith("KB")
    answers.confirm.append(True)
    with qtbot.waitSignal(session.window_opened, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    question = answers.asked[-1]
    assert question.startswith("Die Daten werden auf den Stand der Sicherung vom ")
    assert "Stand vor einer Wiederherstellung" in question and "neu geöffnet" in question

    # A new window on a new workspace; the old window, context and workspace are gone.
    new = session.window
    assert new is not window and not shiboken6.isValid(window)
    assert session.workspace is not old_ws and new.ctx.ws is session.workspace
    assert _names(session.workspace) == ["Stiftung Nord"]
    assert "wiederhergestellt" in new.statusBar().toolTip()  # the full message; the bar shortens it to its width
    orgs = new.go_to("organisation")
    assert isinstance(orgs, ListPage)
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 1)

    # What was replaced is kept aside, with the organisation added after the backup.
    aside = [b for b in list_backups(session.folder.backups_dir) if b.reason == "vor-wiederherstellung"]
    assert len(aside) == 1
    copy = sqlite3.connect(f"file:{aside[0].path}?mode=ro", uri=True)
    try:
        assert sorted(row[0] for row in copy.execute("SELECT name FROM organisation")) == [
            "Später angelegt e.V.", "Stiftung Nord"]
    finally:
        copy.close()


def test_a_foreign_file_is_refused_before_anything_is_closed(qtbot, session, window, answers, settle, shown, tmp_path):
    session.workspace.organisations.create(Organisation(name="Stiftung Nord"))
    foreign = tmp_path / "fremd.sqlite3"
    foreign.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    window.commands["restore_backup"].trigger()
    dialog = shown(window, BackupDialog)
    settle()
    answers.files.append(foreign)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    settle()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "keine Sicherung von SIC Desktop" in box.text() or "beschädigt" in box.text()
    box.close()
    assert answers.confirm == [] and len(answers.asked) == 1  # never asked to confirm
    assert session.window is window and _names(session.workspace) == ["Stiftung Nord"]


def test_backup_folder_and_retention_in_the_settings(qtbot, session, window, answers, tmp_path):
    dialog = SettingsDialog(window.ctx, window)
    section = dialog.findChild(BackupSection)
    assert section.folder.text() == "" and str(session.folder.backups_dir) in section.folder.placeholderText()

    # A folder whose drive is missing is named at once, in German.
    answers.files.append(tmp_path / "Z-nicht-verbunden" / "Sicherungen")
    qtbot.mouseClick(next(b for b in section.findChildren(QPushButton) if "Auswählen" in b.text()), Qt.MouseButton.LeftButton)
    assert "ist nicht erreichbar" in section.status.text()

    answers.files.append(tmp_path / "Netzlaufwerk")
    (tmp_path / "Netzlaufwerk").mkdir()
    qtbot.mouseClick(next(b for b in section.findChildren(QPushButton) if "Auswählen" in b.text()), Qt.MouseButton.LeftButton)
    assert "erreichbar" in section.status.text() and "nicht" not in section.status.text()
    section.daily.setValue(10)
    section.monthly.setValue(24)
    dialog.accept()
    saved = Settings.load(session.folder.settings_file)
    assert saved.backup_dir == str(tmp_path / "Netzlaufwerk")
    assert (saved.backup_retention.daily, saved.backup_retention.weekly, saved.backup_retention.monthly) == (10, 4, 24)

    # „Sicherung jetzt erstellen“ now writes there.
    window.commands["backup_now"].trigger()
    qtbot.waitUntil(lambda: session.ctx.ops.idle)
    assert [b.reason for b in list_backups(tmp_path / "Netzlaufwerk")] == ["manuell"]


def test_a_restore_first_asks_about_unsaved_changes(qtbot, session, window, answers, settle, shown, monkeypatch):
    ws = session.workspace
    ws.organisations.create(Organisation(name="Stiftung Nord"))
    window.commands["backup_now"].trigger()
    settle()
    page = window.new_record(RecordType.ORGANISATION)
    qtbot.keyClicks(page.editor.form.widget("name"), "Noch nicht gespeichert")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, title: asked.append(title) or LeaveChoice.STAY)

    window.commands["restore_backup"].trigger()
    dialog = shown(window, BackupDialog)
    settle()
    answers.confirm.append(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == ["Noch nicht gespeichert"])
    # The user stays to save first: nothing closes, nothing is replaced.
    assert session.window is window and window.isVisible() and session.workspace is ws
    assert page.editor.is_dirty()
    assert not [b for b in list_backups(session.folder.backups_dir) if b.reason == "vor-wiederherstellung"]
