"""The smaller faults of issue 19, point 14."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.backups import make_backup
from sic_desktop.core.database_check import check_database
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.models import Note
from sic_desktop.core.settings import Settings
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.service import SearchService


def test_a_new_empty_data_folder_has_a_working_search_and_a_sound_index(data_dir: Path, capsys):
    assert main(["reindex"]) == 0
    assert main(["check"]) == 0
    assert main(["search", "Pflege"]) == 0
    assert "Keine Treffer für „Pflege“" in capsys.readouterr().out
    with Workspace.open(data_dir) as ws, SearchService(ws, listen=False) as service:
        assert not service.status().needs_rebuild
        assert service.search("Pflege").hits == ()


@pytest.mark.parametrize("seed", range(1, 11))
def test_demo_data_passes_its_own_check_whatever_today_is(workspace: Workspace, seed: int):
    # some of these seeds give a cooperation begun today, with more steps of status history than days
    for _ in load_demo(workspace, DemoSize(10, 5), seed=seed, today=date(2026, 11, 25)):
        pass
    assert check_database(workspace) == []


def test_a_full_disk_leaves_no_part_file_and_says_the_disk_is_full(data_dir: Path, small_disk: Path, tmp_path, capsys):
    with Workspace.open(data_dir) as ws:
        for number in range(200):
            ws.notes.create(Note(title=f"Notiz {number}", text="Gesprächsnotiz " * 60, note_date=date(2026, 11, 2)))
    settings = Settings(backup_dir=str(small_disk))
    settings.save(data_dir / "settings.json")
    source = tmp_path / "kontakte.csv"
    source.write_text("Vorname;Nachname\nAnna;Schäfer\n", encoding="utf-8")

    assert main(["import", str(source)]) == 1

    error = capsys.readouterr().err
    assert "Der Datenträger ist voll" in error
    assert "Netzlaufwerk" not in error and "nicht erreichbar" not in error
    assert list(small_disk.iterdir()) == []  # no 0-byte or half-written .part left


def test_an_exclusion_as_the_first_word(data_dir: Path, capsys):
    with Workspace.open(data_dir) as ws:
        ws.notes.create(Note(title="Pflege zu Hause", text="Beratung", note_date=date(2026, 11, 2)))
        ws.notes.create(Note(title="Kinderbetreuung", text="Beratung", note_date=date(2026, 11, 3)))
    assert main(["search", "-Pflege", "Beratung"]) == 0
    out = capsys.readouterr().out
    assert "Kinderbetreuung" in out and "Pflege zu Hause" not in out


def test_a_backup_of_the_same_second_does_not_collide(workspace: Workspace):
    """Two imports starting in the same second make backups of the same name: each writes its own file."""
    now = datetime(2026, 11, 25, 9)
    directory = workspace.folder.backups_dir
    directory.mkdir()
    other = sqlite3.connect(directory / "sic-desktop_2026-11-25_090000_vor-import.sqlite3.part", timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")  # the other import's copy, being written
        backup = make_backup(workspace.database, directory, "vor-import", now=now)
    finally:
        other.close()
    assert backup.path.stat().st_size > 0
