"""Excel workbooks: sheet rows, typed cells, sheet choice, damaged files."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest

from sic_desktop.io import (
    ImportFileError,
    TargetKind,
    list_sheets,
    map_rows,
    open_source,
    suggest_mapping,
)


def test_first_sheet_rows_keep_their_sheet_row_numbers(fixture_path, import_file):
    rows = import_file(fixture_path("contacts.xlsx"))

    assert [row.line for row in rows] == [2, 4, 5]  # row 3 is empty
    juergen, anna, selin = rows
    assert juergen.values == {
        "first_name": "Jürgen",
        "last_name": "Weiß",
        "emails": ["juergen.weiss@caritas.example"],
        "postal_code": "44137",  # a number cell, read as text
        "city": "Dortmund",
        "consent_date": date(2026, 3, 1),  # a date cell stays a date
        "notes": "Zeile eins\nZeile zwei",
    }
    assert anna.values["consent_date"] == date(2026, 1, 15)  # datetime at midnight
    assert [p.field for p in selin.problems] == ["emails", "consent_date"]
    assert all(str(p).startswith("Zeile 5:") for p in selin.problems)


def test_a_chosen_sheet_is_read(fixture_path):
    path = fixture_path("contacts.xlsx")
    assert list_sheets(path) == ("Kontakte", "Organisationen")

    source = open_source(path, sheet="Organisationen")
    mapping = suggest_mapping(source.headers, TargetKind.ORGANISATION)
    [row] = map_rows(source.rows(), mapping)

    assert row.values == {
        "name": "Nordstadtliebe e.V.",
        "district": "Nordstadt",
        "sector": "Zivilgesellschaft",
    }
    assert "Organisationen" in source.describe()


def test_unknown_sheet_names_the_existing_ones(fixture_path):
    with pytest.raises(ImportFileError, match="„Kontakte“, „Organisationen“"):
        open_source(fixture_path("contacts.xlsx"), sheet="Tabelle1")


def test_workbook_saved_under_a_csv_name_is_still_read_as_workbook(fixture_path, tmp_path):
    renamed = tmp_path / "kontakte.csv"
    renamed.write_bytes(fixture_path("contacts.xlsx").read_bytes())
    assert [row.line for row in open_source(renamed).rows()] == [2, 4, 5]


def test_header_in_a_later_row_and_formula_values(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append(["Vorname", "Nachname", "Summe"])
    sheet.append(["Anna", "Schäfer", "=1+1"])  # openpyxl stores no cached value
    sheet.append(["Jürgen", "Weiß", 2.5])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)

    rows = list(open_source(path).rows())

    assert [row.line for row in rows] == [3, 4]
    assert rows[0].cells["Summe"] == ""  # a formula is never read as text
    assert rows[1].cells["Summe"] == "2,5"


def test_empty_sheet_is_refused(tmp_path):
    path = tmp_path / "leer.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ImportFileError, match="ist leer"):
        open_source(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kontakte.xlsx", "Vorname;Nachname\r\nAnna;Schäfer\r\n".encode()),  # text, not a zip
        ("kontakte.xlsx", b"PK\x03\x04kaputt"),
    ],
)
def test_a_file_that_is_no_workbook_is_refused(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=r"„kontakte.xlsx“.*keine gültige Excel-Arbeitsmappe"):
        open_source(path)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path):
    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("liesmich.txt", "Hallo")
    with pytest.raises(ImportFileError, match="keine gültige Excel-Arbeitsmappe"):
        open_source(path)


def test_old_xls_format_gets_advice(tmp_path):
    path = tmp_path / "alt.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ImportFileError, match=r"alten Excel-Format \(.xls\)"):
        open_source(path)
