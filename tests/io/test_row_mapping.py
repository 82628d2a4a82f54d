"""Cleaning and checking values while a mapping is applied."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.io import ColumnMapping, RowProblem, SourceRow, TargetKind, map_rows
from sic_desktop.io.names import NameParts, split_full_name


def _map(kind: TargetKind, columns: dict[str, str], cells: dict[str, object], line: int = 7):
    [row] = map_rows([SourceRow(line, dict(cells))], ColumnMapping(kind, columns))
    return row


def _person(**cells):
    return _map(TargetKind.PERSON, {name: name for name in cells}, cells)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Dr. Anna Schäfer", NameParts("", "Dr.", "Anna", "Schäfer")),
        ("Schäfer, Anna", NameParts("", "", "Anna", "Schäfer")),
        ("Schäfer, Dr. Anna", NameParts("", "Dr.", "Anna", "Schäfer")),
        ("Herr Prof. Dr. Max von der Heide",
         NameParts("Herr", "Prof. Dr.", "Max", "von der Heide")),
        ("Anna Maria Schäfer", NameParts("", "", "Anna Maria", "Schäfer")),
        ("Hans-J. Müller", NameParts("", "", "Hans-J.", "Müller")),
        ("Dipl.-Ing. Jürgen Weiß", NameParts("", "Dipl.-Ing.", "Jürgen", "Weiß")),
        ("Anna Schäfer, M.A.", NameParts("", "M.A.", "Anna", "Schäfer")),
        ("Schäfer", NameParts("", "", "", "Schäfer")),
        ("  Jürgen   Weiß ", NameParts("", "", "Jürgen", "Weiß")),
    ],
)
def test_full_names_are_split(text, parts):
    assert split_full_name(text) == parts


def test_full_name_is_only_used_when_no_first_or_last_name_is_given():
    row = _person(full_name="Dr. Anna Schäfer", last_name="Schäfer-Weiß")
    assert row.values == {"last_name": "Schäfer-Weiß"}


@pytest.mark.parametrize(
    ("salutation", "title", "expected"),
    [
        ("Frau Dr.", "", {"salutation": "Frau", "title": "Dr."}),
        ("Prof. Dr.", "", {"title": "Prof. Dr."}),
        ("Dr.", "Dr.", {"title": "Dr."}),  # German Outlook: "Anrede" and "Titel"
        ("Herr", "M.A.", {"salutation": "Herr", "title": "M.A."}),
    ],
)
def test_titles_are_taken_out_of_the_salutation(salutation, title, expected):
    row = _person(salutation=salutation, title=title, last_name="Weiß")
    assert row.values == {**expected, "last_name": "Weiß"}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("25.11.2026", date(2026, 11, 25)),
        ("1.3.26", date(2026, 3, 1)),
        ("2026-11-25", date(2026, 11, 25)),
        (date(2026, 2, 28), date(2026, 2, 28)),
        ("0.0.00", None),  # Outlook's "no date"
    ],
)
def test_dates(cell, expected):
    row = _person(last_name="Weiß", consent_date=cell)
    assert row.values.get("consent_date") == expected
    assert row.problems == []


@pytest.mark.parametrize("cell", ["31.02.2026", "morgen", "2026-13-01"])
def test_impossible_dates_are_refused(cell):
    row = _person(last_name="Weiß", consent_date=cell)
    [problem] = row.problems
    assert "consent_date" not in row.values and row.importable
    assert problem.field == "consent_date" and problem.value == cell
    assert problem.message.startswith(f"Einwilligung vom: „{cell}“ ist kein")
    assert problem.message.endswith("Der Wert wird nicht übernommen.")


def test_email_lists_are_split_cleaned_and_deduplicated():
    row = _map(
        TargetKind.PERSON,
        {"Mail": "emails", "Mail 2": "emails", "Nachname": "last_name"},
        {"Nachname": "Weiß", "Mail": "Jürgen Weiß <jw@caritas.example>; mailto:j@x.example",
         "Mail 2": "JW@caritas.example, kaputt@"},
    )
    assert row.values["emails"] == ["jw@caritas.example", "j@x.example"]
    assert [p.value for p in row.problems] == ["kaputt@"]


@pytest.mark.parametrize(
    "address",
    ["anna.schaefer@stadt-dortmund.example", "a+b@müller.de", "o'neil@example.org"],
)
def test_valid_email_addresses_pass(address):
    assert _person(last_name="X", emails=address).values["emails"] == [address]


@pytest.mark.parametrize(
    "address", ["anna@", "@stadt.de", "anna schaefer@stadt.de", "anna@stadt", "a..b@stadt.de"]
)
def test_invalid_email_addresses_are_refused(address):
    row = _person(last_name="X", emails=address)
    assert "emails" not in row.values and row.problems[0].field == "emails"


def test_too_long_values_are_refused_but_the_row_stays():
    row = _person(last_name="Weiß", city="x" * 301, tags="kurz; " + "y" * 61)
    assert row.values == {"last_name": "Weiß", "tags": ["kurz"]}
    assert [p.field for p in row.problems] == ["city", "tags"]
    assert row.problems[0].message == (
        "Ort: Der Wert ist zu lang (301 Zeichen, höchstens 300) und wird nicht übernommen."
    )
    assert row.importable


def test_phone_without_digits_is_refused():
    row = _person(last_name="Weiß", phones="0231 50-0; folgt")
    assert row.values["phones"] == ["0231 50-0"]
    assert row.problems[0].value == "folgt"


def test_text_fields_become_one_line_and_notes_keep_their_lines():
    row = _person(last_name="Weiß", street="Königswall 21\r\n3. Etage", notes="a\r\n\r\nb")
    assert row.values["street"] == "Königswall 21, 3. Etage"
    assert row.values["notes"] == "a\n\nb"


def test_organisation_single_email_keeps_the_first_and_reports_the_rest():
    row = _map(
        TargetKind.ORGANISATION,
        {"Name": "name", "Mail": "email"},
        {"Name": "Nordstadtliebe e.V.", "Mail": "info@nsl.example; presse@nsl.example"},
    )
    assert row.values == {"name": "Nordstadtliebe e.V.", "email": "info@nsl.example"}
    assert "„presse@nsl.example“" in row.problems[0].message


def test_organisation_without_name_cannot_be_imported():
    row = _map(TargetKind.ORGANISATION, {"Ort": "city"}, {"Ort": "Dortmund"})
    assert not row.importable
    assert str(row.problems[0]) == "Zeile 7: Der Name der Organisation fehlt."


def test_problems_of_the_source_row_are_carried_over():
    source = SourceRow(3, {"Nachname": "Weiß"}, [RowProblem(3, "kaputt", fatal=True)])
    [row] = map_rows([source], ColumnMapping(TargetKind.PERSON, {"Nachname": "last_name"}))
    assert not row.importable and row.problems[0].message == "kaputt"
