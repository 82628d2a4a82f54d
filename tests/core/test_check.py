"""``check_database``: orphaned links are reported in German."""

from __future__ import annotations

import sqlite3

from sic_desktop.core.database_check import check_database
from sic_desktop.core.models import Note, Organisation, Person


def test_links_to_records_deleted_behind_the_programs_back_are_reported(workspace):
    org = workspace.organisations.create(Organisation(name="Verein"))
    person = workspace.persons.create(Person(last_name="Nowak"))
    workspace.notes.create(Note(title="Treffen", note_date="2026-01-01", organisation_ids=[org.id], person_ids=[person.id]))
    assert check_database(workspace) == []
    # Another tool deletes rows with foreign keys switched off.
    raw = sqlite3.connect(workspace.folder.database)
    raw.execute("DELETE FROM organisation WHERE id = ?", [org.id])
    raw.commit()
    raw.close()

    assert check_database(workspace) == [
        "Verwaiste Verknüpfung in „note_organisation“: verweist auf fehlende „organisation“."
    ]

