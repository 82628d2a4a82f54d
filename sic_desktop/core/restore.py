"""Restoring a backup: check the chosen file first, keep the current one aside, then replace.

Nothing is replaced when the file is not ours, damaged or from a newer program
version. The restored file's data generation is set above both the current and
the restored one, so the search index (which remembers the generation it
reflects) always sees a change and rebuilds instead of trusting a stale index.
The workspace must be closed while this runs (the window closes it, the command
line holds the instance lock).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sic_desktop.core.attachment_backups import restore_attachments
from sic_desktop.core.backups import Backup, BackupReason, backup_dir, copy_database_file, make_backup
from sic_desktop.core.errors import CorruptDatabaseError, NotOurFileError, SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.integrity import file_integrity_problems
from sic_desktop.core.storage.opening import inspect_file


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    schema_version: int  # of the restored file; older ones are migrated at the next opening
    kept_aside: Backup | None  # the replaced database, None if there was none
    generation: int  # the restored file's data generation now


def check_backup_file(path: Path) -> int:
    """The schema version of a restorable file; a German SicError if it must not be restored."""
    if not path.is_file():
        raise SicError(translate("Backup", "Die Datei „{path}“ gibt es nicht.").format(path=path))
    version = inspect_file(path)
    if version == 0:
        raise NotOurFileError(
            translate("Backup", "Die Datei „{path}“ ist keine Sicherung von SIC Desktop (sie ist leer).").format(
                path=path
            )
        )
    result = file_integrity_problems(path)
    if result:
        raise CorruptDatabaseError(
            translate(
                "Backup",
                "Die Sicherung „{path}“ ist beschädigt ({reason}) und wird nicht wiederhergestellt. "
                "Bitte eine andere Sicherung wählen.",
            ).format(path=path, reason="; ".join(result[:3]))
        )
    return version


def restore_backup(folder: DataFolder, source: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the data folder's database with the checked backup ``source``."""
    version = check_backup_file(source)
    target = folder.database
    if target.exists() and source.resolve() == target.resolve():
        raise SicError(
            translate("Backup", "„{path}“ ist die Datenbank selbst, keine Sicherung.").format(path=source)
        )
    folder.ensure()
    kept_aside, current_generation = None, 0
    if target.exists() and target.stat().st_size > 0:
        current_generation = _generation(target)
        settings = Settings.load(folder.settings_file)
        kept_aside = make_backup(
            target, backup_dir(folder, settings), BackupReason.BEFORE_RESTORE,
            retention=settings.backup_retention, now=now,
        )
    incoming = target.with_name(target.name + ".wiederherstellen")
    copy_database_file(source, incoming)
    generation = max(current_generation, _generation(incoming)) + 1
    conn = sqlite3.connect(incoming)
    try:
        with conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", [str(generation)])
    finally:
        conn.close()
    _settle_journal(target)
    os.replace(incoming, target)
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    restore_attachments(folder.root, source)
    return RestoreResult(source, version, kept_aside, generation)


def _generation(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    finally:
        conn.close()
    return int(row[0]) if row else 0


def _settle_journal(path: Path) -> None:
    """Fold a leftover WAL into the old file, so no WAL of it is applied to the new one."""
    if not path.exists():
        return
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
