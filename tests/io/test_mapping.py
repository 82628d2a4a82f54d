"""Suggested mappings, layout fingerprints and mapping files."""

from __future__ import annotations

import json

import pytest

from sic_desktop.core.i18n import install_translator
from sic_desktop.io import (
    ColumnMapping,
    MappingFileError,
    TargetKind,
    layout_fingerprint,
    load_mapping,
    open_source,
    save_mapping,
    suggest_mapping,
    target_fields,
)
from sic_desktop.io.column_mapping import normalise_header
from sic_desktop.io.header_synonyms import ORGANISATION, PERSON

PERSON_KIND, ORG_KIND = TargetKind.PERSON, TargetKind.ORGANISATION


def test_outlook_german_columns_are_recognised(fixture_path):
    headers = open_source(fixture_path("outlook_de_cp1252.csv")).headers
    columns = suggest_mapping(headers, PERSON_KIND).columns

    assert {h: columns.get(h) for h in (
        "Anrede", "Vorname", "Nachname", "Firma", "Position", "Abteilung", "E-Mail-Adresse",
        "E-Mail 2: Adresse", "Telefon geschäftlich", "Mobiltelefon", "Straße geschäftlich",
        "Postleitzahl geschäftlich", "Ort geschäftlich", "Webseite", "Notizen", "Kategorien",
    )} == {
        "Anrede": "salutation", "Vorname": "first_name", "Nachname": "last_name",
        "Firma": "organisation", "Position": "function", "Abteilung": "department",
        "E-Mail-Adresse": "emails", "E-Mail 2: Adresse": "emails",
        "Telefon geschäftlich": "phones", "Mobiltelefon": "phones",
        "Straße geschäftlich": "street", "Postleitzahl geschäftlich": "postal_code",
        "Ort geschäftlich": "city", "Webseite": "website", "Notizen": "notes",
        "Kategorien": "tags",
    }


def test_outlook_english_columns_are_recognised(fixture_path):
    headers = open_source(fixture_path("outlook_en.csv")).headers
    columns = suggest_mapping(headers, PERSON_KIND).columns
    assert {h: columns.get(h) for h in (
        "Title", "First Name", "Last Name", "Company", "Job Title", "E-mail Address",
        "Business Phone", "Mobile Phone", "Business Street", "Business Postal Code",
        "Business City", "Web Page", "Notes", "Categories",
    )} == {
        "Title": "salutation", "First Name": "first_name", "Last Name": "last_name",
        "Company": "organisation", "Job Title": "function", "E-mail Address": "emails",
        "Business Phone": "phones", "Mobile Phone": "phones", "Business Street": "street",
        "Business Postal Code": "postal_code", "Business City": "city", "Web Page": "website",
        "Notes": "notes", "Categories": "tags",
    }


@pytest.mark.parametrize("name", ["outlook_de_cp1252.csv", "outlook_en.csv"])
def test_private_and_birthday_columns_are_never_suggested(fixture_path, name):
    headers = open_source(fixture_path(name)).headers
    mapped = set(suggest_mapping(headers, PERSON_KIND).columns)
    for private in ("Telefon (privat)", "Straße privat", "Geburtstag", "Home Phone",
                    "Home Street", "Birthday", "Partner/in", "Spouse", "Kinder", "Children"):
        assert private not in mapped


def test_generic_excel_list_for_persons_and_for_organisations():
    headers = ["Name", "E-Mail", "Telefon", "Organisation", "Funktion", "Stadtteil", "Strasse"]
    assert dict(suggest_mapping(headers, PERSON_KIND).columns) == {
        "Name": "full_name", "E-Mail": "emails", "Telefon": "phones",
        "Organisation": "organisation", "Funktion": "function", "Strasse": "street",
    }
    assert dict(suggest_mapping(headers, ORG_KIND).columns) == {
        "Organisation": "name", "E-Mail": "email", "Telefon": "phone", "Stadtteil": "district",
        "Strasse": "street",
    }


def test_further_numbered_list_columns_are_recognised():
    columns = suggest_mapping(["Nachname", "E-Mail", "E-Mail 4", "Telefon 3"], PERSON_KIND).columns
    assert (columns["E-Mail 4"], columns["Telefon 3"]) == ("emails", "phones")


@pytest.mark.parametrize("table", [PERSON, ORGANISATION], ids=["person", "organisation"])
def test_no_header_is_promised_to_two_fields(table):
    owners: dict[str, str] = {}
    for field_name, alternatives in table.items():
        for alternative in alternatives:
            for header in (alternative,) if isinstance(alternative, str) else alternative:
                owner = owners.setdefault(normalise_header(header), field_name)
                assert owner == field_name, header


def test_fingerprint_ignores_order_case_and_spelling_but_not_columns(fixture_path):
    german = open_source(fixture_path("outlook_de_cp1252.csv")).headers
    excel_copy = open_source(fixture_path("outlook_de_utf8_bom.csv")).headers
    assert layout_fingerprint(german) == layout_fingerprint(excel_copy)
    assert layout_fingerprint(["Vorname", "Straße"]) == layout_fingerprint(["STRASSE", "vorname"])
    assert layout_fingerprint(["Vorname", "Nachname"]) != layout_fingerprint(["Vorname"])


def test_mapping_file_round_trip(tmp_path):
    mapping = ColumnMapping(ORG_KIND, {"Einrichtung": "name", "Mail": "email"})
    path = tmp_path / "zuordnung.json"
    save_mapping(mapping, path)

    assert load_mapping(path) == mapping
    assert json.loads(path.read_text(encoding="utf-8"))["kind"] == "organisation"


def test_hand_written_mapping_file_may_use_german_labels(tmp_path):
    path = tmp_path / "zuordnung.json"
    path.write_text(
        json.dumps({"columns": {"Nachname": "Nachname", "Mail": "E-Mail", "X": None}}),
        encoding="utf-8",
    )
    mapping = load_mapping(path)
    assert mapping.kind is PERSON_KIND
    assert dict(mapping.columns) == {"Nachname": "last_name", "Mail": "emails"}
    assert mapping.missing_columns(["Nachname"]) == ["Mail"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{kein json", "keine gültige JSON-Datei"),
        ('{"kind": "person"}', "„columns“"),
        ('{"kind": "verein", "columns": {}}', "„person“ oder „organisation“"),
        ('{"columns": {"Geburtstag": "birthday"}}', "Zielfeld „birthday“ (Spalte „Geburtstag“)"),
    ],
)
def test_broken_mapping_files_are_refused_in_german(tmp_path, content, words):
    path = tmp_path / "zuordnung.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MappingFileError) as caught:
        load_mapping(path)
    assert "„zuordnung.json“" in str(caught.value) and words in str(caught.value)


def test_field_labels_are_german_and_go_through_the_translator():
    labels = [f.label for f in target_fields(PERSON_KIND)]
    assert "Schlagwörter" in labels and "Straße" in labels
    install_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert target_fields(PERSON_KIND)[0].label == "[Fields] Anrede"
    finally:
        install_translator(None)
