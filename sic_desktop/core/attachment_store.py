"""The bytes of attachments: content-addressed files in the data folder's ``attachments/``.

A file is stored under its SHA-256 (``attachments/3f/3fa4…``), so the same file attached
twice takes room once and a damaged copy is recognised. Writing is copy-to-temp, fsync,
rename: a copy killed half-way leaves only a ``.part`` file, which is never read and is
removed on the next add; the database row is written only after the file is complete.
Removing overwrites the file with zeros before deleting it (Art. 17 DSGVO).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from hashlib import _Hash

from sic_desktop.core.errors import SicError, StorageError
from sic_desktop.core.i18n import translate

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
_PART_SUFFIX = ".part"
_STALE_PART_SECONDS = 3600  # a copy running in another process is never this old


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


def _sha256() -> _Hash:
    import hashlib  # loads OpenSSL's library: when an attachment is first stored or read, not at every start

    return hashlib.sha256()


class AttachmentStore:
    def __init__(self, root: Path, *, on_server: bool = False) -> None:
        self.root = root
        self.on_server = on_server  # then a missing file lies on the PC that attached it (docs/teamserver.md)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: BinaryIO, name: str) -> StoredFile:
        """Copy ``source`` into the store; refuses files above the size limit with a German message."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._remove_stale_parts()
        part = self.root / f"{os.urandom(16).hex()}{_PART_SUFFIX}"
        digest, size = _sha256(), 0
        try:
            with open(part, "wb") as target:
                while chunk := source.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_ATTACHMENT_BYTES:
                        raise SicError(too_large(name))
                    digest.update(chunk)
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            stored = StoredFile(digest.hexdigest(), size)
            final = self.path(stored.sha256)
            if final.exists() and final.stat().st_size == size:
                part.unlink()
            else:
                final.parent.mkdir(exist_ok=True)
                os.replace(part, final)
            return stored
        except OSError as error:
            raise StorageError(
                translate("Attachments", "Der Anhang „{name}“ konnte nicht gespeichert werden: {reason}").format(
                    name=name, reason=error.strerror or error.__class__.__name__
                )
            ) from None
        finally:
            part.unlink(missing_ok=True)

    def copy_out(self, sha256: str, target: Path, name: str) -> None:
        """Copy the stored file to ``target``, checking its checksum on the way."""
        digest = _sha256()
        try:
            with open(self.path(sha256), "rb") as source, open(target, "wb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            target.unlink(missing_ok=True)
            raise SicError(missing(name, on_server=self.on_server)) from None
        if digest.hexdigest() != sha256:
            target.unlink(missing_ok=True)
            raise SicError(damaged(name))

    def check(self, sha256: str) -> bool:
        """Whether the stored file is there and still has its checksum."""
        digest = _sha256()
        try:
            with open(self.path(sha256), "rb") as source:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            return False
        return digest.hexdigest() == sha256

    def stored(self) -> set[str]:
        """The checksums of every stored file."""
        if not self.root.is_dir():
            return set()
        return {path.name for path in self.root.glob("??/*") if path.is_file() and len(path.name) == 64}

    def erase(self, hashes: Iterable[str]) -> int:
        """Overwrite with zeros and delete; returns how many files went."""
        erased = 0
        for sha256 in hashes:
            path = self.path(sha256)
            try:
                size = path.stat().st_size
                with open(path, "r+b") as handle:
                    for start in range(0, size, _CHUNK):
                        handle.write(b"\0" * min(_CHUNK, size - start))
                    handle.flush()
                    os.fsync(handle.fileno())
                path.unlink()
                erased += 1
            except FileNotFoundError:
                continue
        return erased

    def _remove_stale_parts(self) -> None:
        limit = time.time() - _STALE_PART_SECONDS
        for part in self.root.glob(f"*{_PART_SUFFIX}"):
            try:
                if part.stat().st_mtime < limit:
                    part.unlink()
            except OSError:
                continue


def too_large(name: str) -> str:
    return translate(
        "Attachments",
        "Die Datei „{name}“ ist größer als {limit} MB und wurde nicht angehängt. Bitte eine kleinere Fassung "
        "anhängen (z. B. die PDF verkleinern) oder die Datei auf dem Laufwerk ablegen und den Pfad in die Notiz schreiben.",
    ).format(name=name, limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))


def missing(name: str, *, on_server: bool = False) -> str:
    if on_server:  # attachments are not on the team server yet: each stays in the folder of the PC that attached it
        return translate(
            "Attachments", "Die Datei des Anhangs „{name}“ liegt nicht im Datenordner dieses Rechners. Mit dem "
            "Teamserver bleiben Anhänge im Datenordner des Rechners, auf dem sie angehängt wurden; dort öffnen.",
        ).format(name=name)
    return translate(
        "Attachments", "Die Datei des Anhangs „{name}“ fehlt im Datenordner. Bitte aus einer Sicherung wiederherstellen."
    ).format(name=name)


def damaged(name: str) -> str:
    return translate(
        "Attachments",
        "Der Anhang „{name}“ ist beschädigt (die Prüfsumme stimmt nicht). Bitte aus einer Sicherung wiederherstellen.",
    ).format(name=name)


def copy_tree(store: AttachmentStore, hashes: Iterable[str], folder: Path) -> None:
    """Copy stored files under their checksums into ``folder`` (the full export)."""
    folder.mkdir(parents=True, exist_ok=True)
    for sha256 in hashes:
        shutil.copyfile(store.path(sha256), folder / sha256)
