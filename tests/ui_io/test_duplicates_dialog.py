"""Bearbeiten → Duplikate suchen … in the real window: compare, choose per field, merge, or „Kein Duplikat“."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sic_desktop.core.models import Membership, Note, Organisation, Person
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.io.comparison_view import RIGHT
from sic_desktop.ui.io.duplicates_dialog import DuplicatesDialog
from sic_desktop.ui.lists.list_page import ListPage


def _open(qtbot, window, settle, shown) -> DuplicatesDialog:
    window.commands["duplicates"].trigger()
    dialog = shown(window, DuplicatesDialog)
    settle()
    return dialog


def test_merge_two_duplicates_field_by_field_and_the_lists_follow(qtbot, window, answers, settle, shown):
    ws = window.ctx.ws
    org = ws.organisations.create(Organisation(name="Nordstadtliebe e.V."))
    anna = ws.persons.create(Person(title="Dr.", first_name="Anna", last_name="Schäfer", emails=["anna@nsl.example"],
                                    memberships=[Membership(organisation_id=org.id, function="Vorstand")]))
    copy = ws.persons.create(Person(title="Prof.", first_name="Anna", last_name="Schaefer",
                                    emails=["anna@nsl.example", "a.schaefer@uni.example"], phones=["0231 555-12"],
                                    memberships=[Membership(organisation_id=org.id)]))
    note = ws.notes.create(Note(title="Gespräch Nordstadt", note_date=date(2026, 11, 20), person_ids=[anna.id]))
    persons = window.go_to("person")
    assert isinstance(persons, ListPage)
    qtbot.waitUntil(lambda: persons.model.rowCount() == 2)

    dialog = _open(qtbot, window, settle, shown)
    pairs = dialog.pair_list()
    assert [(p.first_id, p.second_id) for p in pairs] == [(anna.id, copy.id)]
    assert "gleiche E-Mail-Adresse anna@nsl.example" in pairs[0].reasons
    assert "1 mögliches Duplikat" in dialog.count_label.text()
    view = dialog.comparison
    assert view.comparison is not None and view.comparison.first_links == "1 Organisation, 1 Notiz"
    # The second record's number stays; per field the user picks: the first's spelling, the second's title.
    view.set_keep_side(RIGHT)
    view.choose("title", RIGHT)
    assert view.merge_plan() == (copy.id, anna.id, ["last_name"])

    answers.confirm.append(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle()
    assert answers.asked[-1] == (
        "„Dr. Anna Schäfer“ (Nr. 1) wird mit „Prof. Anna Schaefer“ (Nr. 2) zusammengeführt und danach gelöscht. "
        "Alle Verknüpfungen wandern zu Nr. 2.\n\n"
        "Rückgängig mit Strg+Z (nach dem Schließen dieses Fensters). Vorher wird außerdem eine Sicherung angelegt."
    )
    kept = ws.persons.get(copy.id)
    assert (kept.title, kept.first_name, kept.last_name) == ("Prof.", "Anna", "Schäfer")
    assert kept.emails == ["anna@nsl.example", "a.schaefer@uni.example"] and kept.phones == ["0231 555-12"]
    assert [(m.organisation_id, m.function) for m in kept.memberships] == [(org.id, "Vorstand")]
    assert ws.persons.ids(ListQuery()) == [copy.id]
    assert ws.notes.get(note.id).person_ids == [copy.id]  # the link moved along
    assert list(ws.folder.backups_dir.glob("*_vor-zusammenfuehrung.sqlite3"))
    assert dialog.pair_list() == [] and "Keine möglichen Duplikate" in dialog.count_label.text()
    assert "Zusammengeführt" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: persons.model.rowCount() == 1)  # the list refreshed through ctx.changed
    dialog.reject()

    # Strg+Z in the window: both records and the note's link as before the merge; Strg+Y merges again.
    assert window.commands["undo"].text() == "&Rückgängig: Duplikate zusammenführen"
    window.commands["undo"].trigger()
    settle()
    assert (ws.persons.get(anna.id).title, ws.persons.get(anna.id).last_name) == ("Dr.", "Schäfer")
    assert ws.persons.get(copy.id).last_name == "Schaefer" and ws.persons.get(copy.id).phones == ["0231 555-12"]
    assert ws.notes.get(note.id).person_ids == [anna.id]
    assert [(m.organisation_id, m.function) for m in ws.persons.get(anna.id).memberships] == [(org.id, "Vorstand")]
    assert "Rückgängig gemacht: Duplikate zusammenführen" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: persons.model.rowCount() == 2)
    window.commands["redo"].trigger()
    settle()
    assert ws.persons.ids(ListQuery()) == [copy.id] and ws.notes.get(note.id).person_ids == [copy.id]
    window.commands["undo"].trigger()
    settle()
    assert sorted(ws.persons.ids(ListQuery())) == [anna.id, copy.id] and ws.notes.get(note.id).person_ids == [anna.id]


def test_not_a_duplicate_is_remembered(qtbot, window, answers, settle, shown):
    ws = window.ctx.ws
    ws.organisations.create(Organisation(name="Caritas Dortmund", district="Nordstadt"))
    ws.organisations.create(Organisation(name="Caritas Dortmund", district="Hörde"))
    dialog = _open(qtbot, window, settle, shown)
    assert dialog.pair_list()[0].reasons == ("gleicher Name",)
    qtbot.mouseClick(dialog.distinct_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.pair_list() == []
    assert ws.organisations.count() == 2  # nothing merged
    dialog.reject()
    settle()
    again = _open(qtbot, window, settle, shown)
    assert again.pair_list() == [] and not again.merge_button.isEnabled()
    again.reject()


def test_a_refused_merge_changes_nothing(qtbot, window, answers, settle, shown):
    ws = window.ctx.ws
    ws.persons.create(Person(first_name="Max", last_name="Heide", emails=["max@heide.example"]))
    ws.persons.create(Person(first_name="Max", last_name="Heide", emails=["max@heide.example"]))
    dialog = _open(qtbot, window, settle, shown)
    answers.confirm.append(False)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle()
    assert ws.persons.count() == 2 and len(dialog.pair_list()) == 1
    assert not list(ws.folder.backups_dir.glob("*_vor-zusammenfuehrung.sqlite3"))
    dialog.reject()
