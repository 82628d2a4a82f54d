"""Address books of real programs through ``sic-desktop import``, as a clerk brings them on the first day.

Each file (``tests/io/address_book_files.py``) is imported with the suggested mapping; every
person and organisation must arrive with the fields that belong to it, the report must say
what was left out and why, and importing the same file again changes nothing („unverändert“,
exit code 0).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sic_desktop.cli import main
from sic_desktop.core.workspace import Workspace
from tests.io.address_book_files import ALL_FILES, AddressBook


def _import(data_dir: Path, path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "import", str(path), *extra])
    return code, capsys.readouterr().out


def _check_person(ws: Workspace, found: dict[str, Any], name: str, expected: dict[str, Any]) -> None:
    assert name in found, f"{name} fehlt; da sind {sorted(found)}"
    person = found[name]
    for field, value in expected.items():
        if field == "functions":
            actual = {ws.organisations.get(m.organisation_id).name: m.function for m in person.memberships}
        else:
            actual = getattr(person, field)
        assert actual == value, f"{name}: {field}"


def _check_organisation(found: dict[str, Any], name: str, expected: dict[str, Any]) -> None:
    assert name in found, f"{name} fehlt; da sind {sorted(found)}"
    for field, value in expected.items():
        assert getattr(found[name], field) == value, f"{name}: {field}"


@pytest.mark.parametrize("book", ALL_FILES, ids=[book.name for book in ALL_FILES])
def test_an_address_book_arrives_whole_and_a_second_import_changes_nothing(
    book: AddressBook, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, path = tmp_path / "daten", book.write(tmp_path)
    code, report = _import(data_dir, path, capsys)
    assert code == 0, report
    for sentence in book.report:
        assert sentence in report
    assert "nicht übernommen – " not in report, "no line is refused"
    with Workspace.open(data_dir, user="test") as ws:
        persons = {p.full_name: p for p in ws.persons.list()}
        organisations = {o.name: o for o in ws.organisations.list()}
        assert len(persons) == len(book.persons), sorted(persons)
        for name, expected in book.persons.items():
            _check_person(ws, persons, name, expected)
        for name, expected in book.organisations.items():
            _check_organisation(organisations, name, expected)

    code, again = _import(data_dir, path, capsys)
    assert code == 0, again
    assert f"0 angelegt, 0 ergänzt, {book.contacts} unverändert, 0 nicht übernommen." in again
    assert "keine Organisation" not in again


def test_a_header_row_can_be_named_when_it_is_not_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Teilnehmerliste;;\r\nNachname;Vorname;E-Mail\r\nBauer;Ute;ute@example.org\r\n", encoding="utf-8")
    code, report = _import(tmp_path / "daten", path, capsys, "--header-row", "2", "--dry-run")
    assert code == 0 and "Zeile 3: angelegt – Ute Bauer" in report


def test_an_excel_report_with_a_title_above_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Kontakte Stadtteilarbeit"], ["Stand", "01.12.2026"], [], ["Nachname", "Vorname", "Firma", "E-Mail"],
                ["Richter", "Nina", "Mehrgenerationenhaus Hörde", "nina@mgh.example"]):
        sheet.append(row)
    path = tmp_path / "bericht.xlsx"
    workbook.save(path)
    code, report = _import(tmp_path / "daten", path, capsys)
    assert code == 0 and "Zeile 5: angelegt – Nina Richter (Mehrgenerationenhaus Hörde)" in report
