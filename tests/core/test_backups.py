"""Automatic backups: at most one at start per day, in the chosen folder, rotating, and before migrations."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sic_desktop.core.backups import (
    Backup,
    BackupFolderError,
    backup_at_start,
    backups_to_keep,
    check_backup_folder,
    list_backups,
    make_backup,
    prune_backups,
)
from sic_desktop.core.models import Organisation
from sic_desktop.core.paths import DATABASE_NAME, DataFolder
from sic_desktop.core.restore import check_backup_file, restore_backup
from sic_desktop.core.settings import BackupRetention
from sic_desktop.core.workspace import Workspace

MORNING = datetime(2026, 11, 25, 8, 30)
V2_FIXTURE = Path(__file__).parent / "fixtures" / "database_v2.sqlite3"


def _daily(days: int, end: datetime) -> list[Backup]:
    return [Backup(Path(f"b{n}"), end - timedelta(days=n), "start") for n in range(days)]


def test_rotation_keeps_7_days_4_weeks_12_months_and_everything_of_the_last_day():
    backups = [*_daily(500, MORNING), Backup(Path("vor-import"), MORNING - timedelta(hours=3), "vor-import")]
    kept = backups_to_keep(backups, BackupRetention(), MORNING)
    kept_days = sorted({b.made_at.date() for b in backups if b.path in kept}, reverse=True)
    assert Path("vor-import") in kept  # this morning's pre-import copy survives the day
    # 7 newest days, then the newest of each earlier week (Sundays), then of each earlier month (last day).
    assert kept_days[:7] == [(MORNING - timedelta(days=n)).date() for n in range(7)]
    assert [d.isoformat() for d in kept_days[7:]] == [
        "2026-11-15", "2026-11-08", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31",
        "2026-06-30", "2026-05-31", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31",
    ]
    assert len(kept) == 7 + 13 + 1


def test_rotation_counts_are_configurable():
    kept = backups_to_keep(_daily(60, MORNING), BackupRetention(daily=2, weekly=0, monthly=0), MORNING)
    assert kept == {Path("b0"), Path("b1")}


def test_pruning_deletes_only_our_old_backups(tmp_path):
    for n in range(10):
        (tmp_path / f"sic-desktop_{(MORNING - timedelta(days=n)):%Y-%m-%d_%H%M%S}_start.sqlite3").touch()
    (tmp_path / "meine-notizen.txt").touch()
    (tmp_path / "sic-desktop_export.json").touch()
    removed = prune_backups(tmp_path, BackupRetention(daily=3, weekly=0, monthly=0), now=MORNING)
    assert len(removed) == 7
    assert [b.made_at.date().day for b in list_backups(tmp_path)] == [25, 24, 23]
    assert (tmp_path / "meine-notizen.txt").exists() and (tmp_path / "sic-desktop_export.json").exists()


def test_start_backup_at_most_once_a_day_and_not_for_an_empty_folder(workspace):
    assert backup_at_start(workspace, now=MORNING) is None  # nothing to protect yet
    workspace.organisations.create(Organisation(name="Stiftung Nord"))
    first = backup_at_start(workspace, now=MORNING)
    assert first is not None and first.path.parent == workspace.folder.backups_dir
    assert backup_at_start(workspace, now=MORNING + timedelta(hours=5)) is None
    assert backup_at_start(workspace, now=MORNING + timedelta(days=1)) is not None
    assert len(list_backups(workspace.folder.backups_dir)) == 2


def test_backups_go_to_the_folder_the_user_chose(workspace, tmp_path):
    workspace.organisations.create(Organisation(name="Stiftung Nord"))
    workspace.settings.backup_dir = str(tmp_path / "netzlaufwerk")
    backup = backup_at_start(workspace, now=MORNING)
    assert backup.path.parent == tmp_path / "netzlaufwerk" and backup.size > 0


def test_an_unreachable_backup_folder_gives_a_german_message(workspace, tmp_path):
    workspace.organisations.create(Organisation(name="Stiftung Nord"))
    workspace.settings.backup_dir = str(tmp_path / "Z-Laufwerk-nicht-verbunden" / "Sicherungen")
    with pytest.raises(BackupFolderError, match=r"Sicherungsordner .* ist nicht erreichbar.*Netzlaufwerk"):
        backup_at_start(workspace, now=MORNING)
    assert not (tmp_path / "Z-Laufwerk-nicht-verbunden").exists()  # no folder tree built on a missing drive


def test_a_chosen_backup_folder_is_checked_for_writing(tmp_path):
    check_backup_folder(tmp_path / "neu")  # made if its parent exists
    assert (tmp_path / "neu").is_dir() and not list((tmp_path / "neu").iterdir())
    with pytest.raises(BackupFolderError, match="nicht erreichbar"):
        check_backup_folder(tmp_path / "fehlt" / "Sicherungen")
    read_only = tmp_path / "schreibgeschuetzt"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        if os.access(read_only, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(BackupFolderError, match="nicht erreichbar"):
            check_backup_folder(read_only)
    finally:
        read_only.chmod(0o700)


def test_a_backup_is_one_file_that_checking_and_restoring_leave_alone(workspace, tmp_path):
    workspace.organisations.create(Organisation(name="Stiftung Nord"))
    backup = make_backup(workspace.database, tmp_path / "sicherungen", "manuell", now=MORNING)
    copy = make_backup(backup.path, tmp_path / "kopien", "vor-wiederherstellung", now=MORNING)
    check_backup_file(backup.path)
    restore_backup(DataFolder(tmp_path / "neu"), copy.path)
    assert [p.name for p in (tmp_path / "sicherungen").iterdir()] == [backup.path.name]  # no -wal, no -shm
    assert [p.name for p in (tmp_path / "kopien").iterdir()] == [copy.path.name]
    with Workspace.open(tmp_path / "neu", user="t") as restored:
        assert [o.name for o in restored.organisations.list()] == ["Stiftung Nord"]
        assert restored.database.journal_mode == workspace.database.journal_mode  # opened as usual again


def test_manual_backup_names_say_when_and_why(workspace):
    backup = make_backup(workspace.database, workspace.folder.backups_dir, "manuell", now=MORNING)
    assert backup.path.name == "sic-desktop_2026-11-25_083000_manuell.sqlite3"


def _migrate_v2_copy(folder: Path, backup_dir: Path) -> None:
    """Open a copy of the version-2 file in ``folder`` whose settings name ``backup_dir``."""
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({"backup_dir": backup_dir.as_posix()}))
    shutil.copy(V2_FIXTURE, folder / DATABASE_NAME)
    Workspace.open(folder, user="test").close()


def test_the_copy_before_a_migration_lands_in_the_chosen_backup_folder(tmp_path):
    _migrate_v2_copy(tmp_path / "daten", tmp_path / "sicherungen")
    assert [b.reason for b in list_backups(tmp_path / "sicherungen")] == ["vor-update-datenstand-2"]


def test_the_copy_before_a_migration_falls_back_to_the_data_folder_if_the_share_is_gone(tmp_path):
    _migrate_v2_copy(tmp_path / "daten", tmp_path / "weg" / "sicherungen")
    assert [b.reason for b in list_backups(tmp_path / "daten" / "backups")] == ["vor-update-datenstand-2"]
