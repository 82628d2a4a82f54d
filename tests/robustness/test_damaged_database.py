"""A damaged or foreign database file at start: a clear German message, the newest backup offered,
the file itself never overwritten."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from sic_desktop.core.backups import BackupReason, make_backup
from sic_desktop.core.models import Organisation
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.recovery import newest_backup
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.recovery_dialog import RecoveryDialog, open_or_recover

NEWEST = "sic-desktop_2026-11-24_090000_start.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _backup(ws: Workspace, day: int) -> Path:
    backup = make_backup(ws.database, ws.folder.backups_dir, BackupReason.START, now=datetime(2026, 11, day, 9))
    return backup.path


@pytest.fixture
def damaged(data_dir: Path) -> DataFolder:
    """A data folder with two backups (an older and a newer one) and then a damaged database."""
    with Workspace.open(data_dir) as ws:
        ws.organisations.create(Organisation(name="In der älteren Sicherung"))
        _backup(ws, 23)
        ws.organisations.create(Organisation(name="In der neuesten Sicherung"))
        _backup(ws, 24)
        ws.organisations.create(Organisation(name="Nach der Sicherung eingegeben"))
        folder = ws.folder
    raw = bytearray(folder.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the schema page after the header
    folder.database.write_bytes(bytes(raw))
    return folder


def test_newest_sound_backup_is_chosen(damaged: DataFolder):
    broken = damaged.backups_dir / "sic-desktop_2026-11-25_090000_manuell.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)  # newest, but no database
    (damaged.backups_dir / "zweitkopie.sqlite3").write_bytes(damaged.backups_dir.joinpath(NEWEST).read_bytes())
    assert newest_backup(damaged, Settings()).path == damaged.backups_dir / NEWEST


def test_restore_at_start_keeps_the_damaged_file(qtbot, damaged: DataFolder, when_dialog):
    before = digest(damaged.database)
    Path(f"{damaged.database}-wal").write_bytes(b"Rest eines Absturzes")  # must not be applied to the backup
    asked: list[tuple[str, str]] = []

    def restore(dialog: RecoveryDialog) -> None:
        asked.append((dialog.text(), dialog.informativeText()))
        dialog.restore_button.click()

    when_dialog(RecoveryDialog, restore)
    ws = open_or_recover(damaged)
    assert ws is not None
    with ws:
        assert sorted(o.name for o in ws.organisations.list()) == ["In der neuesten Sicherung", "In der älteren Sicherung"]
    [(text, detail)] = asked
    assert "ist beschädigt und kann nicht geöffnet werden" in text
    assert f"„{NEWEST}“ vom 24.11.2026, 09:00 Uhr" in detail and "nicht überschrieben" in detail
    [kept] = damaged.root.glob("sic-desktop.beschaedigt-*.sqlite3")
    assert digest(kept) == before  # the damaged file is kept byte for byte, its WAL beside it
    assert Path(f"{kept}-wal").read_bytes() == b"Rest eines Absturzes"


def test_quitting_leaves_the_file_untouched(qtbot, damaged: DataFolder, when_dialog):
    before = digest(damaged.database)
    when_dialog(RecoveryDialog, lambda dialog: dialog.quit_button.click())
    assert open_or_recover(damaged) is None
    assert digest(damaged.database) == before
    assert list(damaged.root.glob("*beschaedigt*")) == []


def test_a_foreign_file_without_backups_is_explained(qtbot, data_dir: Path, when_dialog):
    data_dir.mkdir(parents=True)
    path = data_dir / "sic-desktop.sqlite3"
    path.write_text("Name;Vorname\nSchäfer;Anna\n", encoding="utf-8")
    asked: list[tuple[str, str, bool]] = []

    def look(dialog: RecoveryDialog) -> None:
        asked.append((dialog.text(), dialog.informativeText(), dialog.restore_button is None))
        dialog.quit_button.click()

    when_dialog(RecoveryDialog, look)
    assert open_or_recover(DataFolder(data_dir)) is None
    [(text, detail, no_restore)] = asked
    assert "keine SIC-Desktop-Datenbank" in text and "keine brauchbare Sicherung" in detail and no_restore
    assert path.read_text(encoding="utf-8") == "Name;Vorname\nSchäfer;Anna\n"
