"""The search popup on the full-text index: grouped hits, type filter, „Meinten Sie“, saved searches,
the names-only fallback while the index is built, and „Suchindex neu aufbauen“."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from sic_desktop.core.models import Membership, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.search import SearchState
from sic_desktop.search import index as index_module
from sic_desktop.search import service as service_module
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.global_search import index_keeper, saved_searches_button
from sic_desktop.ui.global_search.search_popup import MORE_ROLE, SearchPopup
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.progress_dialog import ProgressDialog


@pytest.fixture
def records(workspace) -> dict[str, object]:
    ws = workspace
    kita = ws.organisations.create(Organisation(name="Kita Sonnenblume gGmbH", sector="zivilgesellschaft",
                                                district="Nordstadt"))
    anna = ws.persons.create(Person(first_name="Anna", last_name="Schäfer",
                                    memberships=[Membership(organisation_id=kita.id, function="Leiterin")]))
    ws.persons.create(Person(first_name="Jens", last_name="Schäfer", notes="Ehrenamt im Quartier"))
    note = ws.notes.create(Note(
        title="Workshop Vereinbarkeit", kind="workshopprotokoll", note_date=dt.date(2025, 3, 12),
        text="Fehlende Kinderbetreuungsangebote; pflegende Angehörige wünschen flexible Arbeitszeiten.",
        organisation_ids=[kita.id], person_ids=[anna.id]))
    return {"kita": kita, "anna": anna, "note": note}


@pytest.fixture
def start_window(qtbot, ctx: AppContext, answers, close_window) -> Iterator:
    """Starts the window as the program does: the context keeps the index (built in the background)."""
    opened: list[MainWindow] = []

    def start() -> MainWindow:
        ctx.start_search()
        main = MainWindow(ctx)
        main.show()
        qtbot.waitExposed(main)
        opened.append(main)
        return main

    yield start
    for main in opened:
        close_window(main)


@pytest.fixture
def search_window(qtbot, start_window, records) -> MainWindow:
    main = start_window()
    qtbot.waitUntil(lambda: main.ctx.search.service.state is SearchState.READY, timeout=10_000)
    return main


def search(qtbot, popup: SearchPopup, text: str) -> None:
    popup.field.setText(text)
    qtbot.waitUntil(lambda: popup.shown_text == text)


def groups(popup: SearchPopup) -> list[str]:
    return [popup.results.topLevelItem(i).text(0) for i in range(popup.results.topLevelItemCount())]


def test_words_inside_a_note_are_found_highlighted_and_enter_opens_it(qtbot, search_window, records) -> None:
    popup = search_window.show_search()
    search(qtbot, popup, "Kinderbetreuung Pflege")
    assert groups(popup) == ["Notizen (1)"]
    hit = popup.results.currentItem()
    assert hit.text(0) == "Workshop Vereinbarkeit"
    assert "<b>Kinderbetreuungsangebote</b>" in hit.data(0, Qt.ItemDataRole.UserRole + 2)
    assert "12.03.2025" in hit.data(0, Qt.ItemDataRole.UserRole + 2)
    assert popup.status.text() == "1 Treffer"
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search_window.current_page().editor.ref == records["note"].ref)
    assert not popup.isVisible()


def test_hits_are_grouped_with_counts_and_a_type_filter_narrows_them(qtbot, search_window, monkeypatch) -> None:
    monkeypatch.setattr("sic_desktop.ui.global_search.search_popup.RESULTS_ALL_TYPES", 2)
    popup = search_window.show_search()
    search(qtbot, popup, "Schäfer")
    assert sorted(groups(popup)) == ["Kontakte (2)", "Notizen (1)"]
    search(qtbot, popup, "Nordstadt")  # the kita itself, and its contact and note by its district
    assert sorted(groups(popup)) == ["Kontakte (1)", "Notizen (1)", "Organisationen (1)"]
    lasts = [group.child(group.childCount() - 1) for group in map(popup.results.topLevelItem, range(3))]
    more = next(item for item in lasts if item.data(0, MORE_ROLE))  # the kind whose hit did not fit
    record_type = RecordType(more.data(0, MORE_ROLE))
    popup.results.setCurrentItem(more)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # „Alle 1 … zeigen“ sets the filter
    qtbot.waitUntil(lambda: popup.record_type is record_type and groups(popup) == [f"{record_type.plural} (1)"])


def test_a_type_filter_shows_one_kind_only(qtbot, search_window) -> None:
    popup = search_window.show_search()
    popup.show_only(RecordType.PERSON)
    search(qtbot, popup, "Schäfer")
    assert groups(popup) == ["Kontakte (2)"]
    assert popup.status.text() == "3 Treffer"  # counted over all kinds


def test_a_misspelling_offers_the_right_word_to_click(qtbot, search_window) -> None:
    popup = search_window.show_search()
    search(qtbot, popup, "Arbeitzeiten Angehörge")
    assert popup.status.text() == "1 Treffer"  # found with the typos, „ähnlich geschrieben“
    assert popup.suggestion.isVisible()
    assert popup.suggestion.text().startswith("Meinten Sie <a ") and "„Arbeitszeiten Angehörige“" in popup.suggestion.text()
    link = popup.suggestion.text().split('href="')[1].split('"')[0]
    popup.suggestion.linkActivated.emit(link)
    qtbot.waitUntil(lambda: popup.shown_text == "Arbeitszeiten Angehörige")
    assert groups(popup) == ["Notizen (1)"] and not popup.suggestion.isVisible()


def test_the_help_explains_the_query_language(qtbot, search_window) -> None:
    popup = search_window.show_search()
    qtbot.mouseClick(popup.help_button, Qt.MouseButton.LeftButton)
    assert "So suchen Sie" in popup.help.toPlainText() and "typ:notiz" in popup.help.toPlainText()


def test_a_search_is_saved_under_a_name_and_picked_again(qtbot, search_window, settle, monkeypatch) -> None:
    monkeypatch.setattr(saved_searches_button, "ask_search_name", lambda parent, query: "Kitas im Norden")
    popup = search_window.show_search()
    search(qtbot, popup, "Kinderbetreuung stadtteil:nordstadt")
    popup.saved.fill_menu()
    popup.saved.menu().findChild(type(popup.saved.menu().actions()[0]), "saveSearch").trigger()
    settle()
    assert [(s.name, s.query) for s in search_window.ctx.ws.saved_searches.list()] == [
        ("Kitas im Norden", "Kinderbetreuung stadtteil:nordstadt")]
    search(qtbot, popup, "")
    popup.saved.fill_menu()
    settle()  # the saved searches arrived
    next(a for a in popup.saved.menu().actions() if a.text() == "Kitas im Norden").trigger()
    qtbot.waitUntil(lambda: popup.shown_text == "Kinderbetreuung stadtteil:nordstadt")
    assert groups(popup) == ["Notizen (1)"]


def test_a_deleted_saved_search_comes_back_with_undo(qtbot, search_window, settle) -> None:
    ws = search_window.ctx.ws
    kept = ws.saved_searches.save("Kitas im Norden", "Kinderbetreuung stadtteil:nordstadt")
    popup = search_window.show_search()
    popup.saved.fill_menu()
    settle()
    menu = popup.saved.menu()
    remove = next(m for m in menu.findChildren(type(menu)) if m.title() == "Gespeicherte Suche löschen")
    next(a for a in remove.actions() if a.text() == "Kitas im Norden").trigger()
    settle()
    assert ws.saved_searches.list() == []
    assert "Rückgängig mit Strg+Z" in search_window.statusBar().currentMessage()
    popup.close()
    search_window.commands["undo"].trigger()
    settle()
    assert ws.saved_searches.list() == [kept], "back under its name, with its query and id"
    popup.saved.fill_menu()
    settle()
    assert "Kitas im Norden" in [a.text() for a in popup.saved.menu().actions()]
    search_window.commands["redo"].trigger()
    settle()
    assert ws.saved_searches.list() == []


def test_while_the_index_is_built_names_are_searched_and_the_popup_says_so(
        qtbot, start_window, records, monkeypatch) -> None:
    go_on = threading.Event()
    real = service_module.all_documents

    def held_back(ws):
        go_on.wait(10)
        yield from real(ws)

    monkeypatch.setattr(service_module, "all_documents", held_back)
    monkeypatch.setattr(index_keeper, "ANNOUNCE_AFTER_SECONDS", 0.0)  # a long build: say so at once
    window = start_window()
    service = window.ctx.search.service
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Suchindex wird aufgebaut … 0 %")
    popup = window.show_search()
    search(qtbot, popup, "Sonnenblume")
    assert groups(popup) == ["Organisationen (1)"]  # by name only: not the note that names it
    assert "nur Namen und Titel" in popup.status.text()
    go_on.set()
    qtbot.waitUntil(lambda: service.state is SearchState.READY, timeout=10_000)
    qtbot.waitUntil(lambda: "Notizen (1)" in groups(popup))  # searched again in the finished index
    assert window.statusBar().currentMessage() == "Der Suchindex ist bereit."


def test_the_reindex_command_shows_progress_and_can_be_cancelled(
        qtbot, search_window, settle, monkeypatch) -> None:
    ctx = search_window.ctx
    action = next(a for a in search_window.findChildren(type(search_window.menuBar().actions()[0]))
                  if a.text() == "Suchindex neu &aufbauen …")
    action.trigger()
    settle()
    assert search_window.statusBar().currentMessage() == "Suchindex neu aufgebaut: 4 Einträge."

    monkeypatch.setattr(index_module, "PROGRESS_EVERY", 1)
    first = threading.Event()
    go_on = threading.Event()
    real = service_module.all_documents

    def slow(ws):
        for number, doc in enumerate(real(ws)):
            if number == 1:
                first.set()
                go_on.wait(10)
            yield doc

    monkeypatch.setattr(service_module, "all_documents", slow)
    action.trigger()
    assert first.wait(10)
    qtbot.waitUntil(lambda: any(isinstance(w, ProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog))
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # „Abbrechen“
    go_on.set()
    settle()
    assert search_window.statusBar().currentMessage() == "Abgebrochen. Der bisherige Suchindex bleibt in Gebrauch."
    assert ctx.search.service.state is SearchState.READY  # the old index, still current
    popup = search_window.show_search()
    search(qtbot, popup, "Kinderbetreuung")
    assert groups(popup) == ["Notizen (1)"]
