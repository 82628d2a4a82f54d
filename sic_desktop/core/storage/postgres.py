"""The team server: the same Database on PostgreSQL, for a team that shares one knowledge base.

``PostgresDatabase`` is a ``Database`` whose statements go to a PostgreSQL server (psycopg 3),
rewritten by ``core.storage.dialect``; the services, validation, optimistic locking, history
and the change notices are the same code as on the local file. One connection per thread;
writes are serialised on the server with an advisory lock, as SQLite's immediate transaction
serialises them on the file, so the optimistic-locking checks mean the same on both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, cast

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Loader
from psycopg.rows import dict_row

from sic_desktop.core.errors import ServerUnreachableError, StorageError
from sic_desktop.core.storage.changes import ChangeSet, Listener
from sic_desktop.core.storage.database import Answer, Database, RowChanged
from sic_desktop.core.storage.dialect import inserted_table, to_postgres
from sic_desktop.core.storage.server_answers import CommitAnswer, PostgresCursor, ServerAnswer
from sic_desktop.core.storage.server_changes import GENERATION, ChangeFollower, commit_statement
from sic_desktop.core.storage.server_schema import refuse_other_version
from sic_desktop.core.storage.server_text import server_refused, server_unreachable

log = logging.getLogger(__name__)

# The key of the advisory lock every write holds (PostgreSQL's stand-in for BEGIN IMMEDIATE).
WRITE_LOCK = 0x53494344

Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T")


class _NumericLoader(Loader):
    """sum() and avg() of integers are ``numeric`` on the server: as int when whole (as SQLite gives)."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


def connect(url: str) -> psycopg.Connection[Any]:
    """A connection in autocommit mode: ``Database.write`` sends BEGIN and COMMIT itself."""
    try:
        conn = psycopg.connect(url, autocommit=True, application_name="SIC Desktop", connect_timeout=10)
    except psycopg.OperationalError as error:
        raise server_unreachable(_label(url), error) from error  # the address without its password
    conn.adapters.register_loader("numeric", _NumericLoader)
    return conn


def _server_params(params: Params) -> Params:
    """True/False as 1/0: the flags are integer columns, as in SQLite."""
    if not params or isinstance(params, dict):
        return params
    return [int(value) if isinstance(value, bool) else value for value in params]


class PostgresDatabase(Database):
    """A PostgreSQL database with the interface of the local file's ``Database``."""

    _BEGIN_SNAPSHOT = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    is_server = True
    # The write lock keeps out only SIC Desktop's own writers; a row lock every writer respects.
    ROW_LOCK = " FOR UPDATE"

    def __init__(self, url: str) -> None:
        self.server_label = _label(url)
        # The status bar shows where the records are (for the file it explains a non-WAL journal).
        super().__init__(Path(), journal_mode="server")  # the status bar names the server (core.team_access)
        self.url = url
        self._identity_tables: frozenset[str] = frozenset()
        self._conns: list[psycopg.Connection[Any]] = []
        self._follower: ChangeFollower | None = None

    # -- connections -----------------------------------------------------------------------

    @property
    def conn(self) -> psycopg.Connection[Any]:
        """This thread's connection, made on first use."""
        if self._closed:
            raise RuntimeError("database is closed")
        current = cast("psycopg.Connection[Any] | None", getattr(self._local, "conn", None))
        if current is None:
            current = connect(self.url)
            with self._lock:
                self._conns.append(current)
            self._local.conn = current
        return current

    @property
    def db(self) -> Any:
        """Code that needs SQLite itself (the file check, a file backup) cannot run on the server."""
        raise RuntimeError("the team server has no SQLite connection")

    @property
    def login_user(self) -> str:
        """The database user this client logged in as."""
        return str(self.conn.info.user)

    def load_schema_facts(self) -> None:
        """Which tables number their rows themselves (an INSERT then returns the new id)."""
        rows = self.query(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND column_name = 'id' AND is_identity = 'YES'"
        )
        self._identity_tables = frozenset(row["table_name"] for row in rows)

    def execute(self, sql: str, params: Params = ()) -> Any:
        statement = to_postgres(sql)
        if statement is None:
            return PostgresCursor(self, None)
        table = inserted_table(sql)
        returns_id = table in self._identity_tables and "RETURNING" not in statement.upper()
        if returns_id:
            statement += " RETURNING id"

        def run() -> PostgresCursor:
            cursor = self._send(statement, params)
            if returns_id and _names_id(sql):  # an id given (an import, a restore): numbering continues after it
                self._send(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", ())
            return PostgresCursor(self, cursor, returns_id=returns_id)

        return self._reconnecting(run)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        statement = to_postgres(sql)
        if statement is None:
            return
        self._begun()
        with self._server_errors():
            # Inside a write it rides the write's pipeline; else psycopg sends all rows in one of its own.
            self.conn.cursor().executemany(cast(Any, statement), [_server_params(row) for row in rows])
        table = inserted_table(sql)
        if table in self._identity_tables and _names_id(sql):
            self.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        statement = to_postgres(sql)
        if statement is None:
            return []
        return self._reconnecting(lambda: self._answer(self._send(statement, params, row_factory=dict_row)))

    def read_later(self, sql: str, params: Params = ()) -> Answer:
        statement = to_postgres(sql)
        if statement is not None:
            self._begun()
        if self._pipeline is None or statement is None:
            return Answer(self.query(sql, params))
        return ServerAnswer(self, self._send(statement, params, row_factory=dict_row))

    def together(self, send: Callable[[], T]) -> T:
        if self._begin_pending:
            return self._begin_with(send)
        if self._pipeline is not None:  # inside a write: sent ahead anyway
            return send()

        def run() -> T:
            with self.conn.pipeline() as pipeline:
                self._local.pipeline = pipeline
                try:
                    return send()
                finally:
                    self._local.pipeline = None
            # leaving the pipeline sent the one Sync and collected every answer

        return self._reconnecting(run)

    def id_list(self, sql: str, params: Params = ()) -> list[int]:
        """As one array in binary: 50,000 ids cost the client a fraction of 50,000 rows."""
        statement = _as_array(sql)
        return self._reconnecting(lambda: self._answer(self._send(statement, params, binary=True))[0][0])

    def ids_and_first_rows(
        self, ids_sql: str, params: Params, rows_sql: str, count: int
    ) -> tuple[list[int], list[dict[str, Any]]]:
        """Both sent before either answer is awaited (one round trip): the rows take their ids from the
        same query on the server. As an array, so the planner looks each row up by its key instead of
        scanning the table to join them."""
        first = f"SELECT unnest(ARRAY({ids_sql} LIMIT {int(count)}))"
        statement = _as_array(ids_sql)
        ids, rows = self.together(
            lambda: (self._send(statement, params, binary=True), self.read_later(rows_sql.format(ids=first), params))
        )
        return self._answer(ids)[0][0], rows.rows()

    # -- sending ahead (core.storage.server_answers) -----------------------------------------

    @property
    def _pipeline(self) -> psycopg.Pipeline | None:
        """This thread's pipeline: inside a write or ``together()`` statements are sent, not awaited."""
        return cast("psycopg.Pipeline | None", getattr(self._local, "pipeline", None))

    def _send(self, statement: str, params: Params, *, binary: bool = False, row_factory: Any = None) -> psycopg.Cursor[Any]:
        """Execute on a cursor of its own: awaited at once, or only sent inside a pipeline."""
        cursor = self.conn.cursor(binary=binary, row_factory=row_factory) if row_factory else self.conn.cursor(binary=binary)
        self._execute(cursor, statement, params)
        return cursor

    def _execute(self, cursor: psycopg.Cursor[Any], statement: str, params: Params = ()) -> None:
        """As ``_server_errors`` does, without the cost of a context manager that each statement would pay."""
        try:
            cursor.execute(cast(Any, statement), _server_params(params))
        except (pg_errors.InsufficientPrivilege, psycopg.OperationalError) as error:
            raise self._in_german(error) from error

    def _command(self, statement: str) -> None:
        """Send a statement whose answer no one reads (BEGIN, the lock, COMMIT) on the one cursor this
        connection keeps for them, not on a new one: each new cursor costs client time."""
        conn = self.conn
        cursor = cast("psycopg.Cursor[Any] | None", getattr(self._local, "commands", None))
        if cursor is None or cursor.connection is not conn:
            cursor = self._local.commands = conn.cursor()
        self._execute(cursor, statement)

    def _answer(self, cursor: psycopg.Cursor[Any]) -> list[Any]:
        self.wait_for(cursor)
        return cursor.fetchall() if cursor.description else []

    def wait_for(self, cursor: psycopg.Cursor[Any]) -> None:
        """Make sure ``cursor``'s answer is here: in a pipeline, a Sync collects every answer still out
        (one round trip) and raises the error of a refused statement."""
        pipeline = self._pipeline
        if pipeline is not None and cursor.pgresult is None:
            with self._server_errors():
                pipeline.sync()

    @property
    def in_transaction(self) -> bool:
        return self._begin_pending or self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    # -- others' changes (core.storage.server_changes) --------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """As on the file; on the server the listener also hears of other clients' commits."""
        if self._follower is None:
            self._follower = ChangeFollower(self)
        return super().subscribe(listener)

    def own_backends(self) -> frozenset[int]:
        """The server processes of this client's connections (their commits are announced locally)."""
        with self._lock:
            return frozenset(conn.info.backend_pid for conn in self._conns if not conn.closed)

    def announce(self, changes: ChangeSet) -> None:
        """Tell the listeners of changes committed by another client."""
        self._notify(changes)

    def release_thread(self) -> None:
        """Close this thread's connection (a worker thread that ends); the next use opens a new one."""
        self._forget_connection()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    def close(self) -> None:
        if self._follower is not None:
            self._follower.stop()
        self._closed = True
        with self._lock:
            for conn in self._conns:
                conn.close()
            self._conns.clear()

    # -- writing ---------------------------------------------------------------------------

    def _begin_write(self) -> None:
        """BEGIN and the write lock go with the write's first statement (``_begun``, ``_begin_with``);
        from then on its statements are sent ahead (pipeline mode) and awaited only where the service
        reads an answer."""
        self._local.begin_pending = True
        self._local.at_commit = []
        self._local.at_once = False
        self._local.update = None

    def insert_with_commit(self, table: str, row: dict[str, Any]) -> None:
        """Kept for the commit's statement (``commit_statement``); outside a write inserted right away, as on the file."""
        rows = cast("list[tuple[str, dict[str, Any]]] | None", getattr(self._local, "at_commit", None))
        if rows is None:
            super().insert_with_commit(table, row)
        else:
            rows.append((table, row))

    def _rows_at_commit(self) -> list[tuple[str, dict[str, Any]]]:
        """The write's ``insert_with_commit`` rows, taken: sent with its commit or dropped with its rollback."""
        rows, self._local.at_commit = getattr(self._local, "at_commit", None) or [], None
        return cast("list[tuple[str, dict[str, Any]]]", rows)

    @property
    def _begin_pending(self) -> bool:
        return bool(getattr(self._local, "begin_pending", False))

    def _begun(self) -> None:
        """Before a write's first statement other than its first reads: BEGIN and the lock in a round trip
        of their own (a statement without parameters may carry two) that a connection dropped while idle
        repeats on a new one."""
        if not self._begin_pending:
            return
        self._refuse_at_once()
        self._local.begin_pending = False
        self._reconnecting(lambda: self._command(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
        self._enter_pipeline()

    def _refuse_at_once(self) -> None:
        if self._local.at_once:
            raise RuntimeError("write_at_once() sends nothing before its end but update_row() and rows for the commit")

    def _begin_with(self, send: Callable[[], T]) -> T:
        """A write that starts with reads (a save reads the stored record): BEGIN, the lock and the reads
        in one round trip. Nothing is written yet, so a connection dropped while idle is replaced and all
        of it sent again, as ``_begun`` does for BEGIN alone."""
        self._refuse_at_once()
        self._local.begin_pending = False

        def run() -> T:
            self._enter_pipeline()
            try:
                self._command("BEGIN")
                self._command(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                sent = send()
                with self._server_errors():
                    cast("psycopg.Pipeline", self._pipeline).sync()
            except ServerUnreachableError:  # the connection is gone, and its pipeline with it
                self._local.pipeline_end = self._local.pipeline = None
                raise
            return sent

        return self._reconnecting(run)

    def _enter_pipeline(self) -> None:
        self._local.pipeline_end = ExitStack()
        self._local.pipeline = self._local.pipeline_end.enter_context(self.conn.pipeline())

    def _commit(self, changes: ChangeSet) -> None:
        """The generation, the change log and the notice (one statement, core.storage.server_changes) and
        COMMIT sent together and answered with the write's last Sync: one round trip."""
        rows = self._rows_at_commit()
        if self._local.at_once:
            self._commit_at_once(changes, rows)
            return
        if self._begin_pending and not changes and not rows:  # nothing was sent: nothing to commit
            self._local.begin_pending = False
            return
        statement = commit_statement(changes, rows)
        generation = self.send_ahead(*statement) if statement else None
        self._command("COMMIT")
        self._end_pipeline()
        if generation is not None and changes:
            changes.generation = int(self._answer(generation)[0][0])

    def write_at_once(self, send: Callable[[ChangeSet], T]) -> T:
        """One statement, sent when ``send`` has finished: its ``update_row`` (which takes the write lock)
        with the history rows, the change log and the notice (``commit_statement``). The server runs a
        single statement as a transaction of its own: one round trip, no BEGIN, no COMMIT, all or
        nothing. Unlike ``together()``, not sent again on a new connection when the server dropped the
        old one while idle: it fails as unreachable, and the caller takes its careful way."""

        def marked(changes: ChangeSet) -> T:
            self._local.at_once = True
            return send(changes)

        try:
            return super().write_at_once(marked)
        finally:
            self._local.at_once = False

    @property
    def connected(self) -> bool:
        conn = cast("psycopg.Connection[Any] | None", getattr(self._local, "conn", None))
        return conn is not None and not conn.closed

    def update_row(self, sql: str, params: Params) -> Answer:
        """As on the file, inside ``write_at_once`` only, checked on the server: in the one statement a
        count of none of its rows divides by zero, an error that takes all of it back (``RowChanged``).
        The UPDATE takes the write lock itself, in its condition: before it locks a row, and before the
        generation's row is locked."""
        if not getattr(self._local, "at_once", False) or self._local.update is not None:
            raise RuntimeError("update_row() once in a write_at_once()")
        where, returning = cast(str, to_postgres(sql)).rsplit(" RETURNING ", 1)
        statement = f"{where} AND pg_advisory_xact_lock({WRITE_LOCK}) IS NOT NULL RETURNING {returning}"
        answer = CommitAnswer()
        self._local.update = (statement, _server_params(params), answer)
        return answer

    def _commit_at_once(self, changes: ChangeSet, rows: list[tuple[str, dict[str, Any]]]) -> None:
        update, self._local.update = self._local.update, None
        if update is None:
            raise RuntimeError("write_at_once() saves with one update_row()")
        statement, params = cast("tuple[str, list[Any]]", commit_statement(changes, rows, update[:2]))
        try:
            with self._server_errors():
                [row] = self._send(statement, params, row_factory=dict_row).fetchall()
        except pg_errors.DivisionByZero as error:  # no row changed (``commit_statement``)
            raise RowChanged from error
        self._local.begin_pending = False
        changes.generation = int(row.pop(GENERATION))
        del row["sic_notified"]
        update[2].put(row)

    def send_ahead(self, statement: str, params: Params) -> psycopg.Cursor[Any]:
        """Send PostgreSQL's own SQL (``%s`` placeholders) inside the write; the cursor has its answer later."""
        self._begun()
        return self._send(statement, params)

    def _rollback(self) -> None:
        """ROLLBACK with the pipeline's last Sync (one round trip); without a pipeline, as on the file."""
        self._rows_at_commit()
        self._local.update = None
        if self._begin_pending:  # nothing was sent (or a write at once's one statement failed whole)
            self._local.begin_pending = False
            return
        if self._pipeline is None:
            super()._rollback()
            return
        # What follows a refused statement fails too; the first error is the one raised.
        with suppress(StorageError):
            self._command("ROLLBACK")
        with suppress(StorageError):
            self._end_pipeline()
        if self.in_transaction:  # the ROLLBACK did not arrive (a broken connection is replaced, so not here)
            super()._rollback()

    def _end_pipeline(self) -> None:
        """Leave this thread's pipeline: its Sync collects the answers still out and raises a refusal."""
        end, self._local.pipeline_end, self._local.pipeline = getattr(self._local, "pipeline_end", None), None, None
        if end is not None:
            with self._server_errors():
                end.close()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """As on the file; the part's statements are answered before it ends, so a refused one is taken
        back with its part (not reported later, in the next part), and so are its rows for the commit."""
        rows = cast("list[tuple[str, dict[str, Any]]] | None", getattr(self._local, "at_commit", None))
        mark = len(rows) if rows is not None else 0
        try:
            with super().savepoint():
                yield
                pipeline = self._pipeline
                if pipeline is not None:
                    with self._server_errors():
                        pipeline.sync()
        except BaseException:
            if rows is not None:
                del rows[mark:]  # the part's rows for the commit go with it
            raise

    def _storage_errors(self) -> AbstractContextManager[None]:
        return self._server_errors()

    def _reconnecting(self, run: Callable[[], T]) -> T:
        """``run()``; a connection the server dropped while idle (a restart, a network break, an idle
        timeout) is replaced once, so only a server that is really away reaches the user. Inside a
        transaction nothing is repeated: the write fails whole and the window offers the retry."""
        self._begun()
        current = cast("psycopg.Connection[Any] | None", getattr(self._local, "conn", None))
        idle = current is not None and current.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        try:
            with self._server_errors():
                return run()
        except ServerUnreachableError:
            if not idle:
                raise
        with self._server_errors():
            return run()

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """A lost connection or a refused right becomes a German StorageError; nothing half-saved."""
        try:
            yield
        except (pg_errors.InsufficientPrivilege, psycopg.OperationalError) as error:
            raise self._in_german(error) from error

    def _in_german(self, error: psycopg.Error) -> StorageError:
        """The German error for a refused right, or for a lost connection (then replaced on the next use)."""
        if isinstance(error, pg_errors.InsufficientPrivilege):
            return StorageError(server_refused(str(error).splitlines()[0]))
        self._forget_connection()
        return server_unreachable(self.server_label, error)

    def _forget_connection(self) -> None:
        """A broken connection is replaced by a new one on the next statement (a retry)."""
        current = getattr(self._local, "conn", None)
        self._local.conn = None
        if current is not None:
            with self._lock:
                if current in self._conns:
                    self._conns.remove(current)
            current.close()

    def checkpoint(self) -> bool:
        """After an erasure: VACUUM, so the erased rows do not linger as dead rows in the live tables.

        False when this login may not vacuum (before PostgreSQL 16 only the tables' owner may); then the
        server's autovacuum or IT's maintenance removes them (docs/teamserver.md).
        """
        skipped: list[str] = []
        conn = connect(self.url)
        try:
            conn.add_notice_handler(lambda notice: skipped.append(notice.message_primary or ""))
            with self._server_errors():
                conn.execute("VACUUM")
        finally:
            conn.close()
        return not any("skipping" in message for message in skipped)

    def backup_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        from sic_desktop.core.storage.server_text import no_file_backup

        raise StorageError(no_file_backup())


def _as_array(sql: str) -> str:
    """An id query as one array value (in the order of its ORDER BY)."""
    return f"SELECT ARRAY({to_postgres(sql)})"


def _names_id(sql: str) -> bool:
    head = sql.split(")", 1)[0]
    return "(" in head and "id" in [column.strip() for column in head.split("(", 1)[1].split(",")]


def _label(url: str) -> str:
    """The address without a password, for messages and the status bar."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    host = info.get("host", "localhost")
    port = info.get("port", "5432")
    return f"{info.get('user', '')}@{host}:{port}/{info.get('dbname', '')}".lstrip("@")


def open_server(url: str) -> PostgresDatabase:
    """Open the team server's database; refuse a schema older or newer than this program."""
    database = PostgresDatabase(url)
    try:
        refuse_other_version(database)
        database.load_schema_facts()
    except BaseException:
        database.close()
        raise
    return database


def initialise_server(url: str) -> int:
    """Create or migrate the schema on the server and grant the roles (``sic-desktop server init|upgrade``);
    returns the schema version now on the server."""
    from sic_desktop.core.storage.server_roles import grant_roles
    from sic_desktop.core.storage.server_schema import migrate_server, server_version, tidy_after_upgrade

    database = PostgresDatabase(url)
    try:
        before = server_version(database)
        version = migrate_server(database)
        grant_roles(database)
        if 0 < before < version:
            tidy_after_upgrade(database)
        return version
    finally:
        database.close()


def server_status(url: str) -> tuple[int, list[str]]:
    """The server's schema version (0: not set up) and which of the roles exist."""
    from sic_desktop.core.storage.server_roles import roles_present
    from sic_desktop.core.storage.server_schema import server_version

    database = PostgresDatabase(url)
    try:
        return server_version(database), roles_present(database)
    finally:
        database.close()
