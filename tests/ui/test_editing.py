"""Editing as users meet it: dates typed in German, unsaved changes, conflicts, templates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.models import Note, Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.templates import note_template
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.messages import LeaveChoice


def test_typed_german_date_is_stored_and_a_wrong_one_explained(qtbot, window, ctx, settle) -> None:
    notes = window.new_record(RecordType.NOTE)
    form = notes.editor.form
    form.widget("title").setText("Reflexion Nordstadt")
    date_field = form.widget("note_date")
    date_field.edit.setText("31.02.2026")
    qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Der Februar 2026 hat nur 28 Tage" in form.messages("note_date")
    assert ctx.ws.notes.count() == 0
    date_field.edit.setText("25.11.2026")
    with qtbot.waitSignal(notes.editor.saved):
        qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert ctx.ws.notes.list()[0].note_date.isoformat() == "2026-11-25"
    assert form.messages("note_date") == ""


def test_optional_date_may_stay_empty(qtbot, window, ctx, settle) -> None:
    persons = window.new_record(RecordType.PERSON)
    persons.editor.form.widget("last_name").setText("Nowak")
    with qtbot.waitSignal(persons.editor.saved):
        persons.editor.save()
    settle()
    assert ctx.ws.persons.list()[0].consent_date is None


def test_reflection_template_replaces_untouched_template(qtbot, window) -> None:
    notes = window.new_record(RecordType.NOTE)
    kind = notes.editor.form.widget("kind")
    kind.setCurrentIndex(kind.findData("reflexionsgespraech"))
    field = notes.editor.form.widget("text")
    text = field.value()
    assert field.shows(note_template("reflexionsgespraech"))
    assert all(f"## {part}" in text for part in ("Organisation", "Prozess", "Ort", "Netzwerk"))


def test_leaving_unsaved_changes_asks_and_can_stay_or_discard(qtbot, window, ctx, answers, settle) -> None:
    first = ctx.ws.organisations.create(Organisation(name="Erster Verein"))
    second = ctx.ws.organisations.create(Organisation(name="Zweiter Verein"))
    window.open_record(first.ref)
    settle()
    page = window.current_page()
    page.editor.form.widget("district").setText("Eving")
    answers.unsaved.append(LeaveChoice.STAY)
    window.open_record(second.ref)
    settle()
    assert page.editor.ref == first.ref and page.editor.form.widget("district").text() == "Eving"
    answers.unsaved.append(LeaveChoice.DISCARD)
    window.open_record(second.ref)
    settle()
    assert page.editor.ref == second.ref
    assert ctx.ws.organisations.get(first.id).district == ""
    assert answers.asked == ["unsaved: Erster Verein", "unsaved: Erster Verein"]


def test_leaving_with_save_stores_then_moves_on(qtbot, window, ctx, answers, settle) -> None:
    first = ctx.ws.organisations.create(Organisation(name="Erster Verein"))
    second = ctx.ws.organisations.create(Organisation(name="Zweiter Verein"))
    window.open_record(first.ref)
    settle()
    page = window.current_page()
    page.editor.form.widget("district").setText("Husen")
    answers.unsaved.append(LeaveChoice.SAVE)
    window.open_record(second.ref)
    settle()
    assert ctx.ws.organisations.get(first.id).district == "Husen"
    assert page.editor.ref == second.ref


def test_conflict_offers_to_reload_the_stored_version(qtbot, window, ctx, answers, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    window.open_record(org.ref)
    settle()
    page = window.current_page()
    with Workspace.open(ctx.ws.folder, user="kollegin") as colleague:  # another PC on the team drive
        stored = colleague.organisations.get(org.id)
        stored.district = "Marten"
        colleague.organisations.update(stored)
    page.editor.form.widget("phone").setText("0231 123456")
    answers.reload.append(True)
    page.editor.save()
    settle()
    assert "wurde inzwischen von kollegin geändert" in answers.asked[0]
    assert page.editor.form.widget("district").text() == "Marten"
    assert ctx.ws.organisations.get(org.id).phone == ""


def test_follow_up_created_from_a_new_note_saves_the_note_first(qtbot, window, ctx, settle) -> None:
    notes = window.new_record(RecordType.NOTE)
    notes.editor.form.widget("title").setText("Gespräch Stiftungstag")
    panel = notes.editor.followups
    panel.due.edit.setText("03.03.2027")
    panel.text.setText("Frau Schäfer wegen des Stiftungstags anrufen")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    note = ctx.ws.notes.list()[0]
    followups = ctx.ws.followups.for_record(note.ref)
    assert [(f.due_date.isoformat(), f.text) for f in followups] == [
        ("2027-03-03", "Frau Schäfer wegen des Stiftungstags anrufen")
    ]
    assert panel.list.count() == 1


def test_markdown_is_shown_formatted(qtbot, window, ctx, settle) -> None:
    note = ctx.ws.notes.create(Note(title="Protokoll", note_date="25.11.2026", text="## Ergebnisse\n- **Kita** im Quartier"))
    window.open_record(note.ref)
    settle()
    field = window.current_page().editor.form.widget("text")
    html = field.edit.toHtml()
    assert "Ergebnisse" in html and "font-weight" in html and "<li" in html and "##" not in field.edit.toPlainText()
