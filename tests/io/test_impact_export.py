"""Indicators, measurements and the impact model travel through the full export; older files still read."""

from __future__ import annotations

import json
from datetime import date

from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json
from sic_desktop.io.json_import import import_json
from tests.core.impact_helpers import cooperation, indicator, measurement


def _impact_data(ws: Workspace) -> None:
    coop = cooperation(ws)
    coop.impact_problem = "Viele Menschen im Quartier sind lange ohne Arbeit."
    coop.impact_target_direct = "Langzeitarbeitslose"
    ws.cooperations.update(coop)
    counted = ws.indicators.create(indicator(coop.id, definition="Mit Wohnsitz im Quartier.\nZweite Zeile."))
    share = ws.indicators.create(indicator(coop.id, name="Zufriedenheit", level="output", step=3, unit_type="skala",
                                           baseline_value=2.5, target_value=4, method="befragung"))
    ws.measurements.create(measurement(counted.id, 12, date(2025, 3, 31), period_start=date(2025, 1, 1),
                                       comment="aus der Liste", confidence="hoch"))
    ws.measurements.create(measurement(share.id, "3,2", date(2025, 3, 31)))
    trashed = ws.measurements.create(measurement(counted.id, 14, date(2025, 4, 30)))
    ws.measurements.trash(trashed.id)


def test_impact_data_survives_the_round_trip_with_follow_up_links(workspace, tmp_path):
    _impact_data(workspace)
    first = tmp_path / "export.json"
    counts = run_to_end(export_json(workspace, first))
    assert (counts["indicators"], counts["measurements"]) == (2, 3)
    with Workspace.open(tmp_path / "neu", user="jemand") as restored:
        run_to_end(import_json(restored, first))
        coop = restored.cooperations.get(1)
        assert (coop.impact_problem, coop.impact_target_direct) == (
            "Viele Menschen im Quartier sind lange ohne Arbeit.", "Langzeitarbeitslose")
        states = restored.impact.states(1)
        assert [(s.indicator.name, [m.value for m in s.measurements]) for s in states] == [
            ("Teilnehmende aus dem Quartier", [12.0]), ("Zufriedenheit", [3.2])]
        assert states[0].indicator.followup_id == workspace.indicators.get(1).followup_id is not None
        assert restored.measurements.get(3, include_trashed=True).deleted_by == "testerin"
        second = tmp_path / "wieder.json"
        run_to_end(export_json(restored, second))
    assert second.read_bytes() == first.read_bytes()


def test_a_format_2_export_without_impact_data_is_still_read(workspace, tmp_path):
    cooperation(workspace)
    path = tmp_path / "export.json"
    run_to_end(export_json(workspace, path))
    document = json.loads(path.read_text(encoding="utf-8"))
    old = {key: value for key, value in document.items() if key not in ("indicators", "measurements")}
    old["format_version"], old["schema_version"] = 2, 6
    for coop in old["cooperations"]:
        for key in [k for k in coop if k.startswith("impact_")]:
            del coop[key]
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with Workspace.open(tmp_path / "neu", user="jemand") as restored:
        counts = run_to_end(import_json(restored, path))
        assert counts["cooperations"] == 1 and counts["indicators"] == 0
        assert restored.cooperations.get(1).impact_outcomes == ""
