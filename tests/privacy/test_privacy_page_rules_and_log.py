"""The Datenschutz page's rules and log tabs, the erasure reason, and the Art. 14 fields in the contact editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sic_desktop.core.models import Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors import person_editor
from sic_desktop.ui.privacy.erase_dialog import EraseDialog
from sic_desktop.ui.privacy.review_page import ReviewPage


def _page(qtbot, window) -> ReviewPage:
    page = window.go_to("privacy")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.rules.table.rowCount() == 4)
    return page


def test_a_shorter_rule_saved_on_the_rules_tab_puts_a_contact_on_the_list(qtbot, window, ctx, settle):
    ctx.ws.persons.create(Person(first_name="Emil", last_name="Lange", legal_basis="oeffentliche_aufgabe",
                                 last_contact=date.today().replace(year=date.today().year - 2)))
    page = _page(qtbot, window)
    settle()
    assert page.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.rules)
    row = next(r for r in range(4) if page.rules.table.item(r, 0).text() == "Kontaktdaten für eine öffentliche Aufgabe")
    page.rules.table.cellWidget(row, 1).setValue(12)
    page.rules.table.cellWidget(row, 3).setText("Ein Jahr ohne Kontakt genügt.")
    qtbot.mouseClick(page.rules.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 3).data() == "1 Jahr nach dem letzten Kontakt"
    rule = ctx.ws.deletion_rules.by_kind()["kontakt_oeffentliche_aufgabe"]
    assert (rule.period_months, rule.reason, rule.updated_by) == (12, "Ein Jahr ohne Kontakt genügt.", ctx.ws.user)


def test_the_log_tab_shows_the_erasure_with_its_reason_and_no_name(qtbot, window, ctx, subject, when_dialog, settle):
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.select_person(subject.person.id)

    def confirm(dialog: EraseDialog) -> None:
        dialog.reason_box.setCurrentText("Einwilligung widerrufen")
        dialog.confirm_button.click()

    when_dialog(EraseDialog, confirm)
    qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.ws.persons.exists(subject.person.id, include_trashed=True))
    settle()
    page.tabs.setCurrentWidget(page.log)
    qtbot.waitUntil(lambda: page.log.table.rowCount() == 1)
    cells = [page.log.table.item(0, column).text() for column in range(5)]
    assert cells[1:] == [ctx.ws.user, "endgültig gelöscht", f"Kontakt Nr. {subject.person.id}", "Einwilligung widerrufen"]
    assert "Quästenberg" not in " ".join(cells)


def test_the_art_30_record_is_saved_from_the_log_tab(qtbot, window, ctx, answers, settle, tmp_path):
    page = _page(qtbot, window)
    target = tmp_path / "verzeichnis.pdf"
    answers.files.append(target)
    qtbot.mouseClick(page.log.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    settle()
    assert target.read_bytes().startswith(b"%PDF")


def test_the_contact_editor_keeps_source_and_the_day_of_informing(qtbot, window, ctx, settle):
    persons = window.new_record(RecordType.PERSON)
    form = persons.editor.form
    form.widget("last_name").setText("Kern")
    form.widget("source").set_value("dritte")
    form.widget("source_note").setText("Liste des Quartiersbüros Eving")
    form.widget("informed_on").edit.setText("01.12.2026")
    with qtbot.waitSignal(persons.editor.saved):
        persons.editor.save()
    settle()
    [person] = ctx.ws.persons.list()
    assert (person.source, person.source_note, person.informed_on) == (
        "dritte", "Liste des Quartiersbüros Eving", date(2026, 12, 1))


def test_ticking_the_objection_in_the_contact_editor_dates_it_today_and_saves_both(
        qtbot, window, ctx, settle, monkeypatch, reference_day):
    monkeypatch.setattr(person_editor, "today", lambda: reference_day)  # the day the core's today() says
    persons = window.new_record(RecordType.PERSON)
    form = persons.editor.form
    form.widget("last_name").setText("Weber")
    assert form.widget("objection_date").value() is None
    qtbot.mouseClick(form.widget("objection"), Qt.MouseButton.LeftButton, pos=form.widget("objection").rect().center())
    assert form.widget("objection_date").value() == reference_day
    form.widget("objection_date").edit.setText("01.10.2026")
    with qtbot.waitSignal(persons.editor.saved):
        persons.editor.save()
    settle()
    [person] = ctx.ws.persons.list()
    assert (person.objection, person.objection_date) == (True, date(2026, 10, 1))
    qtbot.mouseClick(form.widget("objection"), Qt.MouseButton.LeftButton, pos=form.widget("objection").rect().center())
    assert form.widget("objection_date").value() is None, "taking the objection back empties its day"


def test_the_art_30_record_is_saved_as_word_when_a_docx_is_chosen(qtbot, window, ctx, answers, settle, tmp_path):
    import docx

    page = _page(qtbot, window)
    target = tmp_path / "verzeichnis.docx"
    answers.files.append(target)
    with qtbot.waitSignal(ctx.status_message, timeout=20_000) as said:
        qtbot.mouseClick(page.log.record_button, Qt.MouseButton.LeftButton)
    settle()
    assert said.args[0] == f"Verzeichnis gespeichert: {target}. Angaben in Klammern bitte ergänzen."
    assert any(p.style.name.startswith("Heading") for p in docx.Document(str(target)).paragraphs)
