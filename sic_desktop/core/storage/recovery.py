"""At start, a damaged or foreign database file: put the newest sound backup in its place, keeping the file.

The file is renamed aside, never overwritten or deleted – it may still hold the
last days of work that someone can rescue, or belong to another program. The
backup goes in through the normal restore (``core.restore``), which checks it
first. Only our own backups (``core.backups`` naming) that pass the check are offered.
The backup modules load only when asked: an intact file opens without them (a fast start).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sic_desktop.core.errors import LostDatabaseError, SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.database import storage_errors

if TYPE_CHECKING:
    from sic_desktop.core.backups import Backup

# SQLite's companion files: a damaged database's WAL must go aside with it, never onto the backup.
_COMPANIONS = ("-wal", "-shm", "-journal")


def newest_backup(folder: DataFolder, settings: Settings) -> Backup | None:
    """The newest of our backups that can be restored, from the chosen and the data folder's backup folder."""
    from sic_desktop.core.backups import backup_dir, list_backups
    from sic_desktop.core.restore import check_backup_file

    folders = dict.fromkeys([backup_dir(folder, settings), folder.backups_dir])
    backups = sorted((b for f in folders for b in list_backups(f)), key=lambda b: b.made_at, reverse=True)
    for backup in backups:
        try:
            check_backup_file(backup.path)
        except SicError:
            continue
        return backup
    return None


def refuse_lost_database(folder: DataFolder, settings: Settings) -> None:
    """An empty or missing database beside our backups is damage, not a new start: raise LostDatabaseError.

    Starting fresh would show empty lists, and the rotation would in time delete
    the good backups in favour of empty ones.
    """
    database = folder.database
    if database.exists() and not (database.is_file() and database.stat().st_size == 0):
        return  # a file with content (or a folder in its place) is for open_database to judge
    from sic_desktop.core.backups import backup_dir, list_backups

    folders = dict.fromkeys([backup_dir(folder, settings), folder.backups_dir])
    backups = [b for directory in folders for b in list_backups(directory)]
    if not backups:
        return
    if database.exists():
        text = translate("Storage", "Die Datenbank „{path}“ ist leer (0 Bytes), obwohl es Sicherungen von ihr gibt.")
    else:
        text = translate("Storage", "Die Datenbank „{path}“ fehlt, obwohl es Sicherungen von ihr gibt.")
    raise LostDatabaseError(
        text.format(path=database)
        + " "
        + translate(
            "Storage",
            "Es wird keine neue, leere Datenbank angelegt. Bitte die neueste Sicherung wiederherstellen "
            "(beim Start des Programms oder mit „sic-desktop restore DATEI“). Wer wirklich neu beginnen will, "
            "verschiebt vorher die Sicherungen aus „{folder}“.",
        ).format(folder="“, „".join(str(directory) for directory in folders))
    )


def restore_instead_of(folder: DataFolder, backup: Path, *, now: datetime | None = None) -> Path:
    """Rename the unusable database (and its companions) aside, then restore ``backup``; returns the renamed file."""
    from sic_desktop.core.restore import restore_backup

    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    aside = folder.root / f"{folder.database.stem}.beschaedigt-{stamp}{folder.database.suffix}"
    with storage_errors():
        for suffix in _COMPANIONS:
            companion = Path(f"{folder.database}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{aside}{suffix}"))
        if folder.database.exists():  # a lost one (missing) has nothing to keep
            os.replace(folder.database, aside)
    restore_backup(folder, backup, now=now)
    return aside
