"""The Wirkungsmessung migration on a checked-in version-6 file: old data survives, the new tables work."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace
from tests.core.impact_helpers import indicator, measurement

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def test_a_version_6_file_gets_impact_models_indicators_and_measurements(tmp_path: Path, user_version) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        coop = ws.cooperations.get(1)
        assert (coop.title, coop.status, coop.results) == (
            "Quartierslotsen Nordstadt", "umsetzung", "42 Beratungen im ersten Jahr.")
        assert coop.impact_problem == "" and coop.theme_ids == [1]
        assert [n.title for n in ws.notes.list()] == ["Überlegungen zur Quartiersküche", "Workshop Vereinbarkeit"]
        coop.impact_problem = "Wenige Angebote erreichen das Quartier."
        assert ws.cooperations.update(coop).impact_problem == "Wenige Angebote erreichen das Quartier."
        stored = ws.indicators.create(indicator(1))
        ws.measurements.create(measurement(stored.id, 15, date(2025, 3, 31), evidence_note_id=2))
        [state] = ws.impact.states(1)
        assert state.measurements[0].evidence_note_id == 2 and state.assessment.light == "on_track"

    assert user_version(tmp_path / DATABASE_NAME) == latest_version() >= 7
