"""Opening a database file safely: recognise it, refuse what is not ours, migrate with a copy aside.

A file is never overwritten or changed when it is foreign, damaged or from a newer
program version; the German message says what the file is and what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sic_desktop.core.errors import CorruptDatabaseError, NotOurFileError, ReadOnlyDataError, SchemaTooNewError
from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.database import Database, connect, read_only_uri, storage_errors
from sic_desktop.core.storage.location import is_network_path
from sic_desktop.core.storage.schema import APPLICATION_ID, latest_version, migrations
from sic_desktop.core.storage.write_protection import write_protection

SQLITE_HEADER = b"SQLite format 3\x00"

# Called with the file and its old schema version before a migration changes it.
BeforeMigration = Callable[[Database, int], None]


def inspect_file(path: Path, *, immutable: bool = False) -> int:
    """The schema version of an existing file (0 for an empty one); raise if it is not ours or damaged.

    ``immutable`` for a write-protected folder, where SQLite cannot create the WAL's companion files.
    """
    if not path.is_file():
        raise NotOurFileError(
            translate(
                "Storage", "„{path}“ ist ein Ordner, keine Datenbankdatei. Bitte den Ordner umbenennen oder verschieben."
            ).format(path=path)
        )
    if path.stat().st_size == 0:
        return 0
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotOurFileError(
            translate(
                "Storage", "Die Datei „{path}“ ist keine SIC-Desktop-Datenbank (es ist gar keine SQLite-Datei)."
            ).format(path=path)
        )
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    if application_id != APPLICATION_ID and not (application_id == 0 and tables == 0):
        raise NotOurFileError(
            translate(
                "Storage",
                "Die Datei „{path}“ ist eine SQLite-Datenbank, aber nicht von SIC Desktop. Sie wird nicht verändert.",
            ).format(path=path)
        )
    if version > latest_version():
        raise SchemaTooNewError(
            translate(
                "Storage",
                "Die Datenbank „{path}“ stammt von einer neueren Version von SIC Desktop "
                "(Datenstand {version}, dieses Programm kennt bis {known}). Bitte das Programm aktualisieren; "
                "die Datei bleibt unverändert.",
            ).format(path=path, version=version, known=latest_version())
        )
    return int(version)


def _corrupt(path: Path, exc: Exception) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        translate(
            "Storage",
            "Die Datenbank „{path}“ ist beschädigt und kann nicht geöffnet werden ({reason}). "
            "Sie wird nicht verändert; bitte die neueste Sicherung wiederherstellen.",
        ).format(path=path, reason=exc)
    )


def open_database(path: Path, *, before_migration: BeforeMigration | None = None) -> Database:
    """Open (or create) the database at ``path``, migrating an older schema in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    read_only = write_protection(path)
    version = inspect_file(path, immutable=read_only is not None) if path.exists() else 0
    if read_only is not None:
        return _open_read_only(path, version, read_only)
    journal_mode, note = _journal_mode_for(path)
    database = Database(path, journal_mode=journal_mode, journal_note=note)
    try:
        with storage_errors():
            if not (journal_mode == "wal" and _in_wal_mode(path)):  # WAL mode stays in the file: set once
                _set_journal_mode(path, journal_mode)
            if version < latest_version():
                if version > 0 and before_migration is not None:
                    before_migration(database, version)
                _migrate(database.db.conn)
    except sqlite3.DatabaseError as exc:
        database.close()
        raise _corrupt(path, exc) from exc
    except BaseException:
        database.close()
        raise
    return database


def _open_read_only(path: Path, version: int, reason: ReadOnlyDataError) -> Database:
    """A write-protected folder: read as it is; nothing can be created or migrated there."""
    if version < latest_version():
        raise ReadOnlyDataError(
            translate(
                "Storage",
                "{reason} Die Datenbank muss aber erst angelegt oder für diese Programmversion umgestellt werden; "
                "das geht nur in einem beschreibbaren Ordner.",
            ).format(reason=reason)
        )
    return Database(path, journal_mode="delete", read_only=reason)


def _migrate(conn: sqlite3.Connection) -> None:
    from sic_desktop.core.storage.sqlite_library import sqlite_utils  # only when the file needs a migration

    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations().apply(db)


def _journal_mode_for(path: Path) -> tuple[str, str]:
    if is_network_path(path.parent):
        return "delete", translate(
            "Storage",
            "Die Datenbank liegt auf einem Netzlaufwerk. Dort ist der schnellere WAL-Modus nicht sicher; "
            "SIC Desktop arbeitet deshalb mit dem klassischen Journal. Bitte die Datei nicht von mehreren "
            "Rechnern gleichzeitig öffnen.",
        )
    return "wal", ""


def _in_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL (bytes 18 and 19 are 2): then opening needs no connection
    of its own to set it, whose closing would remove the WAL's companion files for the next to make anew."""
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        header = handle.read(20)
    return header[:16] == SQLITE_HEADER and header[18:20] == b"\x02\x02"


def _set_journal_mode(path: Path, mode: str) -> None:
    conn = connect(path)
    try:
        conn.execute(f"PRAGMA journal_mode = {mode}")
    finally:
        conn.close()
