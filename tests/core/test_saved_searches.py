"""Saved searches: the service, and migration 5 on a checked-in version-4 file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sic_desktop.core.errors import NotFoundError, ValidationError
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v4.sqlite3"


def test_version_4_file_is_migrated_and_keeps_its_records(tmp_path: Path, user_version) -> None:
    assert user_version(FIXTURE) == 4
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        assert ws.notes.get(1).organisation_ids == [2]
        assert ws.organisations.get(2).district == "Nordstadt"
        assert ws.persons.get(4).last_name == "Oğuz"
        assert ws.database.generation() == 14
        assert ws.saved_searches.list() == []
        ws.saved_searches.save("Kitas im Norden", "Kinderbetreuung stadtteil:nordstadt")
        assert [s.name for s in ws.saved_searches.list()] == ["Kitas im Norden"]

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 5
    copies = list((tmp_path / "backups").glob("*_vor-update-datenstand-4.sqlite3"))
    assert len(copies) == 1 and user_version(copies[0]) == 4
    assert user_version(FIXTURE) == 4  # the checked-in file itself is untouched


def test_saved_searches_are_listed_by_name_and_replaced_under_the_same_name(workspace) -> None:
    saved = workspace.saved_searches
    generation = workspace.database.generation()
    pflege = saved.save("  Pflege   und Beruf ", "Pflege typ:notiz")
    saved.save("Ausbildung", "Ausbildungsbetriebe sektor:wirtschaft")
    again = saved.save("pflege UND BERUF", "Pflege von:2025")

    assert pflege.name == "Pflege und Beruf" and pflege.updated_by == workspace.user
    assert again.id == pflege.id and again.query == "Pflege von:2025"
    assert [(s.name, s.query) for s in saved.list()] == [
        ("Ausbildung", "Ausbildungsbetriebe sektor:wirtschaft"),
        ("Pflege und Beruf", "Pflege von:2025"),
    ]
    assert workspace.database.generation() == generation  # a setting, not record data


def test_renaming_and_deleting(workspace) -> None:
    saved = workspace.saved_searches
    first = saved.save("Stiftungen", "typ:organisation Stiftung")
    second = saved.save("Quartier", "Quartiersarbeit")

    assert saved.rename(first.id, "Stiftungen in Dortmund").name == "Stiftungen in Dortmund"
    with pytest.raises(ValidationError) as clash:
        saved.rename(second.id, "stiftungen IN dortmund")
    assert "gibt es schon" in str(clash.value)
    saved.delete(first.id)
    assert [s.name for s in saved.list()] == ["Quartier"]
    with pytest.raises(NotFoundError):
        saved.delete(first.id)
    with pytest.raises(NotFoundError):
        saved.rename(first.id, "Neu")


@pytest.mark.parametrize(("name", "query", "field"), [("", "Pflege", "name"), ("   ", "Pflege", "name"),
                                                      ("x" * 121, "Pflege", "name"), ("Leer", "  ", "query")])
def test_empty_names_and_queries_are_refused_with_a_german_reason(workspace, name, query, field) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.saved_searches.save(name, query)
    assert refused.value.for_field(field)
    assert workspace.saved_searches.list() == []


def test_restore_keeps_ids_names_and_stamps_as_exported(workspace, tmp_path) -> None:
    kept = [workspace.saved_searches.save("Stiftungen", "typ:organisation Stiftung")]
    kept.append(workspace.saved_searches.save("Quartier", "Quartiersarbeit"))
    workspace.saved_searches.delete(kept[0].id)
    kept[1:] = [workspace.saved_searches.save("Kitas", "Kinderbetreuung"), kept[1]]  # ids 2 and 3, 1 is gone

    with Workspace.open(tmp_path / "neu", user="jemand-anders") as restored:
        restored.saved_searches.restore(workspace.saved_searches.list())
        assert restored.saved_searches.list() == workspace.saved_searches.list()
        assert restored.saved_searches.get(3).updated_by == workspace.user
