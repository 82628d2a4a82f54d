"""Which backup files still hold a person after an erasure (Art. 17 DSGVO).

An erasure cannot reach into backups without destroying them; the DSGVO accepts
that as long as the copies are not used and age out. So the program says which
files still contain the person. It scans the raw bytes of every file in the
backup folders (and inside ZIP files) for the person's name forms and addresses,
so it works whatever the backup format is.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.identity import PersonIdentity

_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    modified: datetime
    # When the backup rotation deletes the file; None: it is not rotated (copies taken
    # before an update, files put there by hand) and stays until someone deletes it.
    ages_out: date | None = None


def backup_folders(ws: Workspace) -> list[Path]:
    """The data folder's backups/ and the backup folder chosen in the settings."""
    folders = [ws.folder.backups_dir]
    if ws.settings.backup_dir:
        folders.append(Path(ws.settings.backup_dir))
    return [f for f in dict.fromkeys(p.resolve() for p in folders) if f.is_dir()]


def backups_containing(ws: Workspace, identity: PersonIdentity) -> list[BackupCopy]:
    """Backup files that contain the person, newest first."""
    patterns = identity.byte_patterns()
    found = []
    for folder in backup_folders(ws):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if _contains_any(path, patterns):
                found.append(BackupCopy(path, datetime.fromtimestamp(path.stat().st_mtime)))
    return sorted(found, key=lambda copy: copy.modified, reverse=True)


def _contains_any(path: Path, patterns: list[bytes]) -> bool:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return any(_stream_contains(archive.open(name), patterns) for name in archive.namelist())
        with path.open("rb") as stream:
            return _stream_contains(stream, patterns)
    except (OSError, zipfile.BadZipFile):
        return False  # unreadable: it cannot be judged, and it is not ours to open


def _stream_contains(stream: BinaryIO, patterns: list[bytes]) -> bool:
    with stream:
        return any(any(p in chunk for p in patterns) for chunk in _overlapping_chunks(stream, patterns))


def _overlapping_chunks(stream: BinaryIO, patterns: Iterable[bytes]) -> Iterator[bytes]:
    """Chunks that overlap by the longest pattern, so a match across a boundary is not missed."""
    overlap = max((len(p) for p in patterns), default=1) - 1
    tail = b""
    while chunk := stream.read(_CHUNK):
        yield tail + chunk
        tail = chunk[-overlap:] if overlap else b""
