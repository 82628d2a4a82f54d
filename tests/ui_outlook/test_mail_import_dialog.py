"""„Datei → E-Mail übernehmen …“ and e-mail files dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from sic_desktop.core.models import Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.io.mail_import import MAIL_SUFFIXES
from sic_desktop.ui.outlook import mail_drop
from sic_desktop.ui.outlook.mail_import_dialog import MailImportDialog

FIXTURES = Path(__file__).parents[1] / "outlook" / "fixtures"


def _dialog(window) -> MailImportDialog:
    dialogs = [d for d in window.findChildren(MailImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_menu_shows_the_mail_and_makes_the_note_with_a_chosen_new_contact(qtbot, window, workspace, answers):
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", emails=["a.schaefer@marten-ev.de"], legal_basis="einwilligung"))
    answers.files.append(FIXTURES / "multipart-attachments.eml")
    window.commands["mail_import"].trigger()
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.subject.text() == "Protokoll und Fotos"
    assert "Anbei das Protokoll" in dialog.preview.toPlainText()
    assert set(dialog.new_contacts) == {"l.vogt@stadtdo.de", "neu.person@marten-ev.de"}
    dialog.new_contacts["l.vogt@stadtdo.de"].setChecked(True)

    dialog.import_button.click()

    qtbot.waitUntil(lambda: getattr(window.current_page(), "record_type", None) is RecordType.NOTE
                    and window.current_page().editor.ref is not None, timeout=10_000)
    note = workspace.notes.get(window.current_page().editor.ref.id)
    assert note.kind == "email" and note.title == "Protokoll und Fotos"
    assert sorted(workspace.persons.get(i).last_name for i in note.person_ids) == ["Schäfer", "Vogt"]


def test_a_broken_mail_is_explained_in_the_dialog(qtbot, window, answers):
    answers.files.append(FIXTURES / "broken.eml")
    window.commands["mail_import"].trigger()
    dialog = _dialog(window)
    qtbot.waitUntil(lambda: "keine E-Mail" in dialog.subject.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_dropped_eml_opens_the_dialog_and_an_outlook_drag_without_file_is_explained(qtbot, window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / "plain.eml"))])
    window.mail_drop.drop(data)
    dialog = _dialog(window)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.subject.text() == "Termin Quartiersrunde"
    dialog.reject()

    outlook = QMimeData()
    outlook.setData('application/x-qt-windows-mime;value="FileGroupDescriptorW"', b"\0" * 8)
    assert mail_drop.from_outlook_without_file(outlook)
    window.mail_drop.drop(outlook)
    assert "Outlook hat keine Datei übergeben." in window.statusBar().currentMessage()


def test_the_window_knows_the_same_mail_suffixes_as_the_import():
    assert mail_drop.MAIL_SUFFIXES == MAIL_SUFFIXES
