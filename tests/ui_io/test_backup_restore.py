"""Backups from the window, and a restore that closes and reopens the workspace in a new window."""

from __future__ import annotations

import sqlite3

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sic_desktop.core.backups import list_backups
from sic_desktop.core.models import Organisation
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.io.backup_dialog import BackupDialog
from sic_desktop.ui.lists.list_page import ListPage


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
    assert item.text(1) == "von Hand" and item.text(2).endswith("KB")
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
    assert "wiederhergestellt" in new.statusBar().currentMessage()
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
