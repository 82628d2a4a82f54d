"""CSV files as Outlook and Excel write them become the right rows."""

from __future__ import annotations

import codecs

import pytest

from sic_desktop.core.errors import SicError
from sic_desktop.io import FileTooLargeError, ImportFileError, open_source, preview
from sic_desktop.io.csv_source import detect_delimiter
from sic_desktop.io.text_file import MAX_IMPORT_BYTES

JUERGEN = {
    "salutation": "Herr",
    "first_name": "Jürgen",
    "last_name": "Weiß",
    "organisation": "Caritasverband Dortmund e.V.",
    "department": "Quartiersarbeit",
    "function": "Quartiersmanager",
    "emails": ["juergen.weiss@caritas-dortmund.example"],
    "phones": ["+49 231 1848-0", "0171 2345678"],
    "street": "Propsteihof 10",
    "postal_code": "44137",
    "city": "Dortmund",
    "website": "https://www.caritas-dortmund.example",
    "notes": "Kennt alle Träger in der Nordstadt.\nRückruf am Montag.",
    "tags": ["Arbeit im Quartier", "Nordstadt"],
}
ANNA = {
    "salutation": "Frau",
    "title": "Dr.",
    "first_name": "Anna",
    "last_name": "Schäfer",
    "organisation": "Stiftung Soziale Innovation",
    "function": "Vorständin",
    "emails": ["a.schaefer@stiftung-si.example", "anna.schaefer@stiftung-si.example"],
    "phones": ["0231 555-12", "0231 555-13"],
    "street": "Königswall 21, 3. Etage",
    "postal_code": "44137",
    "city": "Dortmund",
    "tags": ["Stiftungen"],
}


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "lines"),
    [
        ("outlook_de_cp1252.csv", "cp1252", ",", [2, 4, 5]),
        # Excel kept an empty row after the first contact: skipped, but counted.
        ("outlook_de_utf8_bom.csv", "utf-8-sig", ";", [2, 5, 6]),
    ],
)
def test_german_outlook_export_is_read_in_both_encodings(
    fixture_path, import_file, name, encoding, delimiter, lines
):
    source = open_source(fixture_path(name))
    assert (source.encoding, source.delimiter) == (encoding, delimiter)
    assert source.headers[0] == "Anrede"  # no BOM glued to the first name

    rows = import_file(fixture_path(name))

    assert [row.line for row in rows] == lines
    assert rows[0].values == JUERGEN
    assert rows[1].values == ANNA
    assert all(row.importable for row in rows)


def test_outlook_private_data_and_birthday_are_not_taken_over(fixture_path, import_file):
    juergen = import_file(fixture_path("outlook_de_cp1252.csv"))[0]
    flat = repr(juergen.values)
    assert "0231 999999" not in flat  # Telefon (privat)
    assert "Geheimweg" not in flat  # Straße privat
    assert "1970" not in flat  # Geburtstag


def test_english_outlook_export_with_commas_gives_the_same_people(fixture_path, import_file):
    rows = import_file(fixture_path("outlook_en.csv"))

    assert open_source(fixture_path("outlook_en.csv")).delimiter == ","
    assert rows[0].values == JUERGEN
    # English Outlook's "Title" holds the prefix; "Dr." alone becomes the title.
    anna = {name: value for name, value in ANNA.items() if name != "salutation"}
    assert rows[1].values == anna


def test_exchange_address_is_refused_with_an_explanation(fixture_path, import_file):
    selin = import_file(fixture_path("outlook_de_cp1252.csv"))[2]

    assert selin.values["emails"] == ["selin.oeztuerk@stadt.example"]
    assert selin.importable
    [problem] = selin.problems
    assert problem.field == "emails"
    assert "Exchange-Adresse" in problem.message
    assert str(problem).startswith("Zeile 5: E-Mail:")


def test_excel_list_with_one_name_column(fixture_path, import_file):
    rows = import_file(fixture_path("excel_semicolon_cp1252.csv"))

    assert [row.line for row in rows] == [2, 3, 5, 6]  # line 4 is empty
    anna, juergen, max_, nameless = rows
    assert (anna.values["title"], anna.values["first_name"], anna.values["last_name"]) == (
        "Dr.", "Anna", "Schäfer",
    )
    assert (juergen.values["first_name"], juergen.values["last_name"]) == ("Jürgen", "Weiß")
    assert juergen.values["emails"] == ["juergen.weiss@caritas.example", "jw@caritas.example"]
    assert max_.values["last_name"] == "von der Heide"
    assert "emails" not in max_.values and "consent_date" not in max_.values
    assert [str(p) for p in max_.problems] == [
        "Zeile 5: E-Mail: „max@“ ist keine gültige E-Mail-Adresse und wird nicht übernommen.",
        "Zeile 5: Einwilligung vom: „31.02.2026“ ist kein gültiges Datum: Der Februar 2026 hat nur "
        "28 Tage. Der Wert wird nicht übernommen.",
    ]
    assert max_.importable
    assert nameless.importable and nameless.company, "a line naming only a company becomes an organisation"
    assert nameless.values["organisation"] == "Ohne Namen GmbH"


def test_excel_unicode_text_is_utf16_with_tabs(fixture_path, import_file):
    source = open_source(fixture_path("excel_unicode_text.txt"))
    assert (source.encoding, source.delimiter) == ("utf-16", "\t")
    rows = import_file(fixture_path("excel_unicode_text.txt"))
    assert rows[1].values["organisation"] == "Initiative „Gemeinsam“"
    assert rows[1].values["first_name"] == "Zoë"


def test_quoted_line_breaks_stay_in_the_cell_and_lines_are_counted(fixture_path, import_file):
    anna, juergen = import_file(fixture_path("quoted_linebreak.csv"))

    assert anna.values["notes"] == "Erste Zeile\nzweite Zeile; mit Semikolon\ndritte Zeile"
    assert (anna.line, juergen.line) == (2, 5)
    assert juergen.values["notes"] == 'Er sagte "Hallo"'


def test_formula_guard_of_our_export_is_removed_and_nothing_else(fixture_path):
    rows = list(open_source(fixture_path("formula_cells.csv")).rows())

    assert [row.cells["Notizen"] for row in rows] == [
        '=HYPERLINK("http://böse.example")',
        "=1+1",
        "-5 Grad",
        "'Zitat' bleibt",
    ]


def test_preview_shows_the_first_rows_as_in_the_file(fixture_path):
    source = open_source(fixture_path("excel_semicolon_cp1252.csv"))
    rows = preview(source, limit=2)
    assert [row.cells["Name"] for row in rows] == ["Dr. Anna Schäfer", "Weiß, Jürgen"]
    assert "Semikolon" in source.describe() and "Windows-1252" in source.describe()


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Vorname;Nachname;E-Mail\r\nAnna;Schäfer;a@b.de\r\n", ";"),
        ('"Name, Vorname";"Ort"\r\n"Schäfer, Anna";"Dortmund"\r\n', ";"),
        ("First Name,Last Name\nAnna,Schäfer\n", ","),
        ("Vorname\tNachname\nAnna\tSchäfer\n", "\t"),
        ("Name\nSchäfer, Anna\nWeiß, Jürgen\n", ";"),  # one column: commas are data
        ("\r\n\r\nVorname;Nachname\r\nAnna;Schäfer\r\n", ";"),
        # Several candidates in the header: the rows decide.
        ("Name;Ort, Stadtteil;Telefon\nA;B;C\nD;E;F\n", ";"),
    ],
)
def test_delimiter_detection(sample, expected):
    assert detect_delimiter(sample) == expected


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_is_recognised_even_if_the_first_umlaut_comes_late(tmp_path):
    filler = b"Vorname;Nachname\r\n" + b"Anna;Schaefer\r\n" * 200_000  # ~3 MB of ASCII
    path = _write(tmp_path, "spaet.csv", filler + "Jürgen;Weiß\r\n".encode())
    source = open_source(path)
    assert source.encoding == "utf-8"
    assert list(source.rows())[-1].cells == {"Vorname": "Jürgen", "Nachname": "Weiß"}


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Name\r\nWeiß\r\n".encode("cp1252"), "cp1252", "Weiß"),
        ("Name\r\n„Zitat“ – Schäfer\r\n".encode("cp1252"), "cp1252", "„Zitat“ – Schäfer"),
        (b"Name\r\nA\x81b\r\n", "latin-1", "A\x81b"),  # undefined in Windows-1252
        (codecs.BOM_UTF8 + "Name\r\nWeiß\r\n".encode(), "utf-8-sig", "Weiß"),
    ],
)
def test_encoding_detection(tmp_path, data, encoding, expected):
    source = open_source(_write(tmp_path, "liste.csv", data))
    assert source.encoding == encoding
    assert [row.cells["Name"] for row in source.rows()] == [expected]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "ist leer"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "keinen Text"),
        (b"\r\n;;;\r\n\r\n", "nur leere Zeilen"),
        ("Anna;Schäfer;anna@example.org\r\n".encode(), "statt Spaltenüberschriften"),
        (b"0231 12345;44137\r\n", "statt Spaltenüberschriften"),
        (codecs.BOM_UTF8 + "Name\r\nWeiß\r\n".encode("cp1252"), "als UTF-8 gekennzeichnet"),
        (b'Name;Notiz\r\nAnna;"' + b"x" * 200_000 + b"\r\n", "Ab Zeile 2"),
    ],
)
def test_unreadable_csv_raises_a_german_error_naming_the_file(tmp_path, data, words):
    path = _write(tmp_path, "kaputt.csv", data)
    with pytest.raises(ImportFileError) as caught:
        list(open_source(path).rows())
    assert isinstance(caught.value, SicError)
    assert "„kaputt.csv“" in str(caught.value)
    assert words in str(caught.value)


def test_files_above_the_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "riesig.csv"
    with path.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk space
    with pytest.raises(FileTooLargeError, match="bis 100 MB"):
        open_source(path)


def test_missing_file_is_reported_in_german(tmp_path):
    with pytest.raises(ImportFileError, match="nicht gefunden"):
        open_source(tmp_path / "weg.csv")


def test_odd_headers_get_usable_names_and_surplus_cells_are_reported(tmp_path):
    path = _write(tmp_path, "roh.csv", b"Name;;Name;E-Mail\r\nA;B;C;d@e.de;zu viel\r\n")
    source = open_source(path)
    assert source.headers == ("Name", "Spalte 2", "Name (2)", "E-Mail")
    [row] = source.rows()
    assert row.cells == {"Name": "A", "Spalte 2": "B", "Name (2)": "C", "E-Mail": "d@e.de"}
    assert "„zu viel“" in row.problems[0].message
