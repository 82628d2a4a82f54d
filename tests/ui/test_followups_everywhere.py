"""Follow-ups and notes are made from wherever the user is, already linked; pickers say which record is which."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sic_desktop.core.models import Cooperation, Membership, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.lists.list_page import ListPage


def _fill_and_save(qtbot, page: ListPage, settle, *, due: str, text: str) -> None:
    form = page.editor.form
    form.widget("due_date").edit.setText(due)
    form.widget("text").setPlainText(text)
    with qtbot.waitSignal(page.editor.saved):
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle()


def test_follow_up_from_the_follow_up_page_needs_and_gets_a_target(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    page: ListPage = window.go_to("followup")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.editor.form
    form.widget("due_date").edit.setText("03.03.2027")
    form.widget("text").setPlainText("Frau Schäfer anrufen")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert ctx.ws.followups.count() == 0
    assert "Bitte wählen, wozu die Wiedervorlage gehört" in form.messages("target")
    target = form.widget("target")
    assert target.picker.isVisible() and target.picker.hasFocus()  # the error is where the user looks

    qtbot.keyClicks(target.picker, "Stiftung")
    qtbot.waitUntil(lambda: bool(target.picker.suggestions()))
    qtbot.keyClick(target.picker, Qt.Key.Key_Return)
    assert target.value() == org.ref and target.link.isVisible() and "Stiftung Dortmund" in target.link.text()
    qtbot.waitUntil(lambda: form.messages("target") == "")  # fixed: the message goes at once
    with qtbot.waitSignal(page.editor.saved):
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    (stored,) = ctx.ws.followups.list()
    assert stored.target == org.ref and stored.text == "Frau Schäfer anrufen"


@pytest.mark.parametrize("kind", ["person", "organisation", "cooperation"])
def test_follow_up_from_a_record_is_linked_to_it(qtbot, window, ctx, settle, kind) -> None:
    records = {
        "person": lambda: ctx.ws.persons.create(Person(first_name="Jens", last_name="Schäfer")),
        "organisation": lambda: ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund")),
        "cooperation": lambda: ctx.ws.cooperations.create(Cooperation(title="Stiftungstag 2027")),
    }
    record = records[kind]()
    window.open_record(record.ref)
    settle()
    page: ListPage = window.current_page()
    action = page.actions["new_followup"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    followups = window.current_page()
    assert followups.record_type is RecordType.FOLLOWUP
    assert followups.editor.form.widget("target").value() == record.ref
    _fill_and_save(qtbot, followups, settle, due="15.01.2027", text="Nachfassen")
    assert [f.text for f in ctx.ws.followups.for_record(record.ref)] == ["Nachfassen"]


def test_detail_pane_offers_new_follow_up_and_new_note(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Bürgerverein Husen"))
    window.open_record(org.ref)
    settle()
    page: ListPage = window.current_page()
    buttons = {button.defaultAction().objectName() for button in page.linked.findChildren(type(page.new_button)) if button.defaultAction()}
    assert {"action_new_followup", "action_new_note"} <= buttons
    page.actions["new_note"].trigger()
    notes = window.current_page()
    assert notes.record_type is RecordType.NOTE
    assert notes.editor.form.widget("organisation_ids").value() == [org.id]
    notes.editor.form.widget("title").setText("Besuch beim Bürgerverein")
    with qtbot.waitSignal(notes.editor.saved):
        notes.editor.save()
    settle()
    assert ctx.ws.notes.list()[0].organisation_ids == [org.id]


def test_record_actions_wait_for_a_record(qtbot, window) -> None:
    page: ListPage = window.go_to("person")
    assert not page.actions["new_followup"].isEnabled() and not page.actions["new_note"].isEnabled()


def test_picker_suggestions_tell_two_namesakes_apart(qtbot, window, ctx) -> None:
    stiftung = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    kita = ctx.ws.organisations.create(Organisation(name="Kita Sonnenschein"))
    for org, function in ((stiftung, "Vorstand"), (kita, "Leitung")):
        ctx.ws.persons.create(
            Person(first_name="Nikola", last_name="Nowak", memberships=[Membership(organisation_id=org.id, function=function)])
        )
    notes = window.new_record(RecordType.NOTE)
    picker = notes.editor.form.widget("person_ids").picker
    qtbot.keyClicks(picker, "Nowak, Nikola")
    qtbot.waitUntil(lambda: len(picker.suggestions()) == 2)
    assert sorted(picker.labels()) == ["Nikola Nowak (Leitung, Kita Sonnenschein)", "Nikola Nowak (Vorstand, Stiftung Dortmund)"]


def test_picker_says_when_a_suggestion_is_only_similar(qtbot, window, ctx) -> None:
    ctx.ws.notes.create(Note(title="Treffen mit Jens Schäfer", note_date="02.02.2026"))
    followups = window.new_record(RecordType.FOLLOWUP)
    picker = followups.editor.form.widget("target").picker
    qtbot.keyClicks(picker, "Schaefer")
    qtbot.waitUntil(lambda: bool(picker.suggestions()))
    assert picker.labels()[0] == "Treffen mit Jens Schäfer (Notiz · 02.02.2026 · Gesprächsnotiz) – ähnlich geschrieben"
