"""Damaged or odd files and input meet a German message, never a traceback (issue 19, 9)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Note, Organisation
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.index_files import MARKER_NAME, read_marker
from sic_desktop.search.whoosh_imports import index

PFLEGE = "Pflege zu Hause: Beratung für pflegende Angehörige im Quartier, Schulungen und ein Gesprächskreis. "


@pytest.fixture
def indexed(data_dir: Path) -> DataFolder:
    """60 notes about „Pflege“ and a current search index."""
    with Workspace.open(data_dir) as ws:
        for number in range(60):
            ws.notes.create(Note(title=f"Pflegeberatung {number}", text=PFLEGE * 3, note_date=date(2026, 11, 2)))
        folder = ws.folder
    assert main(["reindex"]) == 0
    return folder


def _found(capsys, query: str = "Pflege") -> str:
    assert main(["search", query]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "marker", ["kein JSON {", '{"folder": 5, "generation": 1, "schema": 2}', "null", "[1, 2]",
               '{"folder": "index-a", "generation": "eins", "schema": 2, "files": 7}'],
)
def test_a_garbage_index_marker_is_damage_and_rebuilt(indexed: DataFolder, capsys, marker: str):
    (indexed.index_dir / MARKER_NAME).write_text(marker, encoding="utf-8")

    assert main(["check"]) == 1
    assert "Der Suchindex ist beschädigt" in capsys.readouterr().err
    assert "Pflegeberatung" in _found(capsys)
    assert read_marker(indexed.index_dir) is not None  # rebuilt: a sound marker again


def _damage_postings(index_dir: Path) -> None:
    """Overwrite the posting blocks of every term stored out of line, except each field's first term
    (the cheap check at start reads those): the files keep their sizes, only their bytes are wrong."""
    marker = read_marker(index_dir)
    folder = index_dir / marker.folder
    ix = index.open_dir(str(folder))
    blocks = []
    try:
        with ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                for fieldname in leaf.indexed_field_names():
                    for position, term in enumerate(leaf.lexicon(fieldname)):
                        info = leaf.term_info(fieldname, term)
                        if position and info._inlined is None:
                            blocks.append((info._offset, info._length[0]))
    finally:
        ix.close()
    assert blocks
    [postings] = folder.glob("*.pst")
    raw = bytearray(postings.read_bytes())
    for offset, length in blocks:
        raw[offset : offset + length] = bytes((offset * 7 + i * 13) % 256 for i in range(length))
    postings.write_bytes(bytes(raw))


def test_random_bytes_in_a_posting_file_are_found_by_check_and_the_search_rebuilds(indexed: DataFolder, capsys):
    _damage_postings(indexed.index_dir)

    assert main(["check"]) == 1
    assert "Der Suchindex ist beschädigt" in capsys.readouterr().err
    assert "Pflegeberatung" in _found(capsys)
    assert main(["check"]) == 0


def test_damage_met_by_a_search_rebuilds_the_index(indexed: DataFolder, capsys):
    _damage_postings(indexed.index_dir)
    assert "Pflegeberatung" in _found(capsys)
    assert main(["check"]) == 0


def test_settings_of_the_wrong_type_fall_back_to_the_defaults(data_dir: Path, capsys):
    with Workspace.open(data_dir) as ws:
        ws.organisations.create(Organisation(name="Stiftung Nord"))
    wrong = {"language": 5, "backup_dir": 7, "classification": {}, "privacy_review_years": "drei",
             "history_retention_years": [], "backup_retention": {"daily": "sieben", "weekly": 2.5, "monthly": 6},
             "eigene_einstellung": "bleibt"}
    (data_dir / "settings.json").write_text(json.dumps(wrong), encoding="utf-8")

    for command in (["check"], ["list", "organisationen"], ["privacy", "review"], ["backup"]):
        assert main(command) == 0, command
    assert "Traceback" not in capsys.readouterr().err
    settings = Settings.load(data_dir / "settings.json")
    assert (settings.language, settings.backup_dir) == ("de", None)
    assert (settings.backup_retention.daily, settings.backup_retention.monthly) == (7, 6)
    assert settings.extra == {"eigene_einstellung": "bleibt"}  # the unusable former Datenschutz periods are gone
    with Workspace.open(data_dir) as ws:
        assert (ws.privacy_settings.review_years, ws.privacy_settings.history_retention_years) == (3, 10)


def test_a_folder_in_place_of_the_database(data_dir: Path, capsys):
    (data_dir / "sic-desktop.sqlite3").mkdir(parents=True)
    assert main(["check"]) == 1
    assert "ist ein Ordner, keine Datenbankdatei" in capsys.readouterr().err


def test_a_data_folder_that_is_a_file(tmp_path: Path, capsys):
    afile = tmp_path / "daten.txt"
    afile.write_text("kein Ordner", encoding="utf-8")
    assert main(["--data-dir", str(afile), "check"]) == 1
    assert "ist eine Datei, kein Ordner" in capsys.readouterr().err
    assert afile.read_text(encoding="utf-8") == "kein Ordner"


def test_braces_in_a_date_cell_are_the_users_text_not_a_template(data_dir: Path, tmp_path: Path, capsys):
    source = tmp_path / "kontakte.csv"
    source.write_text("Vorname;Nachname;Einwilligung am\nAnna;Schäfer;{0}\nBen;Yilmaz;{name}\n", encoding="utf-8")
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "„{0}“ ist kein Datum" in out and "„{name}“ ist kein Datum" in out


def test_a_deeply_nested_json_file(data_dir: Path, tmp_path: Path, capsys):
    source = tmp_path / "export.json"
    source.write_text('{"format": "sic-desktop-export", "organisations": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert main(["import", str(source), "--format", "json"]) == 1
    assert "zu tief verschachtelt" in capsys.readouterr().err


def test_search_piped_into_head(indexed: DataFolder):
    """The reader stops after one line; the rest of the output (more than a pipe holds) goes nowhere."""
    command = [sys.executable, "-m", "sic_desktop", "--data-dir", str(indexed.root), "search", "Pflege",
               "--limit", "60"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode("utf-8")
    process.wait()
    assert "Traceback" not in error and "BrokenPipe" not in error
