"""How often a client waits for the team server: every wait is a round trip on the network (about
0.3 ms on the server's own machine, more across the town's network), so a save or a list must not
cost one per statement. Counted on the wire: libpq's protocol trace of the client's connection, where
each request the client then waits on ends with a Sync (or is one simple Query)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from psycopg import pq

from sic_desktop.core.errors import ConflictError
from sic_desktop.core.models import Membership, Note, Organisation, Person, ThemeField
from sic_desktop.core.services.list_query import ListQuery
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


def test_a_save_waits_twice_whatever_the_record_links_and_logs_exactly(ws: Workspace, tmp_path: Path):
    """Begin, lock, read the record with its links and check what it links to; then write, read back
    and commit with the change log: two waits (once 17, one per statement), and nine statements (once
    12): each costs the client time of its own, however soon its answer comes (docs/teamserver.md)."""
    jana = _person_with_links(ws)
    jana.notes = "Rückruf vereinbart"
    with traced(ws, tmp_path) as sent:
        saved = ws.persons.update(jana)
        assert _waits(sent()) == 2
        assert sent().count("Execute") == 9
    assert saved.version == 2 and saved.notes == "Rückruf vereinbart"
    assert [m.organisation_name for m in saved.memberships] == ["Verein 0", "Verein 1", "Verein 2"]
    newest = ws.history.for_record(saved.ref)[0]
    assert (newest.action, newest.fields, newest.by) == ("updated", ["notes"], "anna")
    logged = ws.database.query("SELECT generation, record_type, record_id, action, fields FROM change_log "
                               "ORDER BY seq DESC LIMIT 1")[0]
    assert logged == {"generation": ws.database.generation(), "record_type": "person", "record_id": saved.id,
                      "action": "updated", "fields": json.dumps(["notes"])}


def test_a_refused_save_waits_no_longer_and_names_who_saved_first(ws: Workspace, tmp_path: Path):
    jana = _person_with_links(ws)
    stale = ws.persons.get(jana.stored_id)
    jana.notes = "zuerst gespeichert"
    ws.persons.update(jana)
    stale.notes = "später"
    with round_trips(ws, tmp_path) as waits, pytest.raises(ConflictError, match="von anna geändert"):
        ws.persons.update(stale)
    assert waits() == 2  # lock and read, take back
    assert ws.persons.get(jana.stored_id).notes == "zuerst gespeichert"


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
