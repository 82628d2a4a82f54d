"""Fixtures for the fault cases of issue 19: a data folder with sound backups, then its file damaged."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from sic_desktop.core.backups import BackupReason, make_backup
from sic_desktop.core.models import Organisation
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.workspace import Workspace
from tests.mount_points import MountUnavailable, mounted


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digests(folder: Path) -> dict[str, str]:
    """Name → content of every file in ``folder``: proves nothing was added, removed or changed."""
    return {path.name: digest(path) for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.fixture
def backed_up(data_dir: Path) -> DataFolder:
    """A data folder with 60 organisations and two sound backups (23 and 24 November)."""
    with Workspace.open(data_dir) as ws:
        for number in range(60):
            ws.organisations.create(Organisation(name=f"Nachbarschaftsverein Nr. {number}", district="Hörde"))
            if number == 30:
                make_backup(ws.database, ws.folder.backups_dir, BackupReason.START, now=datetime(2026, 11, 23, 9))
        make_backup(ws.database, ws.folder.backups_dir, BackupReason.START, now=datetime(2026, 11, 24, 9))
        return ws.folder


def damage_a_page(database: Path, table: str = "organisation") -> None:
    """Overwrite the cell area at the end of ``table``'s root page: SQLite's integrity check finds it,
    the file header and schema stay intact, so the file still opens."""
    conn = sqlite3.connect(database)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    raw = bytearray(database.read_bytes())
    end = root * page_size
    raw[end - 300 : end] = b"\x13" * 300
    database.write_bytes(bytes(raw))


@pytest.fixture
def page_damaged(backed_up: DataFolder) -> DataFolder:
    damage_a_page(backed_up.database)
    return backed_up


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, tiny file system (tmpfs of 64 KB) to fill up; needs root, else the test is skipped."""
    mount_point = tmp_path / "kleiner-datentraeger"
    mount_point.mkdir()
    try:
        with mounted(mount_point, "-t", "tmpfs", "-o", "size=64k", "tmpfs"):
            yield mount_point
    except MountUnavailable as why:
        pytest.skip(f"no small file system to fill: {why}")


@pytest.fixture
def write_protected(backed_up: DataFolder, tmp_path: Path) -> Iterator[DataFolder]:
    """The backed-up data folder seen through a read-only mount (a share without write rights, a locked
    stick); file modes would not do, as tests may run as root. Needs root and mount, else skipped.
    A test closes what it opened there before this fixture unmounts it."""
    view = tmp_path / "nur-lesen"
    view.mkdir()
    try:
        with mounted(view, "--bind", str(backed_up.root), read_only_bind=True):
            yield DataFolder(view)
    except MountUnavailable as why:
        pytest.skip(f"no read-only mount: {why}")
