"""An indicator's state as display text and as JSON, the same in the window, on the command line
and in the reports."""

from __future__ import annotations

from typing import Any

from sic_desktop.core.dates import format_date
from sic_desktop.core.impact_values import format_value
from sic_desktop.core.impact_vocab import IOOI_LEVELS, RHYTHMS, TRAFFIC_LIGHTS, UNIT_TYPES, step_label
from sic_desktop.core.services.impact import IndicatorState


def percent(share: float | None) -> str:
    """„62 %“ of the way; empty without a measurement."""
    return "" if share is None else f"{round(share * 100):d} %"


def state_texts(state: IndicatorState) -> dict[str, str]:
    """Display texts of one indicator: level, step, values, progress, traffic light, next due date."""
    i, a = state.indicator, state.assessment
    return {
        "name": i.name,
        "level": IOOI_LEVELS.label(i.level),
        "step": step_label(i.step),
        "baseline": format_value(i.baseline_value, i.unit_type, i.unit),
        "baseline_date": format_date(i.baseline_date),
        "target": format_value(i.target_value, i.unit_type, i.unit),
        "target_date": format_date(i.target_date),
        "latest": format_value(a.latest.value, i.unit_type, i.unit) if a.latest else "",
        "latest_date": format_date(a.latest.measured_on) if a.latest else "",
        "progress": percent(a.progress),
        "expected": percent(a.expected),
        "light": TRAFFIC_LIGHTS.label(a.light),
        "next_due": format_date(a.next_due),
        "rhythm": RHYTHMS.label(i.rhythm),
    }


def state_json(state: IndicatorState) -> dict[str, Any]:
    """Stable keys and plain numbers for scripts (``--json``)."""
    i, a = state.indicator, state.assessment
    return {
        "id": i.id, "cooperation_id": i.cooperation_id, "name": i.name, "definition": i.definition,
        "level": i.level, "step": i.step, "unit": i.unit, "unit_type": i.unit_type,
        "unit_type_label": UNIT_TYPES.label(i.unit_type),
        "baseline_value": i.baseline_value, "baseline_date": _iso(i.baseline_date),
        "target_value": i.target_value, "target_date": _iso(i.target_date),
        "method": i.method, "source": i.source, "rhythm": i.rhythm, "responsible": i.responsible,
        "latest_value": a.latest.value if a.latest else None,
        "latest_date": _iso(a.latest.measured_on) if a.latest else None,
        "progress": a.progress, "expected": a.expected, "traffic_light": a.light,
        "next_due": _iso(a.next_due), "overdue": a.overdue, "measurements": len(state.measurements),
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None
