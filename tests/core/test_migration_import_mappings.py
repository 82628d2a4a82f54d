"""Migration 3 (remembered import mappings, „kein Duplikat“ marks) on a checked-in version-2 file."""

from __future__ import annotations

import shutil
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v2.sqlite3"


def test_version_2_file_is_migrated_and_keeps_its_records(tmp_path: Path, user_version) -> None:
    assert user_version(FIXTURE) == 2
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        assert [p.last_name for p in ws.persons.get_many([1, 2, 3])] == ["Müller", "Mueller", "Öztürk"]
        assert ws.persons.get(3, include_trashed=True).deleted_by == "fixture"
        assert ws.persons.get(1).memberships[0].function == "Quartiersmanager"
        assert ws.map_positions.load("alle") == {RecordRef(RecordType.ORGANISATION, 1): (3.5, -2.0)}
        assert ws.database.generation() == 12
        # The new tables work on the migrated file.
        ws.import_mappings.remember("abc123", "person", {"Nachname": "last_name"})
        assert ws.import_mappings.recall("abc123", "person").columns == {"Nachname": "last_name"}
        ws.database.execute(
            "INSERT INTO person_distinct (first_id, second_id, marked_at, marked_by) VALUES (1, 2, 'x', 'test')"
        )

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 3
    assert user_version(FIXTURE) == 2  # the checked-in file itself is untouched


def test_a_remembered_mapping_is_replaced_not_duplicated(workspace) -> None:
    workspace.import_mappings.remember("f1", "person", {"Name": "full_name"})
    workspace.import_mappings.remember("f1", "person", {"Name": "last_name", "Mail": "emails"})
    workspace.import_mappings.remember("f1", "organisation", {"Name": "name"})
    assert workspace.import_mappings.recall("f1", "person").columns == {"Name": "last_name", "Mail": "emails"}
    assert [m.kind for m in workspace.import_mappings.all()] == ["organisation", "person"]
    assert workspace.import_mappings.recall("f2", "person") is None


def test_remembering_the_same_mapping_again_changes_nothing(workspace) -> None:
    workspace.import_mappings.remember("f1", "person", {"Name": "full_name"})
    workspace.database.execute("UPDATE import_mapping SET updated_at = '2026-01-01T00:00:00+00:00'")
    workspace.import_mappings.remember("f1", "person", {"Name": "full_name"})
    assert workspace.import_mappings.recall("f1", "person").updated_at == "2026-01-01T00:00:00+00:00"
    workspace.import_mappings.remember("f1", "person", {"Name": "last_name"})  # a change: stamped anew
    assert workspace.import_mappings.recall("f1", "person").updated_at > "2026-01-01T00:00:00+00:00"
