"""Putting the newest backup in place of a damaged or foreign database file, without losing that file.

The damaged file is renamed, never overwritten or deleted: it may still hold the
last days of work that someone can rescue. Only a backup that SQLite opens as
one of ours, undamaged, is offered.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sic_desktop.core.errors import DataFileError
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.database import storage_errors
from sic_desktop.core.storage.opening import inspect_file

# SQLite's companion files of a database; a damaged database's WAL must not be applied to the backup.
_COMPANIONS = ("-wal", "-shm", "-journal")


def newest_backup(folder: DataFolder, settings: Settings) -> Path | None:
    """The newest sound database file in the backup folders, or None."""
    roots = [folder.backups_dir] + ([Path(settings.backup_dir)] if settings.backup_dir else [])
    files = [p for root in roots if root.is_dir() for p in root.rglob("*.sqlite3") if p.is_file()]
    for path in sorted(files, key=lambda p: p.stat().st_mtime, reverse=True):
        if _is_sound(path):
            return path
    return None


def _is_sound(path: Path) -> bool:
    try:
        inspect_file(path)
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (DataFileError, sqlite3.DatabaseError, OSError):
        return False


def restore_backup(folder: DataFolder, backup: Path) -> Path:
    """Rename the current database aside and copy ``backup`` in its place; returns the renamed file."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    aside = folder.root / f"{folder.database.stem}.beschaedigt-{stamp}{folder.database.suffix}"
    with storage_errors():
        partial = folder.database.with_name(folder.database.name + ".restore")
        shutil.copyfile(backup, partial)
        for suffix in _COMPANIONS:
            companion = folder.database.with_name(folder.database.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
        if folder.database.exists():
            os.replace(folder.database, aside)
        os.replace(partial, folder.database)
    return aside
