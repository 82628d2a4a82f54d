"""A restore in the window: a backup from before an erasure does not bring the person back, and the user is told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sic_desktop.core.models import Person
from sic_desktop.privacy.erasure import erase
from sic_desktop.ui.io.backup_dialog import BackupDialog


def test_restoring_a_backup_from_before_an_erasure_erases_the_person_again_and_says_so(
    qtbot, session, window, answers, settle, shown, when_dialog
):
    ws = session.workspace
    person = ws.persons.create(Person(first_name="Ida", last_name="Kern", emails=["ida.kern@example.org"]))
    window.commands["backup_now"].trigger()
    settle()
    erase(ws, person.id, reason="Antrag der Person (Art. 17 DSGVO)")
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    when_dialog(QMessageBox, read_and_close)
    window.commands["restore_backup"].trigger()
    dialog = shown(window, BackupDialog)
    settle()
    answers.confirm.append(True)
    with qtbot.waitSignal(session.window_opened, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    settle()
    assert told == ["Die Daten sind älter als eine Löschung im Löschprotokoll. Sie wurde erneut angewendet: "
                    "1 Kontakt(e) gelöscht oder anonymisiert."]
    assert not session.workspace.persons.exists(person.id, include_trashed=True)
    assert [e.action for e in session.workspace.privacy_log.entries()] == ["erneut", "loeschung"]
