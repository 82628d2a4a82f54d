"""Restoring a backup: checked before anything is replaced, the current file kept aside."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sic_desktop.core.backups import list_backups, make_backup
from sic_desktop.core.errors import CorruptDatabaseError, NotOurFileError, SchemaTooNewError
from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.restore import restore_backup
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

V1_FIXTURE = Path(__file__).parent / "fixtures" / "database_v1.sqlite3"


def _dump(path: Path) -> list[str]:
    """Every row of every table except the data generation, which a restore moves on on purpose."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "'generation'" not in line]
    finally:
        conn.close()


@pytest.fixture
def folder_with_backup(data_dir):
    """A data folder whose backup holds Anna, while the live file has moved on to Jürgen too."""
    with Workspace.open(data_dir, user="testerin") as ws:
        org = ws.organisations.create(Organisation(name="Stiftung Soziale Innovation"))
        ws.persons.create(Person(first_name="Anna", last_name="Schäfer", emails=["a@stiftung.example"]))
        backup = make_backup(ws.database, data_dir / "backups", "manuell")
        generation_at_backup = ws.database.generation()
    original = _dump(backup.path)
    with Workspace.open(data_dir, user="testerin") as ws:
        ws.persons.create(Person(first_name="Jürgen", last_name="Weiß"))
        ws.organisations.trash(org.id)
        generation_now = ws.database.generation()
    assert generation_now > generation_at_backup
    return DataFolder(data_dir), backup.path, original, generation_now


def test_a_restored_backup_equals_the_original(folder_with_backup):
    folder, backup, original, generation_before = folder_with_backup
    result = restore_backup(folder, backup)
    assert _dump(folder.database) == original
    assert result.schema_version == latest_version()
    # The search index reflected generation_before: the restored file must differ from it.
    assert result.generation > generation_before
    with Workspace.open(folder, user="testerin") as ws:
        assert [p.first_name for p in ws.persons.list()] == ["Anna"]
        assert ws.database.generation() == result.generation


def test_the_replaced_file_is_kept_aside_in_the_rotation(folder_with_backup):
    folder, backup, _, _ = folder_with_backup
    result = restore_backup(folder, backup)
    assert result.kept_aside is not None and result.kept_aside.reason == "vor-wiederherstellung"
    assert result.kept_aside in list_backups(folder.backups_dir)
    aside = DataFolder(folder.root / "zurueck")
    restore_backup(aside, result.kept_aside.path)
    with Workspace.open(aside, user="testerin") as ws:
        assert sorted(p.first_name for p in ws.persons.list()) == ["Anna", "Jürgen"]


def _refused(folder: DataFolder, source: Path, error: type[Exception], match: str) -> None:
    before = _dump(folder.database)
    copies = list_backups(folder.backups_dir)
    with pytest.raises(error, match=match):
        restore_backup(folder, source)
    assert _dump(folder.database) == before
    assert list_backups(folder.backups_dir) == copies  # refused before anything was copied


def test_a_file_that_is_not_ours_is_refused(folder_with_backup, tmp_path):
    folder = folder_with_backup[0]
    text = tmp_path / "kontakte.sqlite3"
    text.write_text("Vorname;Nachname\nAnna;Schäfer\n", encoding="utf-8")
    _refused(folder, text, NotOurFileError, "keine SIC-Desktop-Datenbank")
    foreign = tmp_path / "fremd.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.close()
    _refused(folder, foreign, NotOurFileError, "nicht von SIC Desktop")


def test_a_backup_from_a_newer_program_is_refused(folder_with_backup, tmp_path):
    folder, backup, _, _ = folder_with_backup
    newer = tmp_path / "neuer.sqlite3"
    shutil.copy(backup, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    _refused(folder, newer, SchemaTooNewError, "neueren Version")


def test_a_damaged_backup_is_refused(folder_with_backup, tmp_path):
    folder, backup, _, _ = folder_with_backup
    damaged = tmp_path / "kaputt.sqlite3"
    data = bytearray(backup.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\xff" * (3 * page)  # some tables' pages overwritten
    damaged.write_bytes(bytes(data))
    _refused(folder, damaged, CorruptDatabaseError, "beschädigt")


def test_an_old_backup_is_restored_and_migrated_at_the_next_opening(folder_with_backup):
    folder = folder_with_backup[0]
    result = restore_backup(folder, V1_FIXTURE)
    assert result.schema_version == 1
    with Workspace.open(folder, user="testerin") as ws:
        assert ws.organisations.get(1).name == "Quartiersinitiative Marten e.V."
        assert ws.database.generation() == result.generation
