"""Seeing each other's work: the team server's change log and its notices (LISTEN/NOTIFY).

Every committed write adds one row per changed record to ``change_log`` (a sequence number, the
generation, record type, id, action, the names of the changed fields, when and which database user;
never contents, so an erasure leaves nothing readable here) and sends ``NOTIFY sic_changes`` with its generation, delivered when
the transaction commits. Each client follows the log from the last sequence number it saw: a
notice wakes it, and a client that was away catches up on every row it missed. Changes a client
made itself are skipped (its own listeners heard of them at its commit): their notices, sent by the
client's own server processes, wake no read of the log at all.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from sic_desktop.core.background import run_beside
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import Action, ChangeSet, Initiator

if TYPE_CHECKING:
    from sic_desktop.core.storage.postgres import PostgresDatabase

log = logging.getLogger(__name__)

CHANNEL = "sic_changes"
# The generation's name in the answer of a commit that carries an ``update_row`` (beside the row's columns).
GENERATION = "sic_generation"
# The initiator of the notices of what other clients committed (the search index merges an erasure out at once).
OTHER_CLIENT = Initiator("another client of the team server")

CHANGE_LOG_DDL = """CREATE TABLE IF NOT EXISTS change_log (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    generation BIGINT NOT NULL,
    record_type TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user TEXT NOT NULL DEFAULT session_user,
    backend_pid INTEGER NOT NULL DEFAULT pg_backend_pid(),
    fields TEXT NOT NULL DEFAULT '[]')"""
# A server set up before the log named fields gets the column at ``server upgrade``.
CHANGE_LOG_FIELDS_DDL = "ALTER TABLE change_log ADD COLUMN IF NOT EXISTS fields TEXT NOT NULL DEFAULT '[]'"


def commit_statement(
    changes: ChangeSet, rows: list[tuple[str, dict[str, Any]]], update: tuple[str, Sequence[Any]] | None = None
) -> tuple[str, list[Any]] | None:
    """The statement (and its parameters) a write ends with: count the generation up, log what changed
    under it, announce it and insert the write's ``rows`` (``Database.insert_with_commit``: its history
    entries); one statement (one to send and answer, not four), one row per changed record however many
    there are. Its answer is the new generation (None without changes: a write that changed nothing
    counts no generation).

    ``update`` (``Database.update_row``: an ``UPDATE … RETURNING *`` and its parameters) goes into the
    same statement, before the generation is counted, and its row follows the generation (named
    ``GENERATION``) in the answer. None changed makes the statement divide by zero: an error that takes
    all of it back."""
    inserts, params = _inserts(rows)
    if not changes:
        if update is not None:
            raise RuntimeError("update_row() in a write that announces no change")
        return (f"WITH {', '.join(inserts)} SELECT NULL", params) if inserts else None
    logged = [{"record_type": change.ref.type.value, "record_id": change.ref.id, "action": change.action.value,
               "fields": json.dumps(sorted(change.fields))} for change in changes.changes]
    counting, answer = "", f"SELECT value, pg_notify('{CHANNEL}', value) FROM counted"
    if update is not None:
        inserts.insert(0, f"changed AS ({update[0]})")
        params[:0] = update[1]
        # The generation is counted after the UPDATE ran (its row locks come first, as in any write).
        counting = " AND 1 / (SELECT count(*) FROM changed) = 1"
        answer = (f"SELECT counted.value AS {GENERATION}, pg_notify('{CHANNEL}', counted.value) AS sic_notified, "
                  "changed.* FROM counted, changed")
    return (
        "WITH " + "".join(f"{insert}, " for insert in inserts)
        + "counted AS (UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
        f"WHERE key = 'generation'{counting} RETURNING value), "
        "logged AS (INSERT INTO change_log (generation, record_type, record_id, action, fields) "
        "SELECT CAST(counted.value AS BIGINT), c.record_type, c.record_id, c.action, c.fields "
        f"FROM counted, {_rows_of('change_log', 'c')}) {answer}",
        [*params, json.dumps(logged, ensure_ascii=False)],
    )


def _inserts(rows: list[tuple[str, dict[str, Any]]]) -> tuple[list[str], list[Any]]:
    """``rows`` as data-modifying parts of a WITH, one per table and columns in the order given, and their
    parameters (the rows of each as one JSON text)."""
    groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for table, row in rows:
        groups.setdefault((table, tuple(row)), []).append(row)
    inserts = [
        f"inserted_{number} AS (INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(f'r.{column}' for column in columns)} FROM {_rows_of(table, 'r')})"
        for number, (table, columns) in enumerate(groups)
    ]
    return inserts, [json.dumps(group, ensure_ascii=False) for group in groups.values()]


def _rows_of(table: str, alias: str) -> str:
    """A JSON parameter's rows as rows of ``table`` (its column types), in their order: one text to send,
    not an array per column (psycopg's client time grows with each parameter it adapts)."""
    return (f"json_populate_recordset(NULL::{table}, %s::json) WITH ORDINALITY AS {alias} "
            f"ORDER BY {alias}.ordinality")


def last_seq(database: PostgresDatabase) -> int:
    return int(database.query("SELECT coalesce(max(seq), 0) AS seq FROM change_log")[0]["seq"])


def changes_since(database: PostgresDatabase, seq: int, *, skip_pids: frozenset[int] = frozenset()) -> tuple[ChangeSet, int]:
    """What others committed after ``seq`` as one ChangeSet, and the last sequence number read."""
    rows = database.query(
        "SELECT seq, generation, record_type, record_id, action, backend_pid, fields FROM change_log WHERE seq > ? "
        "ORDER BY seq",
        [seq],
    )
    changes = ChangeSet(initiator=OTHER_CLIENT)
    for row in rows:
        if row["backend_pid"] not in skip_pids:
            _add(changes, row)
            changes.generation = max(changes.generation, row["generation"])
    return changes, (rows[-1]["seq"] if rows else seq)


def changes_after_generation(database: PostgresDatabase, generation: int) -> ChangeSet | None:
    """Everything committed after data generation ``generation`` (by anyone) as one ChangeSet, for a
    client that was away; None when the log no longer reaches back that far (IT trimmed it) or the
    server is behind ``generation`` (another database, a restored backup): then only a rebuild helps.

    Every generation has rows (a write without changes bumps none), and the log is trimmed from the
    oldest end, so the rows are complete exactly when the first one is ``generation + 1``.
    """
    current = database.generation()
    if current < generation:
        return None
    rows = database.query(
        "SELECT generation, record_type, record_id, action, fields FROM change_log WHERE generation > ? ORDER BY seq",
        [generation],
    )
    if current > generation and (not rows or rows[0]["generation"] != generation + 1):
        return None
    changes = ChangeSet(generation=current)
    for row in rows:
        _add(changes, row)
    return changes


def _add(changes: ChangeSet, row: dict[str, Any]) -> None:
    """One logged change with the names of its fields (names only: the log never holds contents)."""
    changes.add(RecordRef(RecordType(row["record_type"]), row["record_id"]), Action(row["action"]),
                json.loads(row["fields"] or "[]"))


class ChangeFollower:
    """A ``core.background`` thread that waits for notices and hands others' changes to
    ``database``'s listeners; it closes its connections when it ends."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._database = database
        self._seq = last_seq(database)
        self._stop = threading.Event()
        self._listening = threading.Event()
        # How often the log was read (at connecting and for others' notices): a client's own saves read nothing.
        self.catch_ups = 0
        self._lane, _ = run_beside(self._run, "sic-server-changes", on_exit=database.release_thread)
        # Listening (and its connections open) before the workspace is used: no notice is missed, and
        # a server that is away only delays this by the wait.
        self._listening.wait(timeout=10)

    def _run(self) -> None:
        from sic_desktop.core.storage.postgres import connect

        while not self._stop.is_set():
            try:
                with connect(self._database.url) as conn:
                    conn.execute(cast(Any, f"LISTEN {CHANNEL}"))
                    self._catch_up()  # whatever was committed while not listening
                    self._listening.set()
                    while not self._stop.is_set():
                        notices = list(conn.notifies(timeout=0.2, stop_after=1))
                        if self._from_others(notice.pid for notice in notices):
                            self._catch_up()
            except Exception as error:  # noqa: BLE001 — server gone (or any fault): try again, catch up after
                self._listening.set()
                if not self._stop.wait(2.0):
                    log.warning("following the team server's changes failed: %s", error)

    def _from_others(self, senders: Iterable[int]) -> bool:
        """True if a notice came from another client: a notice of this client's own commit (its server
        process sent it) wakes no query, so a save does not compete with a read of its own log rows."""
        own = self._database.own_backends()
        return any(sender not in own for sender in senders)

    def _catch_up(self) -> None:
        self.catch_ups += 1
        changes, self._seq = changes_since(self._database, self._seq, skip_pids=self._database.own_backends())
        if changes:
            self._database.announce(changes)

    def stop(self) -> None:
        self._stop.set()
        self._lane.shutdown(timeout=5)
