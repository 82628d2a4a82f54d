"""Fixtures for the core tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.workspace import Workspace


@pytest.fixture
def user_version() -> Callable[[Path], int]:
    """The schema version written in a database file (``PRAGMA user_version``)."""

    def read(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()

    return read


# Core tests that do not pass on the team server yet, with what is missing there. The fixture marks
# them xfail(strict) on PostgreSQL only, so a fixed gap fails until it is taken off this list.
_SECOND_FOLDER = (
    "the test reads an export into a second, empty workspace in another data folder; on the team server the "
    "folder does not choose the database (moving data onto an empty server: io.server_transfer, its own tests)"
)
_FILE_BACKUP = "file backups and restore copy the SQLite file; the server is backed up by IT with pg_dump"
_SQLITE_CONNECTION = "the test reaches into the SQLite connection (iterdump, an injected disk fault)"
POSTGRES_GAPS: dict[str, str] = {
    "test_the_full_export_puts_the_files_beside_the_json_and_the_import_restores_them": _SECOND_FOLDER,
    "test_an_export_whose_files_are_missing_is_refused_and_stores_nothing": _SECOND_FOLDER,
    "test_keep_decisions_restore_with_their_numbers_dates_and_authors": _SECOND_FOLDER,
    "test_restore_keeps_ids_names_and_stamps_as_exported": _SECOND_FOLDER,
    "test_backups_hold_the_files_and_a_restore_brings_them_back": _FILE_BACKUP,
    "test_start_backup_at_most_once_a_day_and_not_for_an_empty_folder": _FILE_BACKUP,
    "test_backups_go_to_the_folder_the_user_chose": _FILE_BACKUP,
    "test_a_backup_is_one_file_that_checking_and_restoring_leave_alone": _FILE_BACKUP,
    "test_manual_backup_names_say_when_and_why": _FILE_BACKUP,
    "test_a_backup_copy_opens_with_the_data": _FILE_BACKUP,
    "test_links_to_records_deleted_behind_the_programs_back_are_reported": (
        "the test breaks links by writing the SQLite file behind the program's back; the server's foreign keys "
        "cannot be switched off by a client"
    ),
    "test_checkpoint_empties_the_wal": "the server has no WAL file in the data folder (vacuum after erasure: point 8)",
    "test_a_bulk_create_with_one_bad_record_stores_nothing": _SQLITE_CONNECTION,
    "test_a_failure_half_way_through_a_save_is_rolled_back": _SQLITE_CONNECTION,
    "test_a_full_disk_at_commit_gives_a_german_message_and_keeps_the_data": _SQLITE_CONNECTION,
}


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Where the core tests' workspace keeps its records: the local file, and the team server
    (PostgreSQL, when installed; see tests/postgres_server.py)."""
    return str(request.param)


@pytest.fixture
def workspace(
    backend: str, data_dir: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspace]:
    """The test's workspace on ``backend``; on PostgreSQL the environment names the server, so a
    test that opens the workspace again (or runs the command line) gets the same server."""
    if backend == "sqlite":
        ws = Workspace.open(data_dir, user="testerin")
    else:
        gap = POSTGRES_GAPS.get(request.node.originalname)
        if gap:
            request.applymarker(pytest.mark.xfail(reason=f"PostgreSQL: {gap}", strict=True))
        monkeypatch.setenv("SIC_DESKTOP_SERVER", request.getfixturevalue("postgres_url"))
        ws = Workspace.open(data_dir, user="testerin")
    yield ws
    ws.close()


@pytest.fixture
def two_muellers(workspace: Workspace) -> tuple[int, ...]:
    """Two records of one man, each with links: memberships, cooperations, notes, a follow-up (for merging)."""
    from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person

    ws = workspace
    caritas, stadt = (ws.organisations.create(Organisation(name=name)).id for name in ("Caritas", "Stadt Dortmund"))
    keep = ws.persons.create(Person(first_name="Jürgen", last_name="Müller", memberships=[Membership(organisation_id=caritas)],
                                emails=["j.mueller@caritas.example"], phones=["0231 1"])).id
    other = ws.persons.create(
        Person(first_name="Jürgen", last_name="Mueller", salutation="Herr", notes="Kennt alle Träger.",
               emails=["jm@stadt.example"], phones=["0231 1"], tags=["Nordstadt"],
               memberships=[Membership(organisation_id=caritas, function="Quartiersmanager"),
                            Membership(organisation_id=stadt, function="Beirat")])
    ).id
    lead = ws.cooperations.create(Cooperation(title="Quartiersladen", partners=[Partner(person_id=other, role="lead")]))
    both = ws.cooperations.create(
        Cooperation(title="Stiftungstag", partners=[Partner(person_id=keep, role="partner"),
                                                     Partner(person_id=other, role="beteiligt")])
    )
    note = ws.notes.create(Note(title="Gespräch", note_date=date(2026, 3, 1), person_ids=[other]))
    shared = ws.notes.create(Note(title="Workshop", note_date=date(2026, 3, 2), person_ids=[keep, other]))
    followup = ws.followups.create(FollowUp(text="Anrufen", due_date=date(2026, 4, 1), target=ws.persons.get(other).ref))
    return keep, other, caritas, stadt, lead.id, both.id, note.id, shared.id, followup.id
