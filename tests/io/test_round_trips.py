"""What we export, we read back unchanged: CSV and vCard round trips."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sic_desktop.io import (
    TargetKind,
    map_rows,
    open_source,
    suggest_mapping,
    write_persons_csv,
    write_table_csv,
    write_vcards,
)

HEADERS = ["Spalte A", "Spalte B", "Spalte C"]

# Any text a cell may hold, with the characters that make CSV and vCard hard:
# delimiters, quotes, line breaks, apostrophes and formula starters.
cell_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(";,\t\"'\r\n=+-@\\ äöüßÄÖÜ€„“")),
        st.characters(categories=["L", "N", "P", "S", "Zs"]),
    ),
    max_size=30,
)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ",
                min_size=1, max_size=12)


def _one_line(text: str) -> str:
    """Text as a one-line field is stored: trimmed, single spaces."""
    return " ".join(text.split())


def _notes(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


persons = st.fixed_dictionaries(
    {
        "first_name": st.lists(words, min_size=1, max_size=2).map(" ".join),
        "last_name": st.lists(words, min_size=1, max_size=2).map(" ".join),
    },
    optional={
        "salutation": st.sampled_from(["Herr", "Frau"]),
        "title": st.sampled_from(["Dr.", "Prof. Dr.", "M.A."]),
        "organisation": cell_text.map(_one_line).filter(bool),
        "function": cell_text.map(_one_line).filter(bool),
        "department": cell_text.map(_one_line).filter(bool),
        "emails": st.lists(st.emails().filter(lambda e: len(e) < 80), min_size=1, max_size=5,
                           unique_by=str.casefold),
        "phones": st.lists(st.from_regex(r"\+?[0-9]{3}[0-9 /-]{0,15}[0-9]", fullmatch=True),
                           min_size=1, max_size=4, unique=True),
        "street": cell_text.map(_one_line).filter(bool),
        "postal_code": st.from_regex(r"[0-9]{5}", fullmatch=True),
        "city": words,
        "website": st.just("https://www.beispiel.example/seite?a=1&b=2"),
        "notes": cell_text.map(_notes).filter(bool),
        "tags": st.lists(words, min_size=1, max_size=4, unique_by=str.casefold),
    },
)


def _read_back(path: Path) -> list[dict]:
    source = open_source(path)
    mapping = suggest_mapping(source.headers, TargetKind.PERSON)
    rows = list(map_rows(source.rows(), mapping))
    assert all(row.problems == [] for row in rows), [row.problems for row in rows]
    return [row.values for row in rows]


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.lists(cell_text, min_size=3, max_size=3), min_size=1, max_size=5))
def test_table_csv_round_trip(rows):
    rows = [row for row in rows if any(cell.strip() for cell in row)]  # empty rows are skipped
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "liste.csv"
        write_table_csv(path, HEADERS, rows)
        read = [row.cells for row in open_source(path).rows()]
    assert read == [dict(zip(HEADERS, row, strict=True)) for row in rows]


@pytest.mark.parametrize(
    ("writer", "name"), [(write_persons_csv, "kontakte.csv"), (write_vcards, "kontakte.vcf")]
)
@settings(max_examples=60, deadline=None)
@given(people=st.lists(persons, min_size=1, max_size=4))
def test_persons_round_trip(writer, name, people):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        writer(path, people)
        assert _read_back(path) == people


def test_formula_looking_values_and_line_breaks_survive_the_csv_round_trip(tmp_path):
    rows = [["=SUMME(A1:A3)", "+49 231 50-0", "'=schon geschützt"],
            ["-", "@anna", "Zeile 1\r\nZeile 2\nZeile 3"],
            ["\tEingerückt", "'", "''=x"]]
    path = tmp_path / "liste.csv"
    write_table_csv(path, HEADERS, rows)
    assert [list(row.cells.values()) for row in open_source(path).rows()] == rows
