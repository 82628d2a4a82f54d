"""One SQLite file with one connection per thread, and the only way to write to it.

Every write runs in ``Database.write()``: an immediate transaction (so two writers
queue instead of failing half-way), the data generation bumped inside it, and the
listeners told after the commit. Disk problems (full, read-only, locked) become a
German StorageError; the transaction is rolled back, so nothing is half-written.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from sic_desktop.core.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ReadOnlyDataError,
    StorageError,
    damaged_database,
)
from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.changes import ChangeSet, Initiator, Listener
from sic_desktop.core.storage.integrity import is_damage
from sic_desktop.core.storage.sqlite_connection import SqliteConnection, SqlParams
from sic_desktop.core.text_folding import fold_stored

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10.0


T = TypeVar("T")


class Answer:
    """The rows of a read sent ahead (``Database.read_later``)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._rows = rows

    def rows(self) -> list[dict[str, Any]]:
        return self._rows


class RowChanged(Exception):
    """The row an ``update_row`` was to change is no longer as its caller read it (saved, trashed or deleted
    meanwhile): its write was taken back whole, and the caller takes the careful way that says which."""


class Database:
    """The open database file. Create it with ``storage.opening.open_database``."""

    # False for the local file; the team server (core.storage.postgres) has no file to check or copy.
    is_server = False
    # Ends a read inside a write that keeps others from changing its rows until the commit; nothing on
    # the file, which the write's immediate transaction keeps from every other writer.
    ROW_LOCK = ""

    def __init__(
        self, path: Path, *, journal_mode: str, journal_note: str = "", read_only: ReadOnlyDataError | None = None
    ) -> None:
        self.path = path
        # Why nothing can be saved (a write-protected folder or medium); reading, searching, exporting work.
        self.read_only = read_only
        # Damage SQLite found in the file (a check, a backup, a failed statement): every write is refused.
        self.damage: CorruptDatabaseError | None = None
        self.journal_mode = journal_mode
        # Why the rollback journal is used instead of WAL (a network drive), for the status bar.
        self.journal_note = journal_note
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._closed = False

    # -- connections -------------------------------------------------------

    @property
    def db(self) -> SqliteConnection:
        """This thread's connection, made on first use."""
        if self._closed:
            raise RuntimeError("database is closed")
        current = getattr(self._local, "db", None)
        if current is None:
            conn = connect(self.path, read_only=self.read_only is not None)
            with self._lock:
                self._connections.append(conn)
            current = SqliteConnection(conn)
            self._local.db = current
        return current

    def execute(self, sql: str, params: SqlParams = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One statement for many rows (inside a write)."""
        self.db.conn.executemany(sql, rows)

    def query(self, sql: str, params: SqlParams = ()) -> list[dict[str, Any]]:
        """All rows of a read as dicts."""
        return self.db.query(sql, params)

    def read_later(self, sql: str, params: SqlParams = ()) -> Answer:
        """Send a read (or a write whose RETURNING rows are wanted) now and take its rows (as dicts) later
        with ``.rows()``: reads sent inside ``together()`` or a write travel to the team server as one
        request. The file answers at once."""
        return Answer(self.query(sql, params))

    def update_row(self, sql: str, params: SqlParams) -> Answer:
        """Inside ``write_at_once``: an ``UPDATE … WHERE … RETURNING *`` whose condition names the one row
        as its caller read it (its id and version). If it changes no row, the write fails with
        ``RowChanged``: on the file at once, on the team server with the one statement it is part of."""
        rows = self.query(sql, params)
        if len(rows) != 1:
            raise RowChanged
        return Answer(rows)

    @property
    def connected(self) -> bool:
        """True when this thread holds an open connection (the team server's may be missing or gone; the
        file's opens at once): a ``write_at_once`` then need not connect first."""
        return True

    def write_at_once(self, send: Callable[[ChangeSet], T]) -> T:
        """A save that reads nothing first: ``send`` gives one ``update_row`` and rows for the commit
        (``insert_with_commit``) and announces the change. A write of its own, not inside another; on
        the team server one statement and one round trip. On the file, ``write()``."""
        if self.writing():
            raise RuntimeError("write_at_once() is a write of its own")
        with self.write() as changes:
            return send(changes)

    def insert_with_commit(self, table: str, row: dict[str, Any]) -> None:
        """Insert ``row`` into ``table`` in the open write, for a row nothing in the write reads back (a
        history entry). The file inserts it now; the team server sends it with the commit, in the change
        log's statement: each statement costs its client time, however soon the answer comes."""
        self.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))

    def together(self, send: Callable[[], T]) -> T:
        """``send()``, which sends reads with ``read_later`` and takes none of their rows: on the team
        server they cost one round trip, not one each. ``send`` only sends reads, so the server may run
        it again on a new connection (one dropped while idle)."""
        return send()

    def id_list(self, sql: str, params: SqlParams = ()) -> list[int]:
        """The first column of every row of ``sql``, in order: a list's ids (cheap for 100,000 rows)."""
        return [row[0] for row in self.execute(sql, params).fetchall()]

    def ids_and_first_rows(
        self, ids_sql: str, params: SqlParams, rows_sql: str, count: int
    ) -> tuple[list[int], list[dict[str, Any]]]:
        """``id_list(ids_sql)`` and the rows of ``rows_sql`` for its first ``count`` ids (``rows_sql`` has
        an ``{ids}`` placeholder for them inside ``IN (…)``). The team server answers both at once."""
        ids = self.id_list(ids_sql, params)
        first = ids[:count]
        return ids, self.query(rows_sql.format(ids=", ".join("?" for _ in first) or "NULL"), first)

    @property
    def in_transaction(self) -> bool:
        """True inside a write or a snapshot of this thread."""
        return self.db.conn.in_transaction

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Many reads that all see one state of the file while others write (an export)."""
        if self.in_transaction:  # inside a write: consistent already
            yield
            return
        self.execute(self._BEGIN_SNAPSHOT)
        try:
            yield
        finally:
            self.execute("ROLLBACK")

    def mark_damaged(self, reason: object) -> CorruptDatabaseError:
        """Remember that the file is damaged (writes are refused from now on); returns the German error."""
        if self.damage is None:
            self.damage = damaged_database(self.path, reason)
        return self.damage

    def damage_from(self, error: BaseException) -> CorruptDatabaseError | None:
        """If ``error`` is SQLite finding this file damaged (a read met a bad page), remember it and
        return the German error; else None."""
        return self.mark_damaged(error) if is_damage(error) else None

    def release_thread(self) -> None:
        """Close this thread's connection (a worker thread that ends); the next use opens a new one."""
        current = getattr(self._local, "db", None)
        if current is None:
            return
        del self._local.db
        with self._lock:
            if current.conn in self._connections:
                self._connections.remove(current.conn)
        current.conn.close()

    @property
    def open_connections(self) -> int:
        """How many threads hold a connection now."""
        with self._lock:
            return len(self._connections)

    def close(self) -> None:
        """Close every thread's connection; WAL is checkpointed by the last close."""
        self._closed = True
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()

    # -- writing -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every committed change; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def write(self) -> Iterator[ChangeSet]:
        """A write transaction. Nested calls join the outer transaction."""
        outer = getattr(self._local, "changes", None)
        if outer is not None:
            yield outer
            return
        if self.read_only is not None:
            raise self.read_only
        if self.damage is not None:
            raise self.damage
        changes = ChangeSet(initiator=getattr(self._local, "initiator", None))
        self._local.changes = changes
        try:
            with self._damage_noted(), self._storage_errors():
                self._begin_write()
                try:
                    yield changes
                    self._commit(changes)
                except BaseException:
                    self._rollback()
                    raise
        finally:
            self._local.changes = None
        if changes:
            self._notify(changes)

    def writing(self) -> bool:
        """True inside this thread's open ``write()``: a nested write joins it."""
        return getattr(self._local, "changes", None) is not None

    @contextmanager
    def initiated_by(self, initiator: Initiator) -> Iterator[None]:
        """Writes of this thread inside the block are announced as made by ``initiator``."""
        outer = getattr(self._local, "initiator", None)
        self._local.initiator = initiator
        try:
            yield
        finally:
            self._local.initiator = outer

    @contextmanager
    def _damage_noted(self) -> Iterator[None]:
        try:
            yield
        except CorruptDatabaseError as error:
            self.damage = self.damage or error
            raise

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the open write that can fail alone (one line of an import).

        On an exception its rows and its announced changes are taken back and the
        exception goes on; what the transaction did before stays.
        """
        changes = getattr(self._local, "changes", None)
        if changes is None:
            raise RuntimeError("savepoint() needs an open write()")
        mark = changes.mark()
        self.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK TO part")
            self.execute("RELEASE part")
            changes.rollback_to(mark)
            raise
        self.execute("RELEASE part")

    # -- what the server backend does its own way (core.storage.postgres) ------------

    _BEGIN_SNAPSHOT = "BEGIN"

    def _begin_write(self) -> None:
        """An immediate transaction: a second writer waits here instead of failing half-way."""
        self.execute("BEGIN IMMEDIATE")

    def _commit(self, changes: ChangeSet) -> None:
        if changes:
            changes.generation = self._bump_generation()
        self.execute("COMMIT")

    def _rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def _storage_errors(self) -> AbstractContextManager[None]:
        return storage_errors(self.path)

    def _bump_generation(self) -> int:
        self.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        return self.generation()

    def generation(self) -> int:
        """Counts committed changes; the search index stores the one it reflects."""
        row = self.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0])

    def _notify(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken listener must not undo or hide a committed save
                log.exception("change listener failed for generation %s", changes.generation)

    def checkpoint(self) -> bool:
        """Move the WAL into the database file and empty it; False if a reader kept it from finishing.

        After an erasure no old page may linger in the WAL file (Art. 17 DSGVO).
        With the rollback journal (network drive) there is nothing to do.
        """
        if self.journal_mode != "wal":
            return True
        with storage_errors():
            busy, _, _ = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy == 0)

    # -- copies ----------------------------------------------------------------

    def backup_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Consistent copy with SQLite's online backup API, even while others write."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_name(target)
        with _removed_on_failure(partial), storage_errors():
            destination = sqlite3.connect(partial)
            try:
                self.db.conn.backup(
                    destination,
                    pages=1024,
                    progress=(lambda status, remaining, total: progress(total - remaining, total))
                    if progress
                    else None,
                )
                # One self-contained file: reading it later (a check, a restore) leaves no -wal/-shm
                # beside it, and it can be read from a read-only share.
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
            partial.replace(target)


def partial_name(target: Path) -> Path:
    """Where a copy is written before it takes its name: one per process and thread, so two imports
    starting in the same second (same backup name) never write into one file."""
    return target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.part")


@contextmanager
def _removed_on_failure(partial: Path) -> Iterator[None]:
    """A copy that failed half-way (a full disk) leaves no ``.part`` file behind."""
    try:
        yield
    except BaseException:
        with suppress(OSError):  # on a read-only medium even removing a missing file fails
            partial.unlink(missing_ok=True)
        raise


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """Open without writing; ``immutable`` also without the WAL's companion files, which a
    write-protected folder cannot hold (others' changes are then not seen until reopened)."""
    return f"file:{path.as_posix()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the settings every connection needs; ``read_only`` for a write-protected folder."""
    if read_only:
        conn = sqlite3.connect(
            read_only_uri(path, immutable=True), uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
        )
        conn.create_function("sic_fold", 1, fold_stored, deterministic=True)
        return conn
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted content is overwritten, not left in free pages (DSGVO erasure).
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # Case- and Umlaut-insensitive text filters in SQL (see core.text_folding).
    conn.create_function("sic_fold", 1, fold_stored, deterministic=True)
    return conn


@contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLite's disk errors into a German StorageError, damage of ``path`` into CorruptDatabaseError."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged_database(path or "", exc) from exc
        if not isinstance(exc, sqlite3.OperationalError):
            raise
        if "full" in str(exc).lower():
            raise DiskFullError(_explain(str(exc))) from exc
        raise StorageError(_explain(str(exc))) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(_explain("disk full")) from exc
        raise StorageError(
            translate("Storage", "Die Datei konnte nicht geschrieben werden: {reason}").format(
                reason=exc.strerror or exc
            )
        ) from exc


def _explain(reason: str) -> str:
    text = reason.lower()
    if "full" in text:
        return translate(
            "Storage",
            "Der Datenträger ist voll. Es wurde nichts gespeichert; bitte Platz schaffen und erneut speichern.",
        )
    if "readonly" in text or "read-only" in text:
        return translate(
            "Storage",
            "Der Datenordner ist schreibgeschützt. Es wurde nichts gespeichert; bitte die Zugriffsrechte prüfen.",
        )
    if "locked" in text or "busy" in text:
        return translate(
            "Storage",
            "Die Datenbank wird gerade von einem anderen Vorgang benutzt. Bitte in einem Moment erneut versuchen.",
        )
    if "disk i/o" in text:
        return translate(
            "Storage",
            "Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Es wurde nichts gespeichert.",
        )
    return translate("Storage", "Die Datenbank hat die Änderung abgelehnt: {reason}").format(reason=reason)
