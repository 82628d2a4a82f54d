"""Window-wide behaviour: undo, back/forward, demo data, remembered layout, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sic_desktop.core.models import Membership, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.start_page import StartPage


def test_undo_brings_trashed_records_back(qtbot, window, ctx, settle) -> None:
    for name in ("Verein A", "Verein B"):
        ctx.ws.organisations.create(Organisation(name=name))
    page = window.go_to("organisation")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    page.actions["trash"].trigger()
    settle()
    assert ctx.ws.organisations.count() == 0
    assert window.commands["undo"].isEnabled() and "Papierkorb" in window.commands["undo"].text()
    window.commands["undo"].trigger()
    settle()
    assert ctx.ws.organisations.count() == 2
    assert not window.commands["undo"].isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_unlink_from_linked_pane_and_undo(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    person = ctx.ws.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id, function="Vorstand")]))
    window.open_record(org.ref)
    settle()
    page = window.current_page()
    assert page.linked.refs() == [person.ref]
    page.linked.unlink_requested.emit(org.ref, person.ref)
    settle()
    assert ctx.ws.persons.get(person.id).memberships == []
    qtbot.waitUntil(lambda: page.linked.refs() == [])
    window.undo()
    settle()
    assert [m.function for m in ctx.ws.persons.get(person.id).memberships] == ["Vorstand"]
    qtbot.waitUntil(lambda: page.linked.refs() == [person.ref])


def test_jump_to_linked_record_and_back_and_forward(qtbot, window, ctx, settle) -> None:
    org = ctx.ws.organisations.create(Organisation(name="TU Dortmund"))
    note = ctx.ws.notes.create(Note(title="Hochschultag", note_date="25.11.2026", organisation_ids=[org.id]))
    window.open_record(note.ref)
    settle()
    notes = window.current_page()
    item = notes.linked.tree.topLevelItem(0).child(0)
    notes.linked.tree.itemActivated.emit(item, 0)
    orgs = window.current_page()
    qtbot.waitUntil(lambda: orgs.editor.ref == org.ref)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is notes and notes.editor.ref == note.ref
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is orgs


def test_demo_button_loads_demo_data_in_the_background(qtbot, window, ctx, settle) -> None:
    start = window.current_page()
    assert isinstance(start, StartPage)
    qtbot.waitUntil(start.empty_box.isVisible)  # the overview is read in the background
    qtbot.mouseClick(start.demo_button, Qt.MouseButton.LeftButton)
    settle()
    assert ctx.ws.persons.count() > 0
    qtbot.waitUntil(lambda: not start.empty_box.isVisible())
    qtbot.waitUntil(lambda: start.notes.topLevelItemCount() > 0 and start.coops.rowCount() > 1)
    qtbot.waitUntil(lambda: "Kontakte" in window.statusBar().counts.text())


def test_lists_filter_and_sort(qtbot, window, ctx, settle) -> None:
    for name, sector in (("Caritas Dortmund", "zivilgesellschaft"), ("Adler Logistik GmbH", "wirtschaft"), ("Bürgerverein Eving", "zivilgesellschaft")):
        ctx.ws.organisations.create(Organisation(name=name, sector=sector))
    page: ListPage = window.go_to("organisation")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    names = lambda: [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]  # noqa: E731
    assert names() == ["Adler Logistik GmbH", "Bürgerverein Eving", "Caritas Dortmund"]
    with qtbot.waitSignal(page.loaded):
        page.table.horizontalHeader().sectionClicked.emit(0)  # same column again: descending
    assert names() == ["Caritas Dortmund", "Bürgerverein Eving", "Adler Logistik GmbH"]
    sector = page.filters.findChild(type(page.filters._combos["sector"]), "filter_sector")
    with qtbot.waitSignal(page.loaded):
        sector.setCurrentIndex(sector.findData("wirtschaft"))
    assert names() == ["Adler Logistik GmbH"]
    sector.setCurrentIndex(0)
    qtbot.keyClicks(page.filters.text, "buerger")  # Umlaut-insensitive, like the lists
    qtbot.waitUntil(lambda: names() == ["Bürgerverein Eving"])


def test_layout_is_remembered_in_the_data_folder(qtbot, ctx, answers, close_window) -> None:
    first = MainWindow(ctx)
    first.show()
    first.resize(790, 500)  # within the offscreen screen
    page = first.go_to("person")
    page.splitter.setSizes([150, 600])
    chosen = page.splitter.sizes()
    page.table.setColumnWidth(1, 222)
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())
    assert (ctx.ws.folder.root / "window.ini").is_file()
    close_window(first)
    second_ctx = AppContext(ctx.ws)
    second = MainWindow(second_ctx)
    try:
        second.show()
        assert second.height() == 500  # the width follows the pages' minimum width offscreen
        again = second.go_to("person")
        assert again.table.columnWidth(1) == 222
        assert again.splitter.sizes() == chosen
    finally:
        close_window(second)
        second_ctx.close()  # else its reader keeps checking the closed workspace for outside changes


def test_ctrl_f_opens_search_only_outside_text_fields(qtbot, window) -> None:
    page = window.go_to("organisation")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = window._search
    assert popup is not None and popup.isVisible()
    popup.hide()
    page.filters.text.setFocus()
    qtbot.keyClick(page.filters.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is page.filters.text


def test_search_help_is_one_click_away(qtbot, window) -> None:
    popup = window.show_search()
    qtbot.mouseClick(popup.help_button, Qt.MouseButton.LeftButton)
    assert popup.help.isVisible() and "Suchen" in popup.help.toPlainText()


def test_record_types_all_have_a_page_with_an_editor(qtbot, window) -> None:
    for record_type in (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE, RecordType.FOLLOWUP):
        page = window.new_record(record_type)
        assert page.editor.isEnabled() and page.editor.record.RECORD_TYPE is record_type
