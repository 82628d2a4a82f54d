"""The migration that adds the team's search synonyms, on a checked-in version-6 file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def test_a_version_6_file_gets_an_empty_synonym_list_and_keeps_its_notes(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)
    with Workspace.open(tmp_path, user="test") as ws:
        assert ws.search_synonyms.lines() == []
        assert "Überlegungen zur Quartiersküche" in [n.title for n in ws.notes.list()]
        generation = ws.database.generation()
        kept = ws.search_synonyms.replace("# unsere Kürzel\n QB =Quartiersbüro \n\nLaKo = Landeskoordination = LaKo")
        assert kept == ["QB = Quartiersbüro", "LaKo = Landeskoordination"]
        assert ws.search_synonyms.lines() == kept
        assert ws.database.generation() == generation  # a setting, no data change


def test_a_line_with_one_term_is_refused_naming_the_line(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        ws.search_synonyms.replace("VHS = Volkshochschule")
        with pytest.raises(ValidationError, match=r"Zeile 2: „Stadtteilbüro“ braucht mindestens zwei"):
            ws.search_synonyms.replace("QB = Quartiersbüro\nStadtteilbüro\n")
        assert ws.search_synonyms.lines() == ["VHS = Volkshochschule"]  # nothing half-written
