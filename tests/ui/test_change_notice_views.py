"""Every view follows the change notice: its own save does not throw the user out of a field,
another editor's save is shown, a renamed organisation and new filter choices appear at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sic_desktop.core.models import Membership, Note, Organisation, Person, ThemeField
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.registry import EDITORS
from sic_desktop.ui.lists.list_page import ListPage


def test_own_save_keeps_the_cursor_and_what_was_typed_meanwhile(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    window.open_record(org.ref)
    settle()
    page: ListPage = window.current_page()
    district = page.editor.form.widget("district")
    window.activateWindow()
    district.setFocus()
    qtbot.waitUntil(district.hasFocus)
    qtbot.keyClicks(district, "Marten")
    district.setCursorPosition(3)
    qtbot.keyClick(district, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Strg+S while typing
    page.editor.form.widget("phone").setText("0231 12")  # typed before the save came back
    settle()
    assert ctx.ws.organisations.get(org.id).district == "Marten"
    assert district.hasFocus() and district.cursorPosition() == 3
    assert page.editor.form.widget("phone").text() == "0231 12"
    assert page.editor.is_dirty()  # the phone number is still to be saved
    assert page.editor.audit.text().startswith("Angelegt")


def test_another_editors_save_is_shown_and_unsaved_input_meets_the_conflict(
        qtbot, window, ctx, answers, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    window.open_record(org.ref)
    settle()
    page: ListPage = window.current_page()
    other = EDITORS[RecordType.ORGANISATION](ctx)  # a second editor on the same record
    other.open(org.ref)
    settle()
    other.form.widget("district").setText("Eving")
    other.save()
    settle()
    qtbot.waitUntil(lambda: page.editor.form.widget("district").text() == "Eving")
    page.editor.form.widget("phone").setText("0231 1")  # unsaved input is never replaced …
    other.form.widget("district").setText("Husen")
    other.save()
    settle()
    assert page.editor.form.widget("phone").text() == "0231 1"
    answers.reload.append(True)
    page.editor.save()  # … saving it meets the other save and offers the stored version
    settle()
    assert "wurde inzwischen von testerin geändert" in answers.asked[-1]
    assert page.editor.form.widget("district").text() == "Husen"
    other.deleteLater()


def test_a_renamed_organisation_shows_in_the_open_contact_list(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Kita Sonnenblume gGmbH"))
    ctx.ws.persons.create(Person(first_name="Anna", last_name="Schäfer",
                                 memberships=[Membership(organisation_id=org.id, function="Leiterin")]))
    persons: ListPage = window.go_to("person")
    column = [c.key for c in persons.model.columns].index("organisations")

    def shown() -> str:
        return str(persons.model.data(persons.model.index(0, column)))

    qtbot.waitUntil(lambda: "Sonnenblume" in shown())
    org.name = "Familienzentrum Löwenzahn"
    ctx.ops.write(None, lambda ws: ws.organisations.update(org)).run()
    qtbot.waitUntil(lambda: "Löwenzahn" in shown())


def test_renamed_theme_field_and_a_tag_out_of_use_change_the_open_filters(qtbot, window, ctx, settle) -> None:
    theme = ctx.ws.themes.create(ThemeField(name="Klimaanpassung"))
    org = ctx.ws.organisations.create(Organisation(name="Kiezladen", tags=["Nachbarschaft"]))
    organisations: ListPage = window.go_to("organisation")
    themes, tags = organisations.filters._combos["theme_id"], organisations.filters._combos["tag"]
    qtbot.waitUntil(lambda: tags.findText("Nachbarschaft") >= 0)
    theme.name = "Hitzeschutz"
    ctx.ops.write(None, lambda ws: ws.themes.update(theme)).run()
    qtbot.waitUntil(lambda: themes.findText("Hitzeschutz") >= 0)
    assert themes.findText("Klimaanpassung") < 0
    ctx.ops.write(None, lambda ws: ws.trash.put([org.ref])).run()
    qtbot.waitUntil(lambda: tags.findText("Nachbarschaft") < 0)  # no live record carries it now


def test_saving_a_note_keeps_the_cursor_in_its_text(qtbot, window, ctx, settle) -> None:
    note = ctx.ws.notes.create(Note(title="Gespräch Stiftungstag", note_date=date(2026, 11, 25),
                                    text="Erster Absatz.\n\nZweiter Absatz über den Stiftungstag."))
    window.open_record(note.ref)
    settle()
    page: ListPage = window.current_page()
    edit = page.editor.text.edit
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.setPosition(len("Erster Absatz.\nZweiter"))
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, " und letzter")
    position = edit.textCursor().position()
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert "Zweiter und letzter Absatz" in ctx.ws.notes.get(note.id).text
    assert edit.hasFocus() and edit.textCursor().position() == position
