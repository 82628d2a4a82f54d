"""„Briefing als PDF …“ on the lists: options, the PDF itself, cancel, the note where it is."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.reports.briefings import sections_for
from sic_desktop.ui.briefing import run_briefing
from sic_desktop.ui.briefing.options_dialog import BriefingDialog
from sic_desktop.ui.briefing.period import QuickPeriod
from sic_desktop.ui.progress_dialog import ProgressDialog
from sic_desktop.ui.saved_notice import SavedFileNotice

from .conftest import list_page, open_dialog, pdf_text

ORGANISATION_HEADINGS = [heading for _, heading in sections_for(RecordType.ORGANISATION)]


def type_target(qtbot, dialog: BriefingDialog, path: Path) -> None:
    dialog.target.edit.clear()
    qtbot.keyClicks(dialog.target.edit, str(path))


def create(qtbot, dialog: BriefingDialog, opened: list[Path]) -> Path:
    """Press „PDF erstellen“ and wait until the finished PDF was handed to the viewer."""
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    return opened[-1]


def test_the_action_makes_a_pdf_of_the_selected_organisation_and_opens_it(qtbot, window, data, documents, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    assert dialog.create_button.text() == "&PDF erstellen" and dialog.create_button.isDefault()
    assert "Stadtteilverein Husen-Kurl e.V." in dialog.findChild(QLabel, "subject").text()
    proposed = Path(dialog.target.edit.text())
    assert proposed.parent == documents and proposed.name.startswith("Briefing – Stadtteilverein Husen-Kurl e.V. – ")

    pdf = create(qtbot, dialog, opened)

    assert pdf == proposed and pdf.exists()
    text = pdf_text(pdf)
    assert "Stadtteilverein Husen-Kurl e.V." in text
    assert all(heading in text for heading in ORGANISATION_HEADINGS)
    assert "j.weissmann@husen-kurl.de" in text, "contact data are in by default"
    notice = window.statusBar().findChild(SavedFileNotice)
    assert str(pdf) in notice.label.text()
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == documents, "„Ordner öffnen“ opens the folder of the PDF"


def test_two_selected_organisations_make_one_pdf_with_both(qtbot, window, data, documents, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.table.setFocus()
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = open_dialog(page)
    assert dialog.findChild(QLabel, "subject").text().startswith("2 Organisationen in einer PDF")

    pdf = create(qtbot, dialog, opened)

    text = pdf_text(pdf)
    assert "Stadtteilverein Husen-Kurl e.V." in text and "Bäckerei Größ & Töchter KG" in text
    assert pdf.name.startswith("Briefing – 2 Organisationen – ")


def test_without_contact_data_the_pdf_has_no_email_and_no_phone(qtbot, window, data, tmp_path, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    dialog.without_contact_data.setFocus()
    qtbot.keyClick(dialog.without_contact_data, Qt.Key.Key_Space)
    dialog.full_texts.setChecked(True)
    type_target(qtbot, dialog, tmp_path / "weitergabe")

    pdf = create(qtbot, dialog, opened)

    assert pdf == tmp_path / "weitergabe.pdf", "„.pdf“ is added to a typed name"
    text = pdf_text(pdf)
    assert "Weißmann" in text and "Schriftführer" in text
    assert "@" not in text
    assert "0231" not in text and "777" not in text


def test_the_save_dialog_chooses_the_file_and_its_folder_is_remembered(qtbot, window, data, tmp_path, opened, monkeypatch):
    elsewhere = tmp_path / "Ablage"
    elsewhere.mkdir()
    asked: list[str] = []

    def save_dialog(parent, title, start, filters):
        asked.append(start)
        return str(elsewhere / "Besuch Husen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    qtbot.mouseClick(dialog.target.choose_button, Qt.MouseButton.LeftButton)
    assert create(qtbot, dialog, opened) == elsewhere / "Besuch Husen.pdf"
    assert asked[0].endswith(".pdf")

    page.actions["briefing"].trigger()
    again = open_dialog(page)
    assert Path(again.target.edit.text()).parent == elsewhere
    again.reject()


def test_cancel_while_the_pdf_is_made_leaves_no_file(qtbot, window, data, documents, opened, monkeypatch):
    real = run_briefing.build_briefing
    laying_out, go_on = threading.Event(), threading.Event()

    def held_at_layout(*args):
        """The real work, held (on the worker) at its first layout step until the test pressed „Abbrechen“."""
        work = real(*args)
        try:
            step = next(work)
            while step.message != "PDF wird gesetzt …":
                yield step
                step = next(work)
            laying_out.set()
            assert go_on.wait(20)
            yield step
            return (yield from work)
        finally:
            work.close()

    monkeypatch.setattr(run_briefing, "build_briefing", held_at_layout)
    messages: list[str] = []
    window.ctx.status_message.connect(messages.append)
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    target = Path(dialog.target.edit.text())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(laying_out.is_set, timeout=20_000)

    progress = page.findChild(ProgressDialog)
    progress.reject()  # Escape or „Abbrechen“
    go_on.set()
    qtbot.waitUntil(lambda: "Abgebrochen. Es wurde keine PDF gespeichert." in messages, timeout=20_000)

    assert not target.exists()
    assert list(documents.iterdir()) == []
    assert opened == []


def test_a_wrong_date_is_explained_at_the_field_and_nothing_is_made(qtbot, window, data, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    dialog.period.date_from.edit.clear()
    qtbot.keyClicks(dialog.period.date_from.edit, "31.02.2026")

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "31.02.2026" in dialog.period_message.text.text() and dialog.period_message.isVisible()
    qtbot.waitUntil(lambda: window.ctx.ops.idle, timeout=20_000)  # reads of the opened record may still run
    assert opened == [], "no briefing was made and opened"
    qtbot.mouseClick(dialog.period.quick_buttons[QuickPeriod.LAST_YEAR], Qt.MouseButton.LeftButton)
    assert dialog.period.period()[0] == date(date.today().year - 1, 1, 1)
    assert not dialog.period_message.isVisible()  # fixed: the message does not linger
    dialog.reject()


def test_all_clears_the_date_error(qtbot, window, data, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    dialog.period.date_to.edit.clear()
    qtbot.keyClicks(dialog.period.date_to.edit, "32.13.2026")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.period_message.isVisible()
    qtbot.mouseClick(dialog.period.quick_buttons[QuickPeriod.ALL], Qt.MouseButton.LeftButton)
    assert dialog.period.is_empty() and not dialog.period_message.isVisible()
    dialog.reject()


def test_a_typed_name_of_an_existing_file_is_asked_about(qtbot, window, data, tmp_path, opened, monkeypatch):
    existing = tmp_path / "alt.pdf"
    existing.write_bytes(b"%PDF-1.4 alt")
    questions: list[str] = []
    monkeypatch.setattr("sic_desktop.ui.messages.confirm", lambda parent, text, action: questions.append(text) or False)
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    type_target(qtbot, dialog, existing)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert questions == ["Die Datei „alt.pdf“ gibt es schon. Soll sie ersetzt werden?"]
    assert dialog.isVisible() and existing.read_bytes() == b"%PDF-1.4 alt"
    dialog.reject()


def test_the_last_choices_come_back_next_time(qtbot, window, data, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    qtbot.mouseClick(dialog.period.quick_buttons[QuickPeriod.THIS_YEAR], Qt.MouseButton.LeftButton)
    dialog.sections[next(iter(dialog.sections))].setChecked(False)
    dialog.recent_notes.setValue(12)
    dialog.without_contact_data.setChecked(True)
    dialog.classification.setText("Nur für diesen Termin")
    create(qtbot, dialog, opened)

    page.actions["briefing"].trigger()
    again = open_dialog(page)
    this_year = date.today().year
    assert again.period.period() == (date(this_year, 1, 1), date(this_year, 12, 31))
    assert [box.isChecked() for box in again.sections.values()] == [False] + [True] * (len(again.sections) - 1)
    assert again.recent_notes.value() == 12 and again.without_contact_data.isChecked()
    assert again.classification.text() == "Nur für den Dienstgebrauch", "the classification comes from the settings"
    again.reject()


def test_characters_the_font_lacks_are_noted_without_blocking(qtbot, window, workspace, opened):
    cafe = workspace.organisations.create(Organisation(name="Repair Café 🛠 Hörde", sector="zivilgesellschaft"))
    page = list_page(qtbot, window, "organisation", rows=3)
    page.show_record(cafe.ref)
    page.actions["briefing"].trigger()
    create(qtbot, open_dialog(page), opened)

    notes = [box for box in window.findChildren(QMessageBox, "glyphNote") if box.isVisible()]
    assert len(notes) == 1
    assert not notes[0].isModal()
    assert "🛠" in notes[0].informativeText() or "U+1F6E0" in notes[0].informativeText()
    notes[0].close()


@pytest.mark.parametrize("key, rows", [("person", 1), ("cooperation", 1)])
def test_persons_and_cooperations_have_the_action_too(qtbot, window, data, opened, key, rows):
    page = list_page(qtbot, window, key, rows=rows)
    page.table.selectRow(0)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    assert [box.text() for box in dialog.sections.values()] == [h for _, h in sections_for(RecordType(key))]
    assert dialog.recent_notes.isVisibleTo(dialog) is (key == "person")
    pdf = create(qtbot, dialog, opened)
    assert ("Jörg Weißmann" if key == "person" else "Familientreff Husen") in pdf_text(pdf)
