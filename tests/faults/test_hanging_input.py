"""Input that used to hang (issue 19, 11) is refused at once with a German message."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.io.table import unique_headers


def test_an_overlong_search_text_is_refused(data_dir: Path, capsys):
    assert main(["search", "Pflege " * 15_000]) == 1
    assert "Der Suchtext ist zu lang (105.000 Zeichen, höchstens 1.000)" in capsys.readouterr().err
    assert main(["search", "Pflege " * 100]) == 0


def test_a_header_with_too_many_columns_is_refused(data_dir: Path, tmp_path: Path, capsys):
    source = tmp_path / "breit.csv"
    source.write_text(";".join(["Name"] * 1_500) + "\n" + ";".join(["Anna"] * 1_500) + "\n", encoding="utf-8")
    assert main(["import", str(source), "--dry-run"]) == 1
    assert "Zeile 1 hat 1.500 Spalten, höchstens 1.000 sind möglich" in capsys.readouterr().err


def test_repeated_column_names_stay_apart():
    names = unique_headers(["Name", "Name (2)", "Name", *["E-Mail"] * 998])
    assert names[:3] == ("Name", "Name (2)", "Name (3)")
    assert names[-1] == "E-Mail (998)" and len(set(names)) == len(names) == 1_001
