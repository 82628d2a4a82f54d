"""The migration giving contacts an objection field (Art. 21 DSGVO), on a checked-in version-6 file.

Contacts tagged „Widerspruch“ before keep their objection in the new field; nothing is lost.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.mail_merge import export_mail_merge

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def _tagged_copy(folder: Path) -> list[int]:
    """The fixture with the first two persons tagged „widerspruch“ (one also „Presse“), an organisation too."""
    shutil.copy(FIXTURE, folder / DATABASE_NAME)
    with sqlite3.connect(folder / DATABASE_NAME) as conn:
        persons = [row[0] for row in conn.execute("SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id")]
        organisation = conn.execute("SELECT id FROM organisation ORDER BY id").fetchone()[0]
        conn.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", [(1, "widerspruch"), (2, "Presse")])
        conn.executemany("INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)",
                         [(persons[0], 1), (persons[1], 1), (persons[1], 2)])
        conn.execute("INSERT INTO organisation_tag (organisation_id, tag_id) VALUES (?, 1)", [organisation])
    conn.close()
    return persons


def test_tagged_contacts_keep_their_objection_as_the_field_and_lose_the_tag(tmp_path: Path) -> None:
    persons = _tagged_copy(tmp_path)
    with Workspace.open(tmp_path, user="test") as ws:
        stored = {p.id: p for p in ws.persons.get_many(persons)}
        assert [stored[i].objection for i in persons] == [True, True] + [False] * (len(persons) - 2)
        assert all(p.objection_date is None for p in stored.values()), "the day of an old tag is not known"
        assert stored[persons[1]].tags == ["Presse"] and stored[persons[0]].tags == []
        assert "widerspruch" in ws.tags.usage(), "the organisation still carries the tag"
        for person in stored.values():
            person.legal_basis = "berechtigtes_interesse"
            ws.persons.update(person)
        result = run_to_end(export_mail_merge(ws, tmp_path / "serienbrief.csv", person_ids=persons))
        assert (result.written, len(result.objected)) == (len(persons) - 2, 2)


def test_an_objection_is_stored_with_its_day_and_a_day_without_objection_is_refused(tmp_path: Path) -> None:
    _tagged_copy(tmp_path)
    with Workspace.open(tmp_path, user="test") as ws:
        person = next(p for p in ws.persons.list() if not p.objection)
        person.objection, person.objection_date = True, "25.11.2026"
        ws.persons.update(person)
        assert (ws.persons.get(person.id).objection, ws.persons.get(person.id).objection_date) == (True, date(2026, 11, 25))
        person = ws.persons.get(person.id)
        person.objection = False
        with pytest.raises(ValidationError) as raised:
            ws.persons.update(person)
        assert raised.value.for_field("objection_date")
