"""How often a client waits for the team server: every wait is a round trip on the network (about
0.3 ms on the server's own machine, more across the town's network), so a save or a list must not
cost one per statement. Counted on the wire: libpq's protocol trace of the client's connection, where
each request the client then waits on ends with a Sync (or is one simple Query)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import pq

from sic_desktop.core.errors import ConflictError, NotFoundError
from sic_desktop.core.models import Membership, Note, Organisation, Person, ThemeField
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.postgres import PostgresDatabase
from sic_desktop.core.workspace import Workspace


@contextmanager
def traced(ws: Workspace, tmp_path: Path) -> Iterator[Callable[[], list[str]]]:
    """Trace this thread's connection; the function returns the kinds of message the client sent."""
    trace = tmp_path / "protocol.trace"
    pgconn = ws.database.conn.pgconn
    with trace.open("w") as out:
        pgconn.trace(out.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        try:
            yield lambda: [line.split("\t")[2].split(" ")[0]
                           for line in trace.read_text().splitlines() if line.startswith("F\t")]
        finally:
            pgconn.untrace()


@contextmanager
def round_trips(ws: Workspace, tmp_path: Path) -> Iterator[Callable[[], int]]:
    """The function returns how many requests the client waited on."""
    with traced(ws, tmp_path) as sent:
        yield lambda: _waits(sent())


def _waits(sent: list[str]) -> int:
    """Requests ended by Sync or sent as one Query; psycopg follows a pipeline's last Sync with a Flush
    in the same request, which is no wait of its own."""
    return sum(1 for i, kind in enumerate(sent)
               if kind in ("Sync", "Query") or (kind == "Flush" and (i == 0 or sent[i - 1] != "Sync")))


@pytest.fixture
def ws(postgres_url: str, data_dir: Path) -> Iterator[Workspace]:
    with Workspace.open(data_dir, user="anna", server=postgres_url) as workspace:
        yield workspace


def _person_with_links(ws: Workspace) -> Person:
    theme = ws.themes.create(ThemeField(name="Kinderbetreuung"))
    organisations = [ws.organisations.create(Organisation(name=f"Verein {n}")) for n in range(3)]
    return ws.persons.create(Person(
        first_name="Jana", last_name="Özdemir", theme_ids=[theme.stored_id], tags=["Netzwerk"],
        memberships=[Membership(organisation_id=o.stored_id, function="Vorstand") for o in organisations],
    ))


def test_a_save_of_its_own_fields_waits_once_and_logs_exactly(ws: Workspace, tmp_path: Path):
    """The record's own fields changed since it was opened: one statement, a transaction of its own, with
    the UPDATE that names the version opened (and takes the write lock), the history and the change log:
    one wait (once 17, one per statement) and one statement (once 12); each costs the client and the
    server time of its own, however soon its answer comes (docs/teamserver.md). The links come back as
    opened, unread."""
    jana = _person_with_links(ws)
    jana.notes = "Rückruf vereinbart"
    with traced(ws, tmp_path) as sent:
        saved = ws.persons.update(jana)
        assert _waits(sent()) == 1
        assert sent().count("Execute") == 1
    assert saved.version == 2 and saved.notes == "Rückruf vereinbart"
    assert saved == ws.persons.get(jana.stored_id)
    assert [m.organisation_name for m in saved.memberships] == ["Verein 0", "Verein 1", "Verein 2"]
    newest = ws.history.for_record(saved.ref)[0]
    assert (newest.action, newest.fields, newest.by) == ("updated", ["notes"], "anna")
    logged = ws.database.query("SELECT generation, record_type, record_id, action, fields FROM change_log "
                               "ORDER BY seq DESC LIMIT 1")[0]
    assert logged == {"generation": ws.database.generation(), "record_type": "person", "record_id": saved.id,
                      "action": "updated", "fields": json.dumps(["notes"])}


def test_a_save_that_changes_links_reads_first_and_waits_twice(ws: Workspace, tmp_path: Path):
    """Links are checked against the server (does the organisation still exist?) before they are stored."""
    jana = _person_with_links(ws)
    jana.memberships.pop()
    jana.notes = "Aus dem Vorstand von Verein 2 ausgeschieden"
    with round_trips(ws, tmp_path) as waits:
        saved = ws.persons.update(jana)
        assert waits() == 2
    assert [m.organisation_name for m in saved.memberships] == ["Verein 0", "Verein 1"]
    assert sorted(ws.history.for_record(saved.ref)[0].fields) == ["memberships", "notes"]


def _log_size(ws: Workspace) -> int:
    return int(ws.database.query("SELECT count(*) AS n FROM change_log")[0]["n"])


def test_a_save_of_a_record_a_colleague_saved_meanwhile_is_refused_naming_him(
    ws: Workspace, postgres_url: str, tmp_path: Path
):
    """The UPDATE finds the version opened no longer there: nothing of the save stays (no history, no
    change log), and the careful way names who saved first. Three waits, only when refused."""
    jana = _person_with_links(ws)
    with Workspace.open(tmp_path / "ben", user="ben", server=postgres_url) as colleague:
        theirs = colleague.persons.get(jana.stored_id)
        theirs.notes = "Ben hat zurückgerufen"
        colleague.persons.update(theirs)
    history, log = len(ws.history.for_record(jana.ref)), _log_size(ws)
    jana.notes = "Anna ruft morgen an"
    with round_trips(ws, tmp_path) as waits, pytest.raises(ConflictError, match="von ben geändert"):
        ws.persons.update(jana)
    assert waits() == 3
    assert ws.persons.get(jana.stored_id).notes == "Ben hat zurückgerufen"
    assert (len(ws.history.for_record(jana.ref)), _log_size(ws)) == (history, log)


def test_a_save_of_a_record_a_colleague_put_in_the_trash_says_so(ws: Workspace, postgres_url: str, tmp_path: Path):
    jana = _person_with_links(ws)
    with Workspace.open(tmp_path / "ben", user="ben", server=postgres_url) as colleague:
        colleague.persons.trash(jana.stored_id)
    jana.notes = "Anna ruft morgen an"
    with pytest.raises(NotFoundError, match="liegt im Papierkorb"):
        ws.persons.update(jana)
    assert ws.persons.get(jana.stored_id, include_trashed=True).notes == ""


def test_the_one_statement_of_a_save_stores_all_of_it_or_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    """The UPDATE, the history and the change log are one statement: a history row the server refuses
    takes the change with it, and the next save works on the same connection."""
    jana = _person_with_links(ws)
    generation, log = ws.database.generation(), _log_size(ws)
    with monkeypatch.context() as patch:
        patch.setattr(ws.history, "add", lambda ref, action, fields: ws.database.insert_with_commit(
            "history", {"record_type": None, "record_id": ref.id, "action": action, "fields": "[]", "at": "", "by": ""}))
        jana.notes = "Rückruf vereinbart"
        with pytest.raises(psycopg.errors.NotNullViolation):
            ws.persons.update(jana)
    assert (ws.database.generation(), _log_size(ws)) == (generation, log)
    assert ws.persons.get(jana.stored_id).notes == "" and len(ws.history.for_record(jana.ref)) == 1
    assert ws.persons.update(jana).notes == "Rückruf vereinbart"


def test_a_list_changed_in_place_is_still_a_change(ws: Workspace):
    """What is kept of an opened record for its next save does not change with it."""
    jana = ws.persons.get(_person_with_links(ws).stored_id)
    jana.emails.append("jana@verein.example")
    saved = ws.persons.update(jana)
    assert ws.persons.get(saved.stored_id).emails == ["jana@verein.example"]
    assert ws.history.for_record(saved.ref)[0].fields == ["emails"]


def test_opening_a_record_with_its_links_is_one_wait(ws: Workspace, tmp_path: Path):
    jana = _person_with_links(ws)
    with round_trips(ws, tmp_path) as waits:
        opened = ws.persons.get(jana.stored_id)
        assert waits() == 1
    assert opened.tags == ["Netzwerk"] and len(opened.memberships) == 3


def test_a_list_gets_its_ids_and_first_rows_in_one_wait(ws: Workspace, tmp_path: Path):
    for n in range(120):
        ws.notes.create(Note(title=f"Gespräch {n:03}", note_date=date(2026, 11, 25)))
    with round_trips(ws, tmp_path) as waits:
        ids, rows = ws.notes.first_page(ListQuery(sort="title"), 100)
        assert waits() == 1
    assert ids == ws.notes.ids(ListQuery(sort="title")) and len(ids) == 120
    assert [row["title"] for row in rows] == [f"Gespräch {n:03}" for n in range(100)]


def test_new_tags_cost_a_save_one_wait_more_however_many(ws: Workspace, tmp_path: Path):
    """The tags are made (or found, whatever their spelling) all at once, not two waits per tag."""
    jana = _person_with_links(ws)
    ws.persons.create(Person(first_name="Ole", last_name="Berg", tags=["Ehrenamt"]))
    jana.tags = ["Netzwerk", "ehrenamt", "Kita", "Sport"]
    with round_trips(ws, tmp_path) as waits:
        saved = ws.persons.update(jana)
        assert waits() == 3
    assert sorted(saved.tags) == ["Ehrenamt", "Kita", "Netzwerk", "Sport"]  # the first spelling stays
    assert ws.tags.usage() == {"Ehrenamt": 2, "Kita": 1, "Netzwerk": 1, "Sport": 1}


def test_a_one_statement_save_waits_for_a_colleagues_write_in_progress(
    ws: Workspace, postgres_url: str, tmp_path: Path
):
    """The save takes the write lock before anything else, as every write does: a colleague's write that
    began first (here one that does not touch this record) commits first, as on the local file. The
    colleague's write ends once the server shows this save waiting for the lock."""
    jana = _person_with_links(ws)
    with Workspace.open(tmp_path / "ben", user="ben", server=postgres_url) as colleague:
        ole = colleague.persons.create(Person(first_name="Ole", last_name="Berg"))
        writing, waited = threading.Event(), threading.Event()

        def ben_writes() -> None:
            with colleague.database.write():
                ole.notes = "Ben schreibt noch"
                colleague.persons.update(ole)
                writing.set()
                waited.wait(10)

        def watch_for_the_wait() -> None:
            with psycopg.connect(postgres_url, autocommit=True) as admin:
                for _ in range(1000):
                    if admin.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND NOT granted").fetchone()[0]:
                        waited.set()
                        return
                    time.sleep(0.01)

        ben = threading.Thread(target=ben_writes)
        ben.start()
        assert writing.wait(10)
        watcher = threading.Thread(target=watch_for_the_wait)
        watcher.start()
        jana.notes = "Anna speichert währenddessen"
        ws.persons.update(jana)
        watcher.join()
        ben.join()
    assert waited.is_set()
    logged = ws.database.query("SELECT record_id, generation FROM change_log ORDER BY seq DESC LIMIT 2")
    assert [row["record_id"] for row in logged] == [jana.id, ole.id]
    assert logged[0]["generation"] == logged[1]["generation"] + 1


def test_a_save_whose_answer_was_lost_is_not_called_a_colleagues_change(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
):
    """The server stored the save, then the connection broke before its answer came: the careful way finds
    the version after the one opened, saved by this user with these fields, and takes it as saved."""
    jana = _person_with_links(ws)
    commit = PostgresDatabase._commit_at_once

    def stored_then_cut_off(database: PostgresDatabase, *args: Any) -> None:
        commit(database, *args)
        raise database._in_german(psycopg.OperationalError("server closed the connection unexpectedly"))

    monkeypatch.setattr(PostgresDatabase, "_commit_at_once", stored_then_cut_off)
    jana.notes = "Rückruf vereinbart"
    saved = ws.persons.update(jana)
    assert (saved.version, saved.notes) == (2, "Rückruf vereinbart")
    assert [entry.action for entry in ws.history.for_record(jana.ref)] == ["updated", "created"]


def test_after_a_one_statement_save_the_connection_works_as_before(ws: Workspace):
    jana = _person_with_links(ws)
    jana.notes = "Rückruf vereinbart"
    ws.persons.update(jana)
    with pytest.raises(psycopg.errors.DivisionByZero):  # not taken for a refused save
        ws.database.query("SELECT 1 / 0")
    with pytest.raises(RuntimeError, match="write_at_once"):
        ws.database.update_row("UPDATE person SET notes = '' WHERE id = ? RETURNING *", [jana.id])
    assert ws.persons.create(Person(first_name="Ole", last_name="Berg")).version == 1
