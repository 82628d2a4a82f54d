"""Progress and traffic light at the edges of the documented rule (core/impact_progress.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.impact_progress import add_months, assess, next_due
from sic_desktop.core.models import Indicator, Measurement

# 0 → 100 over 1,000 days: on day 500 half the time has passed.
START = date(2024, 1, 1)
HALF = date(2025, 5, 15)  # day 500
END = date(2026, 9, 27)  # day 1000


def _indicator(**values) -> Indicator:
    fields = {"id": 1, "baseline_value": 0.0, "target_value": 100.0, "baseline_date": START, "target_date": END, "rhythm": "quartal"}
    return Indicator(**(fields | values))


def _light(value: float, on_day: date = HALF, *, assessed: date = HALF, **values) -> tuple[str, float, float]:
    result = assess(_indicator(**values), [Measurement(id=1, value=value, measured_on=on_day)], assessed)
    return result.light, result.progress, result.expected


@pytest.mark.parametrize(
    ("value", "light"),
    [
        (100, "on_track"),  # reached
        (60, "on_track"),  # ahead of the straight path
        (50, "on_track"),  # exactly on it
        (40, "on_track"),  # 10 points behind: still im Plan
        (39.9, "at_risk"),  # just over 10 behind
        (25, "at_risk"),  # 25 points behind: still gefährdet
        (24.9, "off_track"),  # just over 25 behind
        (0, "off_track"),
    ],
)
def test_the_traffic_light_turns_at_10_and_25_points_behind_the_straight_path(value, light):
    assert _light(value)[0] == light


def test_progress_and_expected_share_are_shares_of_the_way_and_of_the_time():
    _light_colour, progress, expected = _light(40)
    assert (progress, expected) == (0.4, 0.5)


def test_a_target_below_the_baseline_counts_the_way_down():
    # A drop-out rate from 40 % down to 20 %: at half time 32 % is 40 % of the way, 10 points behind.
    assert _light(32, baseline_value=40.0, target_value=20.0)[:2] == ("on_track", pytest.approx(0.4))
    assert _light(36, baseline_value=40.0, target_value=20.0)[0] == "off_track"
    assert _light(45, baseline_value=40.0, target_value=20.0)[1] == pytest.approx(-0.25), "moving away is negative"


def test_after_the_target_date_only_a_reached_target_is_on_track():
    assert _light(85, END, assessed=END)[0] == "at_risk", "on the target day the straight path still counts"
    assert _light(99, END, assessed=date(2026, 9, 28))[0] == "off_track"
    assert _light(100, END, assessed=date(2027, 1, 1))[0] == "on_track"


def test_the_time_share_is_capped_at_the_target_date():
    assert _light(95, date(2027, 3, 1), assessed=date(2026, 9, 1))[2] == 1.0


def test_without_a_measurement_there_is_no_light_but_the_first_measurement_is_due():
    result = assess(_indicator(), [], date(2024, 5, 1))
    assert (result.light, result.progress, result.next_due, result.overdue) == ("no_data", None, date(2024, 4, 1), True)


def test_the_latest_measurement_counts_whatever_the_order():
    older, newer = Measurement(id=1, value=90, measured_on=date(2025, 1, 1)), Measurement(id=2, value=10, measured_on=HALF)
    assert assess(_indicator(), [newer, older], HALF).latest is newer


@pytest.mark.parametrize(
    ("rhythm", "last", "due"),
    [
        ("monatlich", date(2025, 1, 31), date(2025, 2, 28)),
        ("quartal", date(2025, 11, 30), date(2026, 2, 28)),
        ("halbjahr", date(2024, 8, 31), date(2025, 2, 28)),
        ("jahr", date(2024, 2, 29), date(2025, 2, 28)),
        ("einmalig", None, END),
        ("einmalig", date(2025, 1, 1), None),
        ("quartal", None, date(2024, 4, 1)),
    ],
)
def test_the_next_measurement_is_due_one_rhythm_after_the_last(rhythm, last, due):
    assert next_due(_indicator(rhythm=rhythm), last) == due


def test_a_measurement_due_today_is_not_overdue_yet():
    measured = Measurement(id=1, value=50, measured_on=date(2025, 2, 15))
    assert not assess(_indicator(), [measured], date(2025, 5, 15)).overdue
    assert assess(_indicator(), [measured], date(2025, 5, 16)).overdue


def test_adding_months_across_a_year():
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 31), -24) == date(2023, 3, 31)
