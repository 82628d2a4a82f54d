"""Migration 4 (keep decisions, anonymised marker) on a checked-in version-3 file: the data survives."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v3.sqlite3"


def test_version_3_file_is_migrated_and_keeps_its_records(tmp_path: Path, user_version) -> None:
    assert user_version(FIXTURE) == 3
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        person = ws.persons.get(4)
        assert (person.full_name, person.emails, person.notes) == (
            "Jürgen Oğuz",
            ["j.oguz@example.org"],
            "Ansprechpartner Stiftungstag",
        )
        assert (person.legal_basis, person.consent_date) == ("einwilligung", date(2021, 5, 3))
        assert person.anonymised_at is None
        assert ws.persons.get(1).memberships[0].function == "Quartiersmanager"
        assert ws.database.generation() == 13
        # The new table and column work on the migrated file.
        ws.keep_decisions.add(4, "Laufende Förderberatung", date(2026, 11, 25))
        assert [d.reason for d in ws.keep_decisions.for_person(4)] == ["Laufende Förderberatung"]
        ws.persons.anonymise(4)
        assert ws.persons.get(4).anonymised_at

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 4
    copies = list((tmp_path / "backups").glob("*_vor-update-datenstand-3.sqlite3"))
    assert len(copies) == 1 and user_version(copies[0]) == 3
    assert user_version(FIXTURE) == 3  # the checked-in file itself is untouched
