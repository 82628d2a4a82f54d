"""Attachments of notes, organisations, persons and cooperations: rows here, bytes in ``AttachmentStore``.

An attachment belongs to one record and shares its fate: hidden while the record is in
the trash, deleted with it for good (the database cascade), and its file overwritten and
removed as soon as no row needs it any more (after every commit that purged something).
Adding or removing one is announced as a change of its record, so lists, panes and the
search index follow.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sic_desktop.core.attachment_store import AttachmentStore, missing
from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import SicError, not_found
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import chunks, placeholders
from sic_desktop.core.storage.changes import Action, ChangeSet

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

OWNER_TYPES = (RecordType.NOTE, RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION)
_OWNER_COLUMNS = {t: f"{t.value}_id" for t in OWNER_TYPES}
_LIVE = " AND ".join(
    f"(a.{column} IS NULL OR a.{column} IN (SELECT id FROM {t.value} WHERE deleted_at IS NULL))"
    for t, column in _OWNER_COLUMNS.items()
)
# The names a change notice gives an owner's change: a file added or removed, its text extracted.
ATTACHMENTS_FIELD = "attachments"
ATTACHMENT_TEXTS_FIELD = "attachment_texts"
EXPORT_COLUMNS = ("id", *_OWNER_COLUMNS.values(), "name", "sha256", "size", "media_type", "added_at", "added_by")


@dataclass(frozen=True)
class Attachment:
    id: int
    owner: RecordRef
    name: str
    sha256: str
    size: int
    media_type: str
    added_at: str
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def size_text(self) -> str:
        """„12 KB“, „3,4 MB“."""
        if self.size < 1024 * 1024:
            return f"{max(1, round(self.size / 1024))} KB"
        return f"{self.size / (1024 * 1024):.1f} MB".replace(".", ",")


class AttachmentService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.store = AttachmentStore(workspace.folder.root / "attachments", on_server=workspace.database.is_server)
        workspace.subscribe(self._after_commit)

    # -- adding and removing ----------------------------------------------------------

    def add(self, owner: RecordRef, source: Path, *, name: str | None = None) -> Attachment:
        """Attach the file at ``source`` to ``owner`` (a live record)."""
        shown = name or source.name
        try:
            with open(source, "rb") as stream:
                return self.add_stream(owner, stream, shown)
        except FileNotFoundError:
            raise SicError(translate("Attachments", "Die Datei „{name}“ gibt es nicht.").format(name=source)) from None
        except IsADirectoryError:
            raise SicError(
                translate("Attachments", "„{name}“ ist ein Ordner. Bitte einzelne Dateien anhängen.").format(name=source)
            ) from None
        except PermissionError:
            raise SicError(
                translate("Attachments", "Die Datei „{name}“ lässt sich nicht lesen (keine Berechtigung oder in einem "
                          "anderen Programm geöffnet).").format(name=source)
            ) from None

    def add_stream(self, owner: RecordRef, stream: BinaryIO, name: str) -> Attachment:
        """Attach the bytes of ``stream`` under the file name ``name``."""
        self._check_owner(owner)
        name = _clean_name(name)
        stored = self.store.put(stream, name)  # before the row: a row never points at half a file
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self._ws.database.write() as changes:
            self._check_owner(owner)
            cursor = self._ws.database.execute(
                f"INSERT INTO attachment ({_OWNER_COLUMNS[owner.type]}, name, sha256, size, media_type, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [owner.id, name, stored.sha256, stored.size, media_type, now_utc(), self._ws.user],
            )
            changes.add(owner, Action.UPDATED, [ATTACHMENTS_FIELD])
            attachment_id = cursor.lastrowid
        assert attachment_id is not None
        return self.get(attachment_id)

    def remove(self, attachment_id: int) -> None:
        """Delete the attachment; its file goes when no other attachment has the same content."""
        attachment = self.get(attachment_id)
        with self._ws.database.write() as changes:
            self._ws.database.execute("DELETE FROM attachment WHERE id = ?", [attachment_id])
            changes.add(attachment.owner, Action.UPDATED, [ATTACHMENTS_FIELD])
        self.remove_orphans()

    def remove_all_of(self, owner: RecordRef) -> int:
        """Delete every attachment of ``owner`` (an anonymised person keeps none); joins an open write.
        The files go with ``remove_orphans`` after the commit."""
        with self._ws.database.write() as changes:
            cursor = self._ws.database.execute(
                f"DELETE FROM attachment WHERE {_OWNER_COLUMNS[owner.type]} = ?", [owner.id]
            )
            if cursor.rowcount:
                changes.add(owner, Action.UPDATED, [ATTACHMENTS_FIELD])
        return cursor.rowcount

    # -- reading ----------------------------------------------------------------------

    def get(self, attachment_id: int) -> Attachment:
        rows = self._ws.database.query(f"SELECT * FROM attachment AS a WHERE id = ? AND {_LIVE}", [attachment_id])
        if not rows:
            raise not_found(translate("Attachments", "Anhang"), attachment_id)
        return _attachment(rows[0])

    def for_record(self, owner: RecordRef) -> list[Attachment]:
        """The attachments of one record, by name."""
        return self.for_records([owner]).get(owner, [])

    def for_records(self, owners: Iterable[RecordRef], *, include_trashed: bool = False) -> dict[RecordRef, list[Attachment]]:
        """Attachments per record (records without any are left out), each list by name."""
        by_column: dict[str, list[int]] = {}
        for owner in owners:
            by_column.setdefault(_OWNER_COLUMNS[owner.type], []).append(owner.id)
        found: dict[RecordRef, list[Attachment]] = {}
        live = "" if include_trashed else f" AND {_LIVE}"
        for column, ids in by_column.items():
            for part in chunks(list(dict.fromkeys(ids))):
                sql = f"SELECT * FROM attachment AS a WHERE {column} IN ({placeholders(part)}){live} ORDER BY name COLLATE NOCASE, id"
                for row in self._ws.database.query(sql, part):
                    attachment = _attachment(row)
                    found.setdefault(attachment.owner, []).append(attachment)
        return found

    def counts(self, owners: Iterable[RecordRef]) -> dict[RecordRef, int]:
        return {owner: len(items) for owner, items in self.for_records(owners).items()}

    def copy_to(self, attachment: Attachment, folder: Path) -> Path:
        """A copy under the attachment's own name in ``folder`` (numbered if taken), checksum checked."""
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder / attachment.name)
        self.store.copy_out(attachment.sha256, target, attachment.name)
        return target

    def check(self) -> list[str]:
        """German problems: attachments whose file is missing or damaged (for ``sic-desktop check``)."""
        problems = []
        for row in self._ws.database.query("SELECT min(name) AS name, sha256 FROM attachment GROUP BY sha256"):
            if not self.store.path(row["sha256"]).exists():
                problems.append(missing(row["name"], on_server=self.store.on_server))
            elif not self.store.check(row["sha256"]):
                problems.append(
                    translate("Attachments", "Der Anhang „{name}“ ist beschädigt (die Prüfsumme stimmt nicht).").format(
                        name=row["name"]
                    )
                )
        return problems

    # -- extracted text (for the search) ----------------------------------------------

    def pending_text(self, limit: int) -> list[Attachment]:
        """Live attachments whose text has not been extracted yet, oldest first."""
        rows = self._ws.database.query(
            f"SELECT * FROM attachment AS a WHERE text IS NULL AND {_LIVE} ORDER BY id LIMIT ?", [limit]
        )
        return [_attachment(row) for row in rows]

    def set_texts(self, texts: dict[int, str]) -> None:
        """Store extracted texts ("" when there is none); the records are announced, so the search renews them."""
        with self._ws.database.write() as changes:
            for attachment_id, text in texts.items():
                self._ws.database.execute("UPDATE attachment SET text = ? WHERE id = ?", [text, attachment_id])
            for part in chunks(list(texts)):
                for row in self._ws.database.query(f"SELECT * FROM attachment WHERE id IN ({placeholders(part)})", part):
                    changes.add(_attachment(row).owner, Action.UPDATED, [ATTACHMENT_TEXTS_FIELD])

    def texts_for(self, owners: Iterable[RecordRef]) -> dict[RecordRef, list[tuple[str, str]]]:
        """(file name, extracted text) of the live attachments of ``owners`` that have text."""
        by_column: dict[str, list[int]] = {}
        for owner in owners:
            if owner.type in _OWNER_COLUMNS:
                by_column.setdefault(_OWNER_COLUMNS[owner.type], []).append(owner.id)
        found: dict[RecordRef, list[tuple[str, str]]] = {}
        for column, ids in by_column.items():
            for part in chunks(list(dict.fromkeys(ids))):
                sql = (f"SELECT * FROM attachment AS a WHERE {column} IN ({placeholders(part)}) AND text != '' "
                       f"AND {_LIVE} ORDER BY name COLLATE NOCASE, id")
                for row in self._ws.database.query(sql, part):
                    found.setdefault(_attachment(row).owner, []).append((row["name"], row["text"]))
        return found

    # -- the full export --------------------------------------------------------------

    def export_rows(self) -> list[dict[str, Any]]:
        """Every attachment row, trash included, for the lossless export."""
        columns = ", ".join(EXPORT_COLUMNS)
        return self._ws.database.query(f"SELECT {columns} FROM attachment ORDER BY id")

    def import_rows(self, rows: list[dict[str, Any]], folder: Path) -> int:
        """Restore exported rows and their files (named by checksum in ``folder``); joins an open write."""
        with self._ws.database.write():
            for row in rows:
                name = str(row["name"])
                try:
                    with open(folder / str(row["sha256"]), "rb") as stream:
                        stored = self.store.put(stream, name)
                except FileNotFoundError:
                    raise SicError(
                        translate("Attachments", "Die Datei des Anhangs „{name}“ fehlt neben der Exportdatei (Ordner „{folder}“).").format(
                            name=name, folder=folder.name
                        )
                    ) from None
                if stored.sha256 != row["sha256"]:
                    raise SicError(
                        translate("Attachments", "Der Anhang „{name}“ neben der Exportdatei ist beschädigt (die Prüfsumme stimmt nicht).").format(name=name)
                    )
                values = {column: row.get(column) for column in EXPORT_COLUMNS}
                self._ws.database.execute(
                    f"INSERT INTO attachment ({', '.join(values)}) VALUES ({placeholders(list(values))})", list(values.values())
                )
        return len(rows)

    # -- housekeeping -----------------------------------------------------------------

    def remove_orphans(self) -> int:
        """Overwrite and delete stored files no attachment row needs (after a purge or an erasure)."""
        needed = {row[0] for row in self._ws.database.execute("SELECT DISTINCT sha256 FROM attachment")}
        return self.store.erase(self.store.stored() - needed)

    def _after_commit(self, changes: ChangeSet) -> None:
        if any(change.action is Action.PURGED and change.ref.type in _OWNER_COLUMNS for change in changes.changes):
            self.remove_orphans()

    def _check_owner(self, owner: RecordRef) -> None:
        if owner.type not in _OWNER_COLUMNS:
            raise SicError(
                translate("Attachments", "An {kind} lassen sich keine Dateien anhängen.").format(kind=owner.type.plural)
            )
        if not self._ws.service(owner.type).exists(owner.id):
            raise not_found(owner.type.label, owner.id)


def _attachment(row: dict[str, Any]) -> Attachment:
    owner = next(RecordRef(t, row[c]) for t, c in _OWNER_COLUMNS.items() if row[c] is not None)
    return Attachment(
        id=row["id"], owner=owner, name=row["name"], sha256=row["sha256"], size=row["size"],
        media_type=row["media_type"], added_at=row["added_at"], added_by=row["added_by"],
    )  # fmt: skip


def _clean_name(name: str) -> str:
    """The file name alone, without folders and characters Windows forbids."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join("_" if char in '<>:"|?*' or ord(char) < 32 else char for char in base).strip(" .")
    return cleaned or translate("Attachments", "Anhang")


def _free_name(path: Path) -> Path:
    number, free = 2, path
    while free.exists():
        free = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return free
