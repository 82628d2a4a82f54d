"""A crash (kill -9) in the middle of a bulk import or a save loses nothing and breaks nothing.

A child process opens the data folder and imports or saves; it is killed with
SIGKILL either by itself at a chosen SQL statement (so every phase of the
transaction is hit: BEGIN, the inserts, the history, COMMIT) or by this process
while it runs (so the kill can also land inside SQLite writing a page). Then the
file must pass ``PRAGMA integrity_check``, hold all of the import or none of it
(a save: one consistent version of the record), and open and take a save again.

The bulk import is the real importer (``io.import_file``) reading a CSV file of
400 contacts into an existing organisation.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from sic_desktop.core.database_check import check_database
from sic_desktop.core.models import Note, Organisation, Person
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import ImportOptions, TargetKind, import_file, open_source, suggest_mapping

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start children quickly")

FORK = multiprocessing.get_context("fork")
IMPORTED = 400
CSV_NAME = "kontakte.csv"
ORGANISATION = "Quartiersinitiative Marten e.V."


# -- children ------------------------------------------------------------------------------------


class _Reporter:
    """In the child: counts SQL statements, dies with SIGKILL at the chosen one, reports progress.

    A report is (progress, statements started so far, number of the first COMMIT or 0).
    """

    def __init__(self, ws: Workspace, kill_at: int | None, pipe: Connection) -> None:
        self.statements = 0
        self.first_commit = 0
        self._kill_at = kill_at
        self._pipe = pipe
        ws.database.db.conn.set_trace_callback(self._statement)

    def _statement(self, sql: str) -> None:
        self.statements += 1  # called as SQLite starts a statement, before it runs
        if sql == "COMMIT" and not self.first_commit:
            self.first_commit = self.statements
        if self.statements == self._kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def send(self, progress: object) -> None:
        self._pipe.send((progress, self.statements, self.first_commit))


def _import(folder: str, kill_at: int | None, pipe: Connection) -> None:
    """The real importer on an Outlook-style CSV: backup first, then every line in one transaction."""
    ws = Workspace.open(folder, user="import")
    source = open_source(Path(folder) / CSV_NAME)
    options = ImportOptions(create_possible_duplicates=True)  # „Import1“ and „Import10“ look alike
    work = import_file(ws, source, suggest_mapping(source.headers, TargetKind.PERSON), options)
    report = _Reporter(ws, kill_at, pipe)
    for step in work:
        report.send(step.done)
    report.send("committed")
    signal.pause()  # wait for the kill, so that a kill after the commit cannot come too late


def _saves(folder: str, kill_at: int | None, pipe: Connection) -> None:
    ws = Workspace.open(folder, user="editor")
    note = ws.notes.list()[0]
    person_id = ws.persons.ids()[0]
    report = _Reporter(ws, kill_at, pipe)
    for k in range(1, 10_000):
        note.title, note.text, note.tags = f"Stand {k}", f"Text {k}\n" * 300, [f"stand-{k}"]
        note.person_ids = [person_id] if k % 2 else []
        note = ws.notes.update(note)
        report.send(k)


def _run_child(
    target: Callable, folder: Path, *, kill_at: int | None = None, kill_after: object = None
) -> list[tuple[object, int, int]]:
    """Run ``target`` in a child until it is killed; returns everything it reported.

    ``kill_at``: the child kills itself at that statement; ``kill_after``: this process
    kills it as soon as that progress was reported (while the child goes on working).
    """
    receive, send = FORK.Pipe(duplex=False)
    child = FORK.Process(target=target, args=(str(folder), kill_at, send))
    child.start()
    send.close()
    messages: list[tuple[object, int, int]] = []
    try:
        while True:
            try:
                messages.append(receive.recv())
            except EOFError:  # the child is gone; everything it sent has been read
                break
            if kill_after is not None and messages[-1][0] == kill_after:
                os.kill(child.pid, signal.SIGKILL)
    finally:
        child.join(timeout=30)
        if child.is_alive():
            child.kill()
            child.join()
    assert child.exitcode == -signal.SIGKILL, f"the child was not killed but ended with {child.exitcode}"
    return messages


# -- checks --------------------------------------------------------------------------------------


def _assert_sound(folder: Path) -> None:
    raw = sqlite3.connect(folder / DATABASE_NAME)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("vorlage")
    lines = [f"Vorname{i};Import{i};p{i}@example.org;{ORGANISATION};Mitglied" for i in range(IMPORTED)]
    (folder / CSV_NAME).write_text(
        "Vorname;Nachname;E-Mail-Adresse;Firma;Position\r\n" + "\r\n".join(lines) + "\r\n", encoding="utf-8"
    )
    with Workspace.open(folder, user="vorlage") as ws:
        ws.organisations.create(Organisation(name=ORGANISATION))
        person = ws.persons.create(Person(first_name="Anna", last_name="Schäfer"))
        ws.notes.create(Note(title="Stand 0", note_date="2026-11-25", person_ids=[person.id]))
    return folder


def _fresh(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "daten"
    shutil.copytree(template, folder)
    return folder


def _assert_opens_and_saves(folder: Path) -> Workspace:
    """The folder opens as usual, the check finds nothing, and a new save works."""
    ws = Workspace.open(folder, user="danach")
    assert check_database(ws) == []
    ws.organisations.create(Organisation(name="Nach dem Absturz angelegt"))
    return ws


# -- tests ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def import_commit(template, tmp_path_factory) -> int:
    """The number of the statement that commits a complete import (the child is killed only afterwards)."""
    folder = tmp_path_factory.mktemp("zaehlung")
    shutil.copytree(template, folder, dirs_exist_ok=True)
    messages = _run_child(_import, folder, kill_after="committed")
    assert messages[-1][0] == "committed"
    return messages[-1][2]


def _import_kill_points(commit: int) -> list[int]:
    """BEGIN and the first statements, COMMIT itself, and random points in between."""
    return sorted({1, 2, 3, commit - 1, commit} | set(random.Random(7).sample(range(4, commit - 1), 13)))


@pytest.mark.parametrize("point", range(18))
def test_kill_at_a_statement_of_a_bulk_import_leaves_none_of_it(template, tmp_path, import_commit, point):
    kill_at = _import_kill_points(import_commit)[point]
    folder = _fresh(template, tmp_path)
    _run_child(_import, folder, kill_at=kill_at)
    _assert_sound(folder)
    with _assert_opens_and_saves(folder) as ws:
        assert ws.persons.count() == 1, f"killed at statement {kill_at}, the import commits at {import_commit}"


@pytest.mark.parametrize("kill_after", [100, 200, 300, 400, "committed"])
def test_kill_from_outside_during_a_bulk_import_leaves_all_or_none(template, tmp_path, kill_after):
    folder = _fresh(template, tmp_path)
    messages = _run_child(_import, folder, kill_after=kill_after)
    _assert_sound(folder)
    with _assert_opens_and_saves(folder) as ws:
        imported = [p for p in ws.persons.list() if p.last_name.startswith("Import")]
        if messages[-1][0] == "committed":
            assert len(imported) == IMPORTED
        assert len(imported) in (0, IMPORTED)
        assert all([(m.organisation_name, m.function) for m in p.memberships] == [(ORGANISATION, "Mitglied")] for p in imported)


@pytest.fixture(scope="module")
def save_statements(template, tmp_path_factory) -> tuple[int, int]:
    """(statements before the second save starts, statements one save takes)."""
    folder = tmp_path_factory.mktemp("zaehlung")
    shutil.copytree(template, folder, dirs_exist_ok=True)
    messages = _run_child(_saves, folder, kill_after=3)
    (_, first, _), (_, second, _) = messages[0], messages[1]
    return first, second - first


def _assert_one_consistent_save(folder: Path, messages: list[tuple[object, int, int]]) -> None:
    last_reported = int(messages[-1][0]) if messages else 0
    with _assert_opens_and_saves(folder) as ws:
        note = ws.notes.list()[0]
        k = int(note.title.removeprefix("Stand "))
        assert k in (last_reported, last_reported + 1)  # killed before or right after a commit
        assert note.text == ((f"Text {k}\n" * 300).strip() if k else "")
        assert note.tags == ([f"stand-{k}"] if k else [])
        assert note.person_ids == ([] if k and k % 2 == 0 else ws.persons.ids())
        assert note.version == k + 1
        assert len(ws.history.for_record(note.ref)) == k + 1


@pytest.mark.parametrize("step", range(13))
def test_kill_at_each_step_of_a_save_keeps_one_consistent_version(template, tmp_path, save_statements, step):
    before_second, per_save = save_statements
    # Spread from the second save's BEGIN through its COMMIT to reading the record back.
    kill_at = before_second + 1 + (step * (per_save - 1)) // 12
    folder = _fresh(template, tmp_path)
    messages = _run_child(_saves, folder, kill_at=kill_at)
    _assert_sound(folder)
    _assert_one_consistent_save(folder, messages)


@pytest.mark.parametrize("saves", [1, 2, 4, 6, 9, 12, 15, 20])
def test_kill_from_outside_during_saves_keeps_one_consistent_version(template, tmp_path, saves):
    folder = _fresh(template, tmp_path)
    messages = _run_child(_saves, folder, kill_after=saves)
    _assert_sound(folder)
    _assert_one_consistent_save(folder, messages)
