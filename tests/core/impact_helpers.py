"""Records for the Wirkungsmessung tests: a cooperation with one counted indicator."""

from __future__ import annotations

from datetime import date
from typing import Any

from sic_desktop.core.models import Cooperation, Indicator, Measurement
from sic_desktop.core.workspace import Workspace


def cooperation(ws: Workspace, title: str = "Quartierslotsen Nordstadt") -> Cooperation:
    return ws.cooperations.create(Cooperation(title=title, status="umsetzung", theme_ids=[1]))


def indicator(cooperation_id: int, **values: Any) -> Indicator:
    """„Teilnehmende aus dem Quartier“: 0 → 100 Personen from 1 Jan 2025 to 1 Jan 2027, quarterly."""
    fields: dict[str, Any] = {
        "cooperation_id": cooperation_id, "name": "Teilnehmende aus dem Quartier", "level": "output", "step": 2,
        "unit": "Personen", "unit_type": "anzahl", "baseline_value": 0, "baseline_date": date(2025, 1, 1),
        "target_value": 100, "target_date": date(2027, 1, 1), "rhythm": "quartal", "responsible": "Aylin Demir",
    }
    fields.update(values)
    return Indicator(**fields)


def measurement(indicator_id: int, value: Any, on: date, **values: Any) -> Measurement:
    return Measurement(indicator_id=indicator_id, value=value, measured_on=on, **values)
