"""The day-to-day path through the real window: create, link, find, open, delete, restore."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.trash_page import TrashPage


def _pick(qtbot, picker, text: str) -> None:
    """Type into a type-ahead picker and take the first suggestion with Enter."""
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: bool(picker.suggestions()))
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def _save(qtbot, page: ListPage, settle) -> None:
    with qtbot.waitSignal(page.editor.saved, timeout=5000):
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle()


def test_create_link_find_open_delete_restore(qtbot, window, ctx, settle) -> None:
    ws = ctx.ws
    # An organisation.
    orgs = window.new_record(RecordType.ORGANISATION)
    qtbot.keyClicks(orgs.editor.form.widget("name"), "Quartiersinitiative Marten e.V.")
    _save(qtbot, orgs, settle)
    org = ws.organisations.list()[0]
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 1)

    # A contact who works there.
    persons = window.new_record(RecordType.PERSON)
    form = persons.editor.form
    qtbot.keyClicks(form.widget("first_name"), "Anna")
    form.widget("last_name").setText("Schäfer")  # QTest types ASCII only
    qtbot.keyClicks(form.widget("emails"), "anna.schaefer@example.org")
    _pick(qtbot, form.widget("memberships").picker, "marten")
    _save(qtbot, persons, settle)
    person = ws.persons.list()[0]
    assert [m.organisation_id for m in person.memberships] == [org.id]
    assert org.ref in persons.linked.refs()

    # A note about both, linked with the pickers on its „Verknüpfungen“ tab.
    notes = window.new_record(RecordType.NOTE)
    form = notes.editor.form
    qtbot.keyClicks(form.widget("title"), "Workshop Kinderbetreuung im Quartier")
    _pick(qtbot, form.widget("organisation_ids").picker, "quartiersini")
    _pick(qtbot, form.widget("person_ids").picker, "schaefer")
    _save(qtbot, notes, settle)
    note = ws.notes.list()[0]
    assert (note.organisation_ids, note.person_ids) == ([org.id], [person.id])

    # Find it through the global search and open it from the result.
    window.go_to("start")
    popup = window.show_search()
    qtbot.keyClicks(popup.field, "Kinderbetreuung")
    qtbot.waitUntil(lambda: popup.shown_text == "Kinderbetreuung")
    assert popup.results.currentItem().text(0) == "Workshop Kinderbetreuung im Quartier"
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert window.current_page() is notes and notes.editor.ref == note.ref
    assert not popup.isVisible()

    # Delete it (to the trash) and restore it from the Papierkorb.
    qtbot.waitUntil(lambda: notes.selected_refs() == [note.ref])
    notes.actions["trash"].trigger()
    settle()
    assert ws.notes.count() == 0
    trash = window.go_to("trash")
    assert isinstance(trash, TrashPage)
    qtbot.waitUntil(lambda: trash.refs() == [note.ref])
    trash.tree.setCurrentItem(trash.tree.topLevelItem(0))
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    settle()
    assert [n.id for n in ws.notes.list()] == [note.id]
    qtbot.waitUntil(lambda: trash.refs() == [])


def test_invalid_email_is_shown_at_the_field_and_not_saved(qtbot, window, ctx, settle) -> None:
    persons = window.new_record(RecordType.PERSON)
    form = persons.editor.form
    form.widget("last_name").setText("Yılmaz")
    qtbot.keyClicks(form.widget("emails"), "yilmaz@@example")
    qtbot.mouseClick(persons.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "„yilmaz@@example“ ist keine gültige E-Mail-Adresse." in form.messages("emails")
    assert form.messages("last_name") == ""
    assert ctx.ws.persons.count() == 0
    assert persons.editor.is_dirty()  # what was typed is still there to correct
