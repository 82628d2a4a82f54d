"""Export files as Excel and Outlook expect them, written safely."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import pytest

from sic_desktop.core.errors import StorageError
from sic_desktop.io import write_persons_csv, write_table_csv, write_vcards
from sic_desktop.io.vcard_export import fold

ANNA = {
    "salutation": "Frau",
    "title": "Dr.",
    "first_name": "Anna",
    "last_name": "Schäfer",
    "organisation": "Stiftung Soziale Innovation; Dortmund",
    "function": "Vorständin",
    "emails": ["a.schaefer@stiftung-si.example"],
    "phones": ["+49 231 555-12"],
    "street": "Königswall 21",
    "postal_code": "44137",
    "city": "Dortmund",
    "website": "https://stiftung-si.example",
    "notes": "=HYPERLINK(\"http://böse.example\")\nzweite Zeile",
    "tags": ["Stiftungen", "CSR"],
    "consent_date": date(2026, 3, 1),
}


def test_persons_csv_is_what_excel_opens_by_double_click(tmp_path):
    path = tmp_path / "kontakte.csv"
    assert write_persons_csv(path, [ANNA]) == 1
    data = path.read_bytes()

    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8):].decode("utf-8")
    header, record = text.split("\r\n", 1)
    assert header.startswith("Anrede;Titel;Vorname;Nachname;Suffix;Firma;")
    assert "E-Mail-Adresse;E-Mail 2: Adresse;E-Mail 3: Adresse" in header
    # Quoted where needed (a semicolon, a line break); formulas neutralised.
    assert '"Stiftung Soziale Innovation; Dortmund"' in record
    assert '"\'=HYPERLINK(""http://böse.example"")\nzweite Zeile"' in record
    assert ";'+49 231 555-12;" in record
    assert ";Stiftungen; CSR;" not in record and '"Stiftungen; CSR"' in record
    assert ";;01.03.2026;\r\n" in record  # no legal basis, consent date, no last contact
    assert text.endswith("\r\n") and text.count("\r\n") == 2


def test_table_csv_writes_all_kinds_of_cells(tmp_path):
    path = tmp_path / "liste.csv"
    rows = [["Schäfer", date(2026, 11, 25), datetime(2026, 11, 25, 14, 30), True, 1.5, None, 3,
             ["a", "b"], "@Anna", "-5"]]
    assert write_table_csv(path, ["Name", "Datum", "Zeit", "Aktiv", "Wert", "Leer", "Anzahl",
                                  "Liste", "Twitter", "Zahl"], rows) == 1
    record = path.read_bytes().decode("utf-8-sig").split("\r\n")[1]
    assert record == "Schäfer;25.11.2026;25.11.2026 14:30;ja;1,5;;3;\"a; b\";'@Anna;'-5"


def test_vcard_has_the_properties_outlook_reads(tmp_path):
    path = tmp_path / "kontakte.vcf"
    assert write_vcards(path, [ANNA]) == 1
    text = path.read_bytes().decode("utf-8")
    unfolded = text.replace("\r\n ", "")

    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    for line in (
        "N:Schäfer;Anna;;Frau Dr.;",
        "FN:Dr. Anna Schäfer",
        "ORG:Stiftung Soziale Innovation\\; Dortmund",
        "TITLE:Vorständin",
        "EMAIL;TYPE=INTERNET:a.schaefer@stiftung-si.example",
        "TEL;TYPE=WORK,VOICE:+49 231 555-12",
        "ADR;TYPE=WORK:;;Königswall 21;Dortmund;;44137;",
        "URL:https://stiftung-si.example",
        'NOTE:=HYPERLINK("http://böse.example")\\nzweite Zeile',
        "CATEGORIES:Stiftungen,CSR",
    ):
        assert line + "\r\n" in unfolded
    assert "\n" not in text.replace("\r\n", "")  # only CRLF line ends


def test_vcard_lines_are_folded_at_75_octets_without_splitting_characters():
    line = "NOTE:" + "Größenänderung " * 20
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert max(len(part.encode("utf-8")) for part in physical) >= 74
    assert physical[0] + "".join(part[1:] for part in physical[1:]) == line
    assert all(part.startswith(" ") for part in physical[1:])


def test_escaping_of_backslash_comma_semicolon_and_line_breaks(tmp_path):
    path = tmp_path / "k.vcf"
    write_vcards(path, [{"last_name": "Weiß", "notes": "a\\b, c; d\r\ne"}])
    assert "NOTE:a\\\\b\\, c\\; d\\ne\r\n" in path.read_bytes().decode("utf-8")


def test_failed_export_keeps_the_old_file_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "kontakte.csv"
    path.write_text("alter Stand", encoding="utf-8")

    def rows():
        yield ["eins"]
        raise RuntimeError("Abbruch")

    with pytest.raises(RuntimeError):
        write_table_csv(path, ["Name"], rows())
    assert path.read_text(encoding="utf-8") == "alter Stand"
    assert [p.name for p in tmp_path.iterdir()] == ["kontakte.csv"]


def test_unwritable_target_gives_a_german_storage_error(tmp_path):
    with pytest.raises(StorageError, match=r"„kontakte.vcf“ konnte nicht geschrieben werden"):
        write_vcards(tmp_path / "fehlt" / "kontakte.vcf", [ANNA])
