"""The migration adding a name suffix and a job title to persons, on a checked-in version-6 file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def test_old_persons_keep_their_data_and_gain_an_empty_suffix_and_job_title(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)
    with sqlite3.connect(FIXTURE) as old:
        before = old.execute("SELECT id, first_name, last_name FROM person WHERE deleted_at IS NULL ORDER BY id").fetchall()
    assert before, "the fixture holds persons"

    with Workspace.open(tmp_path, user="test") as ws:
        persons = ws.persons.list()
        assert sorted((p.id, p.first_name, p.last_name) for p in persons) == before
        assert all(p.name_suffix == "" and p.job_title == "" for p in persons)
        person = persons[0]
        person.name_suffix, person.job_title = "jr.", "Lesepate"
        ws.persons.update(person)
        stored = ws.persons.get(person.id)
        assert (stored.full_name.endswith(" jr."), stored.job_title) == (True, "Lesepate")

    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() > 6
    conn.close()
