"""Backups of the database file that happen without anyone remembering, kept rotating.

Copies are made with SQLite's online backup API, so they are consistent even while
the window writes. They land in one folder (the data folder's ``backups/`` or one
the user chose, e.g. on a network drive) under names that say when and why
(``sic-desktop_2026-11-25_140500_start.sqlite3``): at the first start of a day,
before every migration and before every bulk import. After each copy the folder is
thinned out (7 daily, 4 weekly, 12 monthly by default); only files with our own
name pattern are ever deleted, never anything else a user keeps there.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sic_desktop.core.attachment_backups import mirror_attachments, prune_attachment_copies
from sic_desktop.core.errors import SicError, StorageError, damaged_database
from sic_desktop.core.i18n import translate
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import BackupRetention, Settings
from sic_desktop.core.storage.database import Database, partial_name
from sic_desktop.core.storage.integrity import file_integrity_problems

if TYPE_CHECKING:
    from sic_desktop.core.storage.opening import BeforeMigration
    from sic_desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

_NAME = re.compile(r"^sic-desktop_(\d{4}-\d{2}-\d{2}_\d{6})_([a-z0-9-]+)\.sqlite3$")
_STAMP = "%Y-%m-%d_%H%M%S"


class BackupReason(StrEnum):
    START = "start"
    MANUAL = "manuell"
    BEFORE_IMPORT = "vor-import"
    BEFORE_RESTORE = "vor-wiederherstellung"
    BEFORE_MERGE = "vor-zusammenfuehrung"

    @staticmethod
    def before_update(old_version: int) -> str:
        return f"vor-update-datenstand-{old_version}"


class BackupFolderError(SicError):
    """The backup folder cannot be reached or written (a network drive that is not connected)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # local time, from the file name
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_dir(folder: DataFolder, settings: Settings) -> Path:
    """The folder backups go to: the user's choice, else the data folder's ``backups/``."""
    return Path(settings.backup_dir).expanduser() if settings.backup_dir else folder.backups_dir


def list_backups(directory: Path) -> list[Backup]:
    """Our backups in ``directory``, newest first; other files are ignored."""
    try:
        names = [path for path in directory.iterdir() if path.is_file()]
    except OSError:
        return []
    found = []
    for path in names:
        match = _NAME.match(path.name)
        if match:
            found.append(Backup(path, datetime.strptime(match.group(1), _STAMP), match.group(2)))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def make_backup(
    database: Database | Path,
    directory: Path,
    reason: str,
    *,
    retention: BackupRetention | None = None,
    now: datetime | None = None,
) -> Backup:
    """Copy the database (open or a file) into ``directory`` and thin the folder out.

    Raises BackupFolderError with a German message if the folder cannot be reached.
    """
    now = now or datetime.now()
    if isinstance(database, Database) and (refusal := database.read_only or database.damage) is not None:
        raise refusal
    _reachable(directory)
    target = directory / f"sic-desktop_{now.strftime(_STAMP)}_{reason}.sqlite3"
    try:
        if isinstance(database, Database):
            database.backup_to(target)
        else:
            copy_database_file(database, target)
    except StorageError as error:
        raise _copy_error(directory, target, error) from error
    _refuse_damaged_copy(database, target)
    data_root = (database.path if isinstance(database, Database) else database).parent
    mirror_attachments(data_root, directory)
    prune_backups(directory, retention or BackupRetention(), now=now)
    prune_attachment_copies(directory, [backup.path for backup in list_backups(directory)])
    return Backup(target, now.replace(microsecond=0), reason)


def _refuse_damaged_copy(database: Database | Path, copy: Path) -> None:
    """A copy of a damaged file is no backup: delete it before the rotation could count it and push a sound one out."""
    problems = file_integrity_problems(copy)
    if not problems:
        return
    copy.unlink(missing_ok=True)
    reason = "; ".join(problems[:3])
    if isinstance(database, Database):
        raise database.mark_damaged(reason)
    raise damaged_database(database, reason)


def _copy_error(directory: Path, target: Path, error: StorageError) -> SicError:
    """Blame the folder only when the folder failed; a full disk or a busy database says so."""
    if isinstance(error.__cause__, OSError) or "unable to open" in str(error.__cause__):
        return _folder_error(directory, str(error))
    text = translate("Backup", "Die Sicherung „{name}“ konnte nicht angelegt werden. {reason}").format(
        name=target.name, reason=error
    )
    return type(error)(text)


def copy_database_file(source: Path, target: Path) -> None:
    """Consistent copy of a closed database file (its WAL included) with the backup API."""
    partial = partial_name(target)
    try:
        origin = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(partial)
            try:
                origin.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")  # a self-contained copy, as Database.backup_to
            finally:
                destination.close()
        finally:
            origin.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            translate("Backup", "Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}").format(
                name=target.name, reason=error
            )
        ) from error


def check_backup_folder(directory: Path) -> None:
    """Raise BackupFolderError unless ``directory`` can take backups (exists or can be made, is writable).

    For the settings dialog: a folder chosen on a read-only share is refused
    when it is chosen, not at tomorrow's start backup.
    """
    _reachable(directory)
    probe = directory / f".sic-desktop-probe-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise _folder_error(directory, error.strerror or str(error)) from error


def _reachable(directory: Path) -> None:
    """Create the folder if its parent exists; never build a path on an unmounted drive."""
    try:
        directory.mkdir(exist_ok=True)
    except OSError as error:
        raise _folder_error(directory, error.strerror or str(error)) from error


def _folder_error(directory: Path, reason: str) -> BackupFolderError:
    return BackupFolderError(
        translate(
            "Backup",
            "Der Sicherungsordner „{path}“ ist nicht erreichbar ({reason}). Bitte prüfen, ob das "
            "Netzlaufwerk verbunden ist, oder in den Einstellungen einen anderen Ordner wählen.",
        ).format(path=directory, reason=reason)
    )


def backups_to_keep(backups: list[Backup], retention: BackupRetention, now: datetime) -> set[Path]:
    """The newest backup of each of the last N days, weeks and months that have one.

    Everything from the last 24 hours stays as well, so that the copy made before
    this morning's import is still there this afternoon.
    """
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep = {b.path for b in newest_first if now - b.made_at < timedelta(days=1)}
    periods = (
        (retention.daily, lambda moment: moment.date()),
        (retention.weekly, lambda moment: moment.isocalendar()[:2]),
        (retention.monthly, lambda moment: (moment.year, moment.month)),
    )
    for count, period in periods:
        seen: set[object] = set()  # a day, an ISO week or a month
        for backup in newest_first:
            key = period(backup.made_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(backup.path)
    return keep


def prune_backups(directory: Path, retention: BackupRetention, *, now: datetime | None = None) -> list[Path]:
    """Delete our backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(directory)
    keep = backups_to_keep(backups, retention, now or datetime.now())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:  # opened by someone on the share; next time
                log.warning("could not delete old backup %s", backup.path)
    return removed


def backup_at_start(workspace: Workspace, *, now: datetime | None = None) -> Backup | None:
    """The day's first start makes a backup; later starts that day do not. None: nothing done.

    The window and the command line call this after opening the workspace; a
    BackupFolderError is for a warning, not a reason to stop working.
    """
    now = now or datetime.now()
    directory = backup_dir(workspace.folder, workspace.settings)
    if workspace.database.read_only is not None:  # nothing can change, nothing to keep
        return None
    if workspace.is_empty() or any(b.made_at.date() == now.date() for b in list_backups(directory)):
        return None
    return make_backup(
        workspace.database, directory, BackupReason.START, retention=workspace.settings.backup_retention, now=now
    )


def backup_before(workspace: Workspace, reason: str, *, now: datetime | None = None) -> Backup:
    """A backup into the rotation folder before a bulk change (import, merge, restore)."""
    return make_backup(
        workspace.database,
        backup_dir(workspace.folder, workspace.settings),
        reason,
        retention=workspace.settings.backup_retention,
        now=now,
    )


def before_migration(folder: DataFolder) -> BeforeMigration:
    """Keep the file as it was before a migration changes it, in the backup rotation.

    If the chosen folder is unreachable the copy goes to the data folder's own
    ``backups/``: a migration never runs without a copy.
    """

    def copy(database: Database, old_version: int) -> None:
        settings = Settings.load(folder.settings_file)
        reason = BackupReason.before_update(old_version)
        try:
            make_backup(database, backup_dir(folder, settings), reason, retention=settings.backup_retention)
        except BackupFolderError:
            log.warning("backup folder unreachable before migration; copying into the data folder")
            make_backup(database, folder.backups_dir, reason, retention=settings.backup_retention)

    return copy
