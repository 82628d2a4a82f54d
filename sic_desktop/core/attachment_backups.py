"""Attachments in the backup folder: one shared, content-addressed copy beside the database copies.

Every backup copies the attachments it does not hold yet into ``<backups>/anhaenge/``
(named by checksum like the data folder's store, so each file is copied once, however
many backups need it). When the rotation deletes old database copies, files no kept
copy refers to are deleted too. Restoring a backup brings back the files its database
names from there.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sic_desktop.core.attachment_store import AttachmentStore

log = logging.getLogger(__name__)

FOLDER_NAME = "anhaenge"


def store_of_data_folder(root: Path) -> AttachmentStore:
    return AttachmentStore(root / "attachments")


def mirror_attachments(data_root: Path, backup_dir: Path) -> int:
    """Copy the data folder's attachments the backup folder lacks; returns how many were copied."""
    source = store_of_data_folder(data_root)
    target = AttachmentStore(backup_dir / FOLDER_NAME)
    missing = source.stored() - target.stored()
    _copy(source, target, missing)
    return len(missing)


def prune_attachment_copies(backup_dir: Path, databases: Iterable[Path]) -> int:
    """Delete copies no database in ``databases`` (the kept backups) refers to."""
    store = AttachmentStore(backup_dir / FOLDER_NAME)
    held = store.stored()
    if not held:
        return 0
    needed: set[str] = set()
    for database in databases:
        needed |= referenced(database)
    unused = held - needed
    for sha256 in unused:
        store.path(sha256).unlink(missing_ok=True)
    return len(unused)


def restore_attachments(data_root: Path, backup_database: Path) -> int:
    """After a restore: copy the files the restored database names from the backup's folder."""
    source = AttachmentStore(backup_database.parent / FOLDER_NAME)
    target = store_of_data_folder(data_root)
    wanted = referenced(backup_database) - target.stored()
    available = wanted & source.stored()
    _copy(source, target, available)
    return len(available)


def referenced(database: Path) -> set[str]:
    """The checksums a database file's attachments name (none for a file from before attachments)."""
    try:
        conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
        try:
            return {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM attachment")}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def _copy(source: AttachmentStore, target: AttachmentStore, hashes: Iterable[str]) -> None:
    for sha256 in hashes:
        final = target.path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        part = final.with_name(final.name + ".part")
        try:
            shutil.copyfile(source.path(sha256), part)
            os.replace(part, final)
        except OSError:
            part.unlink(missing_ok=True)
            log.warning("could not copy attachment %s", sha256[:12])
