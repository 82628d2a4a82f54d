"""Indicators and measurements behave like every record: locking, history, trash, change notices,
and the follow-up that asks for the next measurement."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.errors import ConflictError
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.changes import Action
from tests.core.impact_helpers import cooperation, indicator, measurement


@pytest.fixture
def coop(workspace):
    return cooperation(workspace)


def _open_followups(ws, coop_id):
    return ws.followups.list(ListQuery(cooperation_id=coop_id, done=False))


def test_a_new_indicator_asks_for_its_first_measurement_one_rhythm_after_the_baseline(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    [followup] = _open_followups(workspace, coop.id)
    assert stored.followup_id == followup.id
    assert (followup.due_date, followup.responsible) == (date(2025, 4, 1), "Aylin Demir")
    assert followup.text == "Wirkungsmessung: „Teilnehmende aus dem Quartier“ messen und eintragen"


def test_a_measurement_closes_the_follow_up_and_opens_the_next(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    first = stored.followup_id
    workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    assert workspace.followups.get(first).done
    [followup] = _open_followups(workspace, coop.id)
    assert followup.due_date == date(2025, 6, 30)
    workspace.measurements.create(measurement(stored.id, 30, date(2025, 6, 20)))
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 9, 20)]


def test_a_changed_rhythm_moves_the_open_follow_up_and_einmalig_closes_it_after_a_measurement(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    stored = workspace.indicators.get(stored.id)
    stored.rhythm = "monatlich"
    workspace.indicators.update(stored)
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 4, 30)]
    stored = workspace.indicators.get(stored.id)
    stored.rhythm = "einmalig"
    workspace.indicators.update(stored)
    assert _open_followups(workspace, coop.id) == []


def test_a_follow_up_ticked_off_by_hand_is_followed_by_a_new_one(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    workspace.followups.set_done(stored.followup_id)
    workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 6, 30)]


def test_trashing_a_measurement_moves_the_due_date_back(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    second = workspace.measurements.create(measurement(stored.id, 20, date(2025, 6, 30)))
    workspace.measurements.trash(second.id)
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 6, 30)]
    workspace.measurements.restore(second.id)
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 9, 30)]


def test_a_trashed_indicator_hides_its_measurements_and_closes_its_follow_up_until_restored(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    workspace.indicators.trash(stored.id)
    assert workspace.impact.states(coop.id) == [] and _open_followups(workspace, coop.id) == []
    assert RecordRef(RecordType.INDICATOR, stored.id) in {item.ref for item in workspace.trash.items()}
    workspace.trash.restore(RecordRef(RecordType.INDICATOR, stored.id))
    [state] = workspace.impact.states(coop.id)
    assert [m.value for m in state.measurements] == [12]
    assert [f.due_date for f in _open_followups(workspace, coop.id)] == [date(2025, 6, 30)]


def test_a_stale_copy_is_refused_and_the_history_names_the_changed_fields(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    mine, theirs = workspace.indicators.get(stored.id), workspace.indicators.get(stored.id)
    theirs.target_value = 120
    workspace.indicators.update(theirs)
    mine.name = "Teilnehmende"
    with pytest.raises(ConflictError, match="inzwischen von testerin geändert"):
        workspace.indicators.update(mine)
    history = workspace.history.for_record(stored.ref)
    assert next((e.action, e.field_labels) for e in history) == ("updated", ["Zielwert"])
    assert workspace.indicators.get(stored.id).followup_id == stored.followup_id, "a save keeps the follow-up link"


def test_saves_are_announced_and_emptying_the_trash_purges_measurements_with_their_indicator(workspace, coop):
    stored = workspace.indicators.create(indicator(coop.id))
    seen = []
    workspace.subscribe(lambda changes: seen.extend(changes.changes))
    taken = workspace.measurements.create(measurement(stored.id, 12, date(2025, 3, 31)))
    assert (taken.ref, Action.CREATED) in {(c.ref, c.action) for c in seen}
    workspace.indicators.trash(stored.id)
    seen.clear()
    workspace.trash.empty()
    assert (taken.ref, Action.PURGED) in {(c.ref, c.action) for c in seen}
    assert workspace.measurements.all_ids() == [] and workspace.indicators.all_ids() == []


def test_states_and_portfolio_show_the_highest_step_with_evidence(workspace, coop):
    counted = workspace.indicators.create(indicator(coop.id))
    jobs = workspace.indicators.create(indicator(coop.id, name="vermittelte Arbeitsplätze", level="outcome", step=6,
                                                 target_value=20, unit="Arbeitsplätze"))
    workspace.measurements.create(measurement(counted.id, 30, date(2025, 6, 30)))
    workspace.measurements.create(measurement(jobs.id, 0, date(2025, 6, 30)))
    assert workspace.impact.portfolio(year=2025).cooperations[0].highest_step == 2, "no movement is no evidence"
    workspace.measurements.create(measurement(jobs.id, 3, date(2025, 12, 31)))
    portfolio = workspace.impact.portfolio(year=2025, on=date(2026, 1, 15))
    assert portfolio.grid() == {1: {6: portfolio.cooperations}}
    assert workspace.impact.portfolio(year=2024).cooperations[0].highest_step == 0
    assert workspace.impact.portfolio(status="idee").cooperations == []
    assert [(o.indicator, o.due) for o in portfolio.overdue] == [("Teilnehmende aus dem Quartier", date(2025, 9, 30))]
    assert [s.indicator.name for s in workspace.impact.states(coop.id)] == [
        "Teilnehmende aus dem Quartier", "vermittelte Arbeitsplätze"]


def test_a_name_in_the_impact_texts_is_found_before_an_erasure(workspace, coop):
    coop.impact_target_direct = "Familie Özdemir und weitere Haushalte"
    workspace.cooperations.update(coop)
    stored = workspace.indicators.create(indicator(coop.id))
    taken = workspace.measurements.create(measurement(stored.id, 3, date(2025, 3, 31), comment="Laut Frau Özdemir 3"))
    found = {(m.ref, m.fields) for m in workspace.mentions.find(["Oezdemir"])}
    assert found == {(coop.ref, ("impact_target_direct",)), (taken.ref, ("comment",))}


def test_the_demo_tells_a_story_with_every_traffic_light_and_overdue_measurements(workspace, reference_day):
    from collections import Counter

    from sic_desktop.core.demo import DemoSize, load_demo
    from sic_desktop.core.progress import run_to_end

    run_to_end(load_demo(workspace, DemoSize(120, 60), today=reference_day))
    running = [c for c in workspace.cooperations.list() if c.status in ("pilot", "umsetzung", "verstetigt")]
    lights = Counter()
    for coop in running:
        states = workspace.impact.states(coop.id, on=reference_day)
        assert len(states) == 4 and coop.impact_problem, coop.title
        assert all(20 <= len(s.measurements) <= 24 for s in states), "two years, monthly"
        lights.update(s.assessment.light for s in states)
    assert {"on_track", "at_risk", "off_track"} <= set(lights)
    assert workspace.impact.overdue(on=reference_day)
