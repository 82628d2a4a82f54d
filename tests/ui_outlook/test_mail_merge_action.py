"""Serienbrief from the window: the selected contacts, or the contact list as filtered."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from sic_desktop.core.models import Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.saved_notice import SavedFileNotice


def _persons(workspace) -> list[int]:
    return [
        workspace.persons.create(Person(salutation="Frau", title="Dr.", first_name="Anna", last_name="Schäfer", legal_basis="einwilligung")).id,
        workspace.persons.create(Person(salutation="Herr", first_name="Deniz", last_name="Yıldız", legal_basis="vertrag")).id,
        workspace.persons.create(Person(first_name="Otto", last_name="Ohnegrund")).id,
    ]


def test_the_selected_contact_becomes_an_excel_data_source(qtbot, window, workspace, answers, tmp_path):
    schaefer, *_ = _persons(workspace)
    page = window.go_to("person")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.show_record(RecordRef(RecordType.PERSON, schaefer))
    qtbot.waitUntil(lambda: page.selected_refs() == [RecordRef(RecordType.PERSON, schaefer)], timeout=10_000)
    path = tmp_path / "brief.xlsx"
    answers.files.append(path)

    page.actions["mail_merge"].trigger()

    qtbot.waitUntil(lambda: bool(window.statusBar().findChildren(SavedFileNotice)), timeout=10_000)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Sehr geehrte Frau Dr. Schäfer,"]


def test_the_file_menu_takes_the_filtered_contact_list_and_counts_who_is_left_out(qtbot, window, workspace, answers, tmp_path):
    _persons(workspace)
    page = window.go_to("person")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.filters.text.setText("d")  # Yıldız and Ohnegrund, not Anna Schäfer
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    path = tmp_path / "brief.csv"
    answers.files.append(path)

    window.commands["mail_merge"].trigger()

    qtbot.waitUntil(lambda: bool(window.statusBar().findChildren(SavedFileNotice)), timeout=10_000)
    notice = window.statusBar().findChildren(SavedFileNotice)[-1]
    assert notice.label.text() == "1 Kontakt für den Serienbrief exportiert. 1 ohne Rechtsgrundlage weggelassen."
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [row["Briefanrede"] for row in rows] == ["Sehr geehrter Herr Yıldız,"]
