"""Which backup files still hold a person after an erasure (Art. 17 DSGVO), and when they age out.

An erasure cannot reach into backups without destroying them; the DSGVO accepts
that as long as the copies are not used and age out. So the program says which
files still contain the person. It scans the raw bytes of every file in the
backup folders (and inside ZIP files) for the person's name forms and addresses,
so it works whatever the backup format is. For the files of the backup rotation
(``core.backups``) it works out the day the rotation will delete them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from sic_desktop.core.backups import Backup, backup_dir, backups_to_keep, list_backups
from sic_desktop.core.dates import today as current_day
from sic_desktop.core.settings import BackupRetention
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.person_identity import PersonIdentity

_CHUNK = 4 * 1024 * 1024
# The rotation keeps at most a year and a bit; looking further is pointless.
_HORIZON_DAYS = 3 * 366


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    modified: datetime
    # The day the backup rotation deletes the file if the program is started daily;
    # None: not part of the rotation (a file put there by hand), it stays until deleted.
    ages_out: date | None = None


def backup_folders(ws: Workspace) -> list[Path]:
    """The backup folder of the settings and the data folder's own ``backups/`` (its fallback)."""
    folders = [backup_dir(ws.folder, ws.settings), ws.folder.backups_dir]
    return [f for f in dict.fromkeys(p.resolve() for p in folders) if f.is_dir()]


def backups_containing(ws: Workspace, identity: PersonIdentity, today: date | None = None) -> list[BackupCopy]:
    """Backup files that contain the person, newest first."""
    patterns = identity.byte_patterns()
    found = []
    for folder in backup_folders(ws):
        rotated = {b.path.resolve(): b for b in list_backups(folder)}
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if not _contains_any(path, patterns):
                continue
            backup = rotated.get(path.resolve())
            if backup is None:
                found.append(BackupCopy(path, datetime.fromtimestamp(path.stat().st_mtime)))
            else:
                ages_out = age_out(backup, list(rotated.values()), ws.settings.backup_retention, today or current_day())
                found.append(BackupCopy(path, backup.made_at, ages_out))
    return sorted(found, key=lambda copy: copy.modified, reverse=True)


def age_out(backup: Backup, backups: list[Backup], retention: BackupRetention, today: date) -> date | None:
    """The first day the rotation no longer keeps ``backup``, with one new backup a day from tomorrow on.

    Started less often, the program makes fewer backups and old ones stay longer.
    """
    kept = list(backups)
    for offset in range(1, _HORIZON_DAYS):
        day = today + timedelta(days=offset)
        kept.append(Backup(Path(f"kuenftig-{day.isoformat()}"), datetime.combine(day, time(8)), "start"))
        keep = backups_to_keep(kept, retention, datetime.combine(day, time(8, 1)))
        if backup.path not in keep:
            return day
        kept = [b for b in kept if b.path in keep]
    return None


def _contains_any(path: Path, patterns: list[bytes]) -> bool:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return any(_stream_contains(archive.open(name), patterns) for name in archive.namelist())
        with path.open("rb") as stream:
            return _stream_contains(stream, patterns)
    except (OSError, zipfile.BadZipFile):
        return False  # unreadable: it cannot be judged, and it is not ours to open


def _stream_contains(stream: IO[bytes], patterns: list[bytes]) -> bool:
    with stream:
        return any(any(p in chunk for p in patterns) for chunk in _overlapping_chunks(stream, patterns))


def _overlapping_chunks(stream: IO[bytes], patterns: Iterable[bytes]) -> Iterator[bytes]:
    """Chunks that overlap by the longest pattern, so a match across a boundary is not missed."""
    overlap = max((len(p) for p in patterns), default=1) - 1
    tail = b""
    while chunk := stream.read(_CHUNK):
        yield tail + chunk
        tail = chunk[-overlap:] if overlap else b""
