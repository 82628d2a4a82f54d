"""Notes are written formatted and stored as Markdown; a note's follow-up never fails out of sight."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.form import reveal
from sic_desktop.ui.lists.list_page import ListPage


def _select(field, word: str) -> None:
    cursor = field.edit.document().find(word)
    field.edit.setTextCursor(cursor)


def test_toolbar_and_shortcuts_format_and_the_note_is_stored_as_markdown(qtbot, window, ctx, settle) -> None:
    notes = window.new_record(RecordType.NOTE)
    form = notes.editor.form
    form.widget("title").setText("Stiftungstag")
    field = form.widget("text")
    field.set_value("")
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "Ergebnisse")
    qtbot.mouseClick(field.buttons["heading"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(field.edit, "Kinderbetreuung")
    field.edit.insertPlainText(" für pflegende Angehörige")  # QTest types ASCII only
    qtbot.mouseClick(field.buttons["bullets"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    field.edit.insertPlainText("Straßenfest in Hörde")
    _select(field, "pflegende")
    qtbot.keyClick(field.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _select(field, "Straßenfest")
    qtbot.keyClick(field.edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Strg+I formats, it does not import
    assert field.buttons["italic"].isChecked()
    with qtbot.waitSignal(notes.editor.saved):
        notes.editor.save()
    settle()
    stored = ctx.ws.notes.list()[0].text
    assert stored == "## Ergebnisse\n\n- Kinderbetreuung für **pflegende** Angehörige\n- *Straßenfest* in Hörde"
    # Opened again it shows the same, formatted, and counts as unchanged.
    window.open_record(ctx.ws.notes.list()[0].ref)
    settle()
    assert field.value() == stored and not notes.editor.is_dirty()
    assert "##" not in field.edit.toPlainText()


def test_markdown_from_older_notes_survives_a_round_trip(qtbot, window, ctx, settle) -> None:
    text = (
        "# Workshop Work & Care\n\nÄrger über *Öffnungszeiten* und **Kita-Plätze**, siehe [Stadt](https://www.dortmund.de).\n\n"
        "1. Bedarf erheben\n2. Träger ansprechen\n   - Caritas\n   - AWO\n\n> Zitat einer Teilnehmerin\n\nPreis: 5 \\* 3 \\<ca.\\>"
    )
    note = ctx.ws.notes.create(Note(title="Alt", note_date="01.02.2026", text=text))
    window.open_record(note.ref)
    settle()
    field = window.current_page().editor.form.widget("text")
    assert field.value() == text


def test_pasting_from_word_keeps_structure_and_drops_the_rest(qtbot, window) -> None:
    notes = window.new_record(RecordType.NOTE)
    field = notes.editor.form.widget("text")
    field.set_value("")
    source = QMimeData()
    source.setHtml(
        '<html><body><h1 style="font-family:Calibri;color:#2F5496">Protokoll</h1>'
        '<p style="font-size:11pt;color:red"><b>Wichtig:</b> <i>Termin</i> mit <a href="https://example.org">Link</a></p>'
        "<ul><li>eins</li><li>zwei</li></ul></body></html>"
    )
    source.setText("Protokoll Wichtig: Termin mit Link eins zwei")
    field.edit.insertFromMimeData(source)
    value = field.value()
    assert value == "# Protokoll\n\n**Wichtig:** *Termin* mit [Link](https://example.org)\n\n- eins\n- zwei"
    assert "color" not in field.edit.toHtml().split("<body")[1].lower() or "#2f5496" not in field.edit.toHtml().lower()


def test_a_wrong_follow_up_date_is_shown_at_the_follow_up_and_nothing_is_saved(qtbot, window, ctx, settle) -> None:
    notes: ListPage = window.new_record(RecordType.NOTE)
    notes.editor.form.widget("title").setText("Gespräch Stiftungstag")
    panel = notes.editor.followups
    reveal(panel)
    panel.due.edit.setText("31.02.2027")
    panel.text.setText("Frau Schäfer anrufen")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert ctx.ws.notes.count() == 0 and ctx.ws.followups.count() == 0
    assert notes.editor.tabs.currentWidget().isAncestorOf(panel) and panel.message.isVisible()
    assert "Februar 2027 hat nur 28 Tage" in panel.message.text.text()
    panel.due.edit.setText("28.02.2027")
    assert not panel.message.isVisible()  # fixed: the message goes
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert ctx.ws.notes.count() == 1 and ctx.ws.followups.count() == 1
    assert notes.editor.tabs.currentWidget().isAncestorOf(panel)  # saving the note did not move the user away
    assert panel.list.count() == 1


def test_a_follow_up_not_made_because_the_note_is_wrong_says_so(qtbot, window, ctx, settle) -> None:
    notes: ListPage = window.new_record(RecordType.NOTE)
    panel = notes.editor.followups
    reveal(panel)
    panel.due.edit.setText("28.02.2027")
    panel.text.setText("Anrufen")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # the note has no title yet
    settle()
    assert ctx.ws.notes.count() == 0 and ctx.ws.followups.count() == 0
    assert notes.editor.form.messages("title")
    assert "Die Wiedervorlage wurde nicht angelegt" in notes.editor.general_message.text()
    assert notes.editor.form.widget("title").hasFocus()


def test_an_error_on_a_hidden_tab_brings_that_tab_to_the_front(qtbot, window, ctx, settle) -> None:
    notes: ListPage = window.new_record(RecordType.NOTE)
    notes.editor.form.widget("title").setText("Mit falschem Schlagwort")
    notes.editor.tabs.setCurrentIndex(0)
    notes.editor.form.widget("tags").setText("x" * 80)
    qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert notes.editor.form.messages("tags")
    links_tab = notes.editor.tabs.currentWidget()
    assert links_tab.isAncestorOf(notes.editor.form.widget("tags")) and notes.editor.form.widget("tags").hasFocus()


def test_a_typed_follow_up_counts_as_a_change_and_is_added_when_saving_on_the_way_out(qtbot, window, ctx, answers, settle) -> None:
    from sic_desktop.ui.messages import LeaveChoice

    first = ctx.ws.notes.create(Note(title="Eins", note_date="01.02.2026"))
    second = ctx.ws.notes.create(Note(title="Zwei", note_date="02.02.2026"))
    window.open_record(first.ref)
    settle()
    notes: ListPage = window.current_page()
    panel = notes.editor.followups
    panel.due.edit.setText("01.03.2027")
    panel.text.setText("Nachfassen")
    answers.unsaved.append(LeaveChoice.SAVE)
    window.open_record(second.ref)
    settle()
    assert answers.asked == ["unsaved: Eins"]
    assert [f.text for f in ctx.ws.followups.for_record(first.ref)] == ["Nachfassen"]
    qtbot.waitUntil(lambda: notes.editor.ref == second.ref)
    assert not panel.has_input()  # nothing typed for „Eins“ is left to be added to „Zwei“
