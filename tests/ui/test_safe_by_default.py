"""Safe by default: questions before cutting links, unsaved changes, undo and redo, nothing stale on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.models import FollowUp, Membership, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.messages import LeaveChoice


def test_trashing_a_linked_record_asks_and_names_its_links(qtbot, window, ctx, answers, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    ctx.ws.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id)]))
    ctx.ws.followups.create(FollowUp(due_date="01.03.2027", text="Anrufen", target=org.ref))
    window.open_record(org.ref)
    settle()
    page: ListPage = window.current_page()
    answers.confirm.append(False)
    page.actions["trash"].trigger()
    settle()
    assert answers.asked[0].startswith("„Stiftung Dortmund“ ist mit 2 Einträgen verknüpft (1 Kontakt, 1 Wiedervorlage).")
    assert ctx.ws.organisations.count() == 1
    answers.confirm.append(True)
    page.actions["trash"].trigger()
    settle()
    assert ctx.ws.organisations.count() == 0


def test_trashing_an_unlinked_record_does_not_ask(qtbot, window, ctx, answers, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Einsam e.V."))
    window.open_record(org.ref)
    settle()
    window.current_page().actions["trash"].trigger()
    settle()
    assert ctx.ws.organisations.count() == 0 and answers.asked == []


def test_redo_does_again_what_undo_took_back(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Verein A"))
    window.open_record(org.ref)
    settle()
    page: ListPage = window.current_page()
    undo, redo = window.commands["undo"], window.commands["redo"]
    assert redo.shortcut().toString() == "Ctrl+Y" and not redo.isEnabled()
    page.actions["trash"].trigger()
    settle()
    window.undo()
    settle()
    assert ctx.ws.organisations.count() == 1
    assert redo.isEnabled() and "Papierkorb" in redo.text()
    redo.trigger()
    settle()
    assert ctx.ws.organisations.count() == 0 and not redo.isEnabled() and undo.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.editor.ref is None  # the editor does not keep showing the trashed record


def test_marking_follow_ups_done_can_be_undone(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Verein"))
    followup = ctx.ws.followups.create(FollowUp(due_date="01.03.2027", text="Anrufen", target=org.ref))
    window.open_record(followup.ref)
    settle()
    page: ListPage = window.current_page()
    page.actions["done"].trigger()
    settle()
    assert ctx.ws.followups.get(followup.id).done
    qtbot.waitUntil(lambda: page.editor.form.widget("done").isChecked())  # the open editor shows it
    window.undo()
    settle()
    assert not ctx.ws.followups.get(followup.id).done
    qtbot.waitUntil(lambda: not page.editor.form.widget("done").isChecked())
    window.redo()
    settle()
    assert ctx.ws.followups.get(followup.id).done


def test_overdue_follow_ups_are_marked_in_the_list(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Verein"))
    ctx.ws.followups.create(FollowUp(due_date="01.03.2020", text="Längst fällig", target=org.ref))
    ctx.ws.followups.create(FollowUp(due_date="01.03.2099", text="Später", target=org.ref))
    page: ListPage = window.go_to("followup")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    tips = [page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(2)]
    assert tips == ["01.03.2020 (überfällig)", "01.03.2099"]
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.DecorationRole) is None
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.FontRole).bold()


def test_follow_up_editor_says_done_once_and_an_empty_target_shows_only_the_picker(qtbot, window) -> None:
    page = window.new_record(RecordType.FOLLOWUP)
    editor = page.editor
    texts = [label.text().replace("&", "") for label in editor.findChildren(type(editor.heading))]
    assert sum("Erledigt" in text or "erledigt" in text for text in texts) == 1
    assert editor.form.widget("done").text() == ""
    target = editor.form.widget("target")
    assert target.picker.isVisible() and not target.link.isVisible()


def test_a_new_tag_shows_in_open_list_filters_at_once(qtbot, window, ctx, settle) -> None:
    persons: ListPage = window.go_to("person")
    combo = persons.filters._combos["tag"]
    assert combo.findText("Kiezfonds") < 0
    org = ctx.ws.organisations.create(Organisation(name="Quartiersfonds Nordstadt"))
    window.open_record(org.ref)
    settle()
    organisations: ListPage = window.current_page()
    organisations.editor.form.widget("tags").setText("Kiezfonds")
    with qtbot.waitSignal(organisations.editor.saved):
        organisations.editor.save()
    settle()
    tag_filter = organisations.filters._combos["tag"]
    qtbot.waitUntil(lambda: tag_filter.findText("Kiezfonds") >= 0)  # the open list
    window.go_to("person")
    qtbot.waitUntil(lambda: combo.findText("Kiezfonds") >= 0)  # and every other list


def test_a_new_theme_field_is_offered_in_an_open_editor(qtbot, window, ctx, settle) -> None:
    from sic_desktop.core.models import ThemeField

    persons = window.new_record(RecordType.PERSON)
    settle()  # the theme fields offered are read on the reader lane
    themes = persons.editor.form.widget("theme_ids")
    before = themes.count()
    assert before > 0
    ctx.ws.themes.create(ThemeField(name="Klimaanpassung"))
    qtbot.waitUntil(lambda: themes.count() == before + 1)


def test_a_message_goes_once_the_field_is_fixed(qtbot, window, ctx, settle) -> None:
    persons = window.new_record(RecordType.PERSON)
    form = persons.editor.form
    form.widget("last_name").setText("Nowak")
    form.widget("emails").setText("nowak(at)example")
    qtbot.mouseClick(persons.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert form.messages("emails")
    form.widget("emails").setText("nowak@example.org")
    qtbot.waitUntil(lambda: form.messages("emails") == "")


def test_leaving_a_changed_follow_up_for_a_new_one_asks(qtbot, window, ctx, answers, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Verein"))
    followup = ctx.ws.followups.create(FollowUp(due_date="01.03.2027", text="Anrufen", target=org.ref))
    window.open_record(followup.ref)
    settle()
    page: ListPage = window.current_page()
    page.editor.form.widget("text").setPlainText("Anrufen und Termin machen")
    answers.unsaved.append(LeaveChoice.STAY)
    window.open_record(org.ref)
    settle()
    window.current_page().actions["new_followup"].trigger()
    assert answers.asked == ["unsaved: Anrufen und Termin machen"]
    assert page.editor.ref == followup.ref


def test_an_untouched_note_does_not_count_as_changed(qtbot, window, ctx, answers, settle) -> None:
    first = ctx.ws.notes.create(Note(title="Eins", note_date="01.02.2026", text="## Ergebnisse\n- **Kita** im Quartier\n- Pflege\n\nText *kursiv*"))
    second = ctx.ws.notes.create(Note(title="Zwei", note_date="02.02.2026"))
    window.open_record(first.ref)
    settle()
    page: ListPage = window.current_page()
    assert not page.editor.is_dirty()
    window.open_record(second.ref)
    settle()
    assert page.editor.ref == second.ref and answers.asked == []


def test_a_record_renamed_elsewhere_shows_its_new_name_in_open_editors(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    person = ctx.ws.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id)]))
    note = ctx.ws.notes.create(Note(title="Treffen", note_date="01.02.2026", organisation_ids=[org.id]))
    followup = ctx.ws.followups.create(FollowUp(due_date="01.03.2027", text="Anrufen", target=org.ref))
    editors = {}
    for ref in (note.ref, person.ref, followup.ref):
        window.open_record(ref)
        settle()
        editors[ref.type] = window.current_page().editor
    renamed = ctx.ws.organisations.get(org.id)
    renamed.name = "Bürgerstiftung Dortmund"
    ctx.ws.organisations.update(renamed)
    links = editors[RecordType.NOTE].form.widget("organisation_ids").list
    memberships = editors[RecordType.PERSON].form.widget("memberships").table
    target = editors[RecordType.FOLLOWUP].form.widget("target").link
    qtbot.waitUntil(lambda: links.item(0).text() == "Bürgerstiftung Dortmund")
    qtbot.waitUntil(lambda: memberships.item(0, 0).text() == "Bürgerstiftung Dortmund")
    assert "Bürgerstiftung Dortmund" in target.text()
    assert not any(editor.is_dirty() for editor in editors.values())
