"""Progress towards an indicator's target and its traffic light (Ampel).

The rule (docs/wirkung.md explains it to users):

- progress = (latest value − baseline) ÷ (target − baseline): the share of the way
  from the baseline to the target that is done (works for targets below the baseline,
  such as a drop-out rate, too);
- expected = the share of the time from the baseline date to the target date that
  had passed on the day of the latest measurement (0 to 1): a straight path;
- „im Plan“ (on track): the target is reached, or progress lags the straight path by
  at most 10 percentage points;
- „gefährdet“ (at risk): it lags by more than 10 and at most 25 points;
- „nicht im Plan“ (off track): it lags by more than 25 points, or the target date has
  passed on the day of the assessment and the target is not reached;
- „noch keine Bewertung“: no measurement yet.

The next measurement is due one rhythm (a month, a quarter, …) after the latest one,
or after the baseline date while there is none; „einmalig“ asks once, by the target date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sic_desktop.core.impact_vocab import RHYTHM_MONTHS
from sic_desktop.core.models import Indicator, Measurement

ON_TRACK_LAG = 0.10
AT_RISK_LAG = 0.25


@dataclass(frozen=True)
class Assessment:
    latest: Measurement | None
    progress: float | None  # share of the way to the target; 1.0 = reached
    expected: float | None  # share of the time that had passed at the latest measurement
    light: str  # key of impact_vocab.TRAFFIC_LIGHTS
    next_due: date | None
    overdue: bool


def assess(indicator: Indicator, measurements: list[Measurement], on: date) -> Assessment:
    """Where ``indicator`` stands on ``on``; ``measurements`` are its live ones, any order."""
    latest = max(measurements, key=lambda m: (m.measured_on, m.id or 0), default=None)
    due = next_due(indicator, latest.measured_on if latest else None)
    overdue = due is not None and due < on
    if latest is None or latest.value is None:
        return Assessment(latest, None, None, "no_data", due, overdue)
    progress = progress_share(indicator, latest.value)
    expected = expected_share(indicator, latest.measured_on)
    return Assessment(latest, progress, expected, traffic_light(indicator, progress, expected, on), due, overdue)


def progress_share(indicator: Indicator, value: float) -> float:
    baseline, target = indicator.baseline_value or 0.0, indicator.target_value or 0.0
    if target == baseline:
        return 1.0 if value == target else 0.0
    return (value - baseline) / (target - baseline)


def expected_share(indicator: Indicator, measured_on: date | None) -> float:
    start, end = indicator.baseline_date, indicator.target_date
    if not (start and end and measured_on) or end <= start:
        return 1.0
    share = (measured_on - start).days / (end - start).days
    return min(1.0, max(0.0, share))


def traffic_light(indicator: Indicator, progress: float, expected: float, on: date) -> str:
    if round(progress, 6) >= 1:
        return "on_track"
    if indicator.target_date is not None and on > indicator.target_date:
        return "off_track"
    lag = round(expected - progress, 6)
    if lag <= ON_TRACK_LAG:
        return "on_track"
    if lag <= AT_RISK_LAG:
        return "at_risk"
    return "off_track"


def next_due(indicator: Indicator, last_measured: date | None) -> date | None:
    months = RHYTHM_MONTHS.get(indicator.rhythm, 0)
    if months == 0:
        return indicator.target_date if last_measured is None else None
    start = last_measured or indicator.baseline_date
    return add_months(start, months) if start else None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
