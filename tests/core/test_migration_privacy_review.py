"""Migration 3 (keep decisions, anonymised marker) on a checked-in version-2 file: the data survives."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v2.sqlite3"


def test_version_2_file_is_migrated_and_keeps_its_records(tmp_path: Path, user_version) -> None:
    assert user_version(FIXTURE) == 2
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        person = ws.persons.get(2)
        assert (person.full_name, person.emails) == ("Jürgen Oğuz", ["j.oguz@example.org"])
        assert (person.legal_basis, person.consent_date) == ("einwilligung", date(2021, 5, 3))
        assert person.anonymised_at is None
        assert [m.function for m in ws.persons.get(1).memberships] == ["Vorsitzende"]
        assert ws.map_positions.load("alle") == {RecordRef(RecordType.PERSON, 2): (1.5, 2.5)}
        assert ws.database.generation() == 9
        # The new table works on the migrated file.
        ws.keep_decisions.add(2, "Laufende Förderberatung", date(2026, 11, 25))
        assert [d.reason for d in ws.keep_decisions.for_person(2)] == ["Laufende Förderberatung"]

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 3
    copies = list((tmp_path / "backups").glob("vor-update-datenstand-2_*.sqlite3"))
    assert len(copies) == 1 and user_version(copies[0]) == 2
