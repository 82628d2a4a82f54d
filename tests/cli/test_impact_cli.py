"""``sic-desktop wirkung`` as scripts and IT call it: list, show, messen, faellig, with --json."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sic_desktop.cli import main
from tests.core.impact_helpers import cooperation, indicator, measurement


@pytest.fixture
def counted(workspace):
    coop = cooperation(workspace)
    coop.impact_problem = "Viele sind lange ohne Arbeit."
    workspace.cooperations.update(coop)
    stored = workspace.indicators.create(indicator(coop.id))
    workspace.measurements.create(measurement(stored.id, 20, date(2025, 3, 31)))
    return stored


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_show_prints_the_model_and_the_indicators_with_progress(workspace, counted, capsys):
    assert main(["wirkung", "show", str(counted.cooperation_id)]) == 0
    out = capsys.readouterr().out
    assert "Problem und Ausgangslage: Viele sind lange ohne Arbeit." in out
    assert "Teilnehmende aus dem Quartier" in out and "20 Personen (31.03.2025)" in out and "20 %" in out
    assert main(["wirkung", "show", str(counted.cooperation_id), "--json"]) == 0
    [shown] = _json(capsys)["indicators"]
    # judged on the day of the latest measurement (ahead of the straight path), but long overdue
    assert (shown["latest_value"], shown["progress"], shown["traffic_light"], shown["overdue"]) == (
        20.0, 0.2, "on_track", True)


def test_messen_stores_a_measurement_typed_the_german_way_and_renews_the_follow_up(workspace, counted, capsys):
    assert main(["wirkung", "messen", str(counted.id), "12,5", "--datum", "30.06.2025"]) == 1
    assert "Eine Anzahl ist eine ganze Zahl ab 0 (nicht 12,5)." in capsys.readouterr().err
    assert main(["wirkung", "messen", str(counted.id), "1.024", "--datum", "30.06.2025", "--ab", "01.04.2025",
                 "--kommentar", "Liste Juni", "--verlaesslichkeit", "hoch"]) == 0
    assert "„Teilnehmende aus dem Quartier“ = 1.024 Personen am 30.06.2025" in capsys.readouterr().out
    assert main(["wirkung", "messen", str(counted.id), "45", "--datum", "31.07.2025", "--json"]) == 0
    stored = _json(capsys)
    assert (stored["latest_value"], stored["next_due"]) == (45.0, "2025-10-31")
    assert workspace.measurements.get(stored["measurement_id"]).confidence == "mittel"


def test_a_wrong_value_or_date_is_refused_in_german(workspace, counted, capsys):
    assert main(["wirkung", "messen", str(counted.id), "viele"]) == 1
    assert capsys.readouterr().err == "Fehler: Wert: „viele“ ist keine Zahl (Beispiel: 12 oder 12,5).\n"
    assert main(["wirkung", "messen", str(counted.id), "5", "--datum", "31.02.2025"]) == 1
    assert "--datum" in capsys.readouterr().err
    assert workspace.measurements.count() == 1


def test_list_and_faellig(workspace, counted, capsys):
    assert main(["wirkung", "list", "--json", "--jahr", "2025"]) == 0
    [row] = _json(capsys)
    assert (row["highest_step"], row["themes"], row["overdue_measurements"]) == (2, ["Arbeit im Quartier"], 1)
    assert main(["wirkung", "list", "--status", "Idee", "--json"]) == 0 and _json(capsys) == []
    assert main(["wirkung", "faellig"]) == 0
    assert "30.06.2025" in capsys.readouterr().out
    assert main(["wirkung", "faellig", "--json"]) == 0
    assert _json(capsys)[0]["due"] == "2025-06-30"
