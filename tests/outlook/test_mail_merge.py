"""Serienbrief: salutation lines for every case, what is left out, and the files Word reads."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sic_desktop.cli import main
from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.io.salutations import address_name, salutation_line


@pytest.mark.parametrize(
    ("salutation", "title", "first", "last", "expected"),
    [
        ("Frau", "Dr.", "Anna", "Schäfer", "Sehr geehrte Frau Dr. Schäfer,"),
        ("Herr", "", "Deniz", "Yıldız", "Sehr geehrter Herr Yıldız,"),
        ("Herrn", "", "Deniz", "Yıldız", "Sehr geehrter Herr Yıldız,"),
        ("Frau", "Prof. Dr.", "Ute", "Weiß", "Sehr geehrte Frau Prof. Dr. Weiß,"),
        ("Herr", "Dr.-Ing.", "Jan", "Kowalski", "Sehr geehrter Herr Dr.-Ing. Kowalski,"),
        ("Herr", "Dipl.-Ing.", "Jan", "Kowalski", "Sehr geehrter Herr Kowalski,"),
        ("Frau", "M.A.", "Lea", "Brandt", "Sehr geehrte Frau Brandt,"),
        ("Frau", "Dr. MBA", "Lea", "von der Heide", "Sehr geehrte Frau Dr. von der Heide,"),
        ("Ms.", "", "Jane", "Miller", "Sehr geehrte Frau Miller,"),
        ("Mr", "", "John", "Miller", "Sehr geehrter Herr Miller,"),
        ("", "", "Kim", "Meyer", "Guten Tag Kim Meyer,"),
        ("Divers", "", "Kim", "Meyer", "Guten Tag Kim Meyer,"),
        ("", "Dr.", "Kim", "Meyer", "Guten Tag Dr. Kim Meyer,"),
        ("Frau", "", "Anna", "", "Guten Tag Anna,"),
        ("", "", "", "", "Sehr geehrte Damen und Herren,"),
    ],
)
def test_salutation_lines(salutation, title, first, last, expected):
    assert salutation_line(salutation, title, first, last) == expected


def test_address_names_say_herrn_and_keep_every_title():
    assert address_name("Herr", "Dipl.-Ing.", "Jan", "Kowalski") == "Herrn Dipl.-Ing. Jan Kowalski"
    assert address_name("Frau", "Dr.", "Anna", "Schäfer") == "Frau Dr. Anna Schäfer"
    assert address_name("", "", "Kim", "Meyer") == "Kim Meyer"


@pytest.fixture
def contacts(workspace):
    org = workspace.organisations.create(
        Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft", street="Germaniastraße 12",
                     postal_code="44379", city="Dortmund")
    )
    def person(**values) -> int:
        return workspace.persons.create(Person(legal_basis="einwilligung", **values)).id
    return {
        "schaefer": person(salutation="Frau", title="Dr.", first_name="Anna", last_name="Schäfer",
                           emails=["a.schaefer@marten.de"], memberships=[Membership(organisation_id=org.id, function="Vorstand")]),
        "yildiz": person(salutation="Herr", first_name="Deniz", last_name="Yıldız"),
        "meyer": person(first_name="Kim", last_name="Meyer"),
        "no_basis": workspace.persons.create(Person(first_name="Otto", last_name="Ohnegrund")).id,
        "objection": person(first_name="Wim", last_name="Widerspruch-Test", objection=True, objection_date=date(2026, 10, 1)),
    }


def _csv_rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel and Word read Umlaute"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))


def test_csv_for_word_with_salutations_address_block_and_counts(contacts, tmp_path, capsys):
    target = tmp_path / "serienbrief.csv"
    assert main(["serienbrief", "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert "3 Kontakte für den Serienbrief exportiert. 1 ohne Rechtsgrundlage weggelassen. 1 mit Widerspruch weggelassen." in captured.out
    assert "Ohne Rechtsgrundlage: Otto Ohnegrund" in captured.err
    rows = {row["Nachname"]: row for row in _csv_rows(target)}
    assert set(rows) == {"Schäfer", "Yıldız", "Meyer"}
    schaefer = rows["Schäfer"]
    assert schaefer["Briefanrede"] == "Sehr geehrte Frau Dr. Schäfer,"
    assert schaefer["Organisation"] == "Quartiersinitiative Marten e.V." and schaefer["Funktion"] == "Vorstand"
    assert schaefer["Adressblock"] == "Quartiersinitiative Marten e.V.\nFrau Dr. Anna Schäfer\nGermaniastraße 12\n44379 Dortmund"
    assert schaefer["EMail"] == "a.schaefer@marten.de"
    assert rows["Yıldız"]["Briefanrede"] == "Sehr geehrter Herr Yıldız,"
    assert rows["Meyer"]["Briefanrede"] == "Guten Tag Kim Meyer,"


def test_xlsx_with_the_same_columns(contacts, tmp_path):
    target = tmp_path / "serienbrief.xlsx"
    assert main(["serienbrief", "-o", str(target), str(contacts["schaefer"]), str(contacts["no_basis"])]) == 0
    sheet = load_workbook(target).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:2] == ["Briefanrede", "Anrede"]
    assert [row[0] for row in rows] == ["Sehr geehrte Frau Dr. Schäfer,"]


def test_a_filter_chooses_the_contacts(contacts, tmp_path):
    target = tmp_path / "gefiltert.csv"
    assert main(["serienbrief", "-o", str(target), "--filter", "Yıldız"]) == 0
    assert [row["Nachname"] for row in _csv_rows(target)] == ["Yıldız"]


def test_a_wrong_suffix_is_refused_in_german(contacts, tmp_path, capsys):
    assert main(["serienbrief", "-o", str(tmp_path / "brief.docx")]) == 1
    assert "Bitte eine Datei mit der Endung .csv oder .xlsx angeben." in capsys.readouterr().err
    assert not (tmp_path / "brief.docx").exists()
