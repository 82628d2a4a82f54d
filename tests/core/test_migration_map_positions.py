"""Migration 2 (map positions) on a checked-in version-1 file: the data survives."""

from __future__ import annotations

import shutil
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v1.sqlite3"


def test_version_1_file_is_migrated_and_keeps_its_records(tmp_path: Path, user_version) -> None:
    assert user_version(FIXTURE) == 1
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        org = ws.organisations.get(1)
        person = ws.persons.get(1)
        coop = ws.cooperations.get(1)
        assert org.name == "Quartiersinitiative Marten e.V."
        assert [m.organisation_id for m in person.memberships] == [1]
        assert person.memberships[0].function == "Vorsitzende"
        assert sorted(str(p.target) for p in coop.partners) == ["organisation:1", "organisation:2", "person:1"]
        assert coop.theme_ids == [2]
        assert ws.database.generation() == 7
        # The new table works on the migrated file.
        ws.map_positions.save("alle", {RecordRef(RecordType.ORGANISATION, 1): (10.0, -4.5)})
        assert ws.map_positions.load("alle") == {RecordRef(RecordType.ORGANISATION, 1): (10.0, -4.5)}

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 2
    copies = list((tmp_path / "backups").glob("sic-desktop_*_vor-update-datenstand-1.sqlite3"))
    assert len(copies) == 1 and user_version(copies[0]) == 1
    assert user_version(FIXTURE) == 1  # the checked-in file itself is untouched
