"""Wirkungsmessung read side: where each indicator stands, the portfolio, overdue measurements.

The record services (``impact_records``) store; this one answers the questions of
the „Wirkung“ tab, the portfolio page, the command line and the Wirkungsbericht in
a few queries each, so the portfolio over 625 cooperations stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sic_desktop.core.dates import from_iso, today
from sic_desktop.core.impact_progress import Assessment, assess, next_due
from sic_desktop.core.models import Indicator, Measurement
from sic_desktop.core.services.impact_records import indicator_order
from sic_desktop.core.services.list_query import chunks, placeholders

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class IndicatorState:
    """One indicator with its measurements (oldest first) and where it stands."""

    indicator: Indicator
    measurements: list[Measurement]
    assessment: Assessment


@dataclass(frozen=True)
class PortfolioCooperation:
    id: int
    title: str
    status: str
    theme_ids: tuple[int, ...]
    highest_step: int  # 0: no indicator on the Wirkungstreppe moved towards its target in the period


@dataclass(frozen=True)
class OverdueMeasurement:
    indicator_id: int
    indicator: str
    cooperation_id: int
    cooperation: str
    due: date
    responsible: str


@dataclass
class Portfolio:
    cooperations: list[PortfolioCooperation] = field(default_factory=list)
    overdue: list[OverdueMeasurement] = field(default_factory=list)

    def grid(self) -> dict[int | None, dict[int, list[PortfolioCooperation]]]:
        """Theme field id (None: none) → highest step (0–7) → cooperations; one in each of its fields."""
        cells: dict[int | None, dict[int, list[PortfolioCooperation]]] = {}
        for coop in self.cooperations:
            for theme_id in coop.theme_ids or (None,):
                cells.setdefault(theme_id, {}).setdefault(coop.highest_step, []).append(coop)
        return cells


class ImpactService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def states(self, cooperation_id: int, *, on: date | None = None) -> list[IndicatorState]:
        """The cooperation's live indicators, input first, each with where it stands on ``on``."""
        return self.states_of(self._ws.indicators.for_cooperation(cooperation_id), on=on)

    def states_of(self, indicators: list[Indicator], *, on: date | None = None) -> list[IndicatorState]:
        """Each indicator with its measurements up to ``on`` (default today) and its assessment on that day."""
        on = on or today()
        measured = self._ws.measurements.for_indicators(i.stored_id for i in indicators)
        states = []
        for indicator in indicators:
            known = [m for m in measured[indicator.stored_id] if m.measured_on is None or m.measured_on <= on]
            states.append(IndicatorState(indicator, known, assess(indicator, known, on)))
        return states

    def states_for_cooperations(self, cooperation_ids: Iterable[int], *, on: date | None = None) -> dict[int, list[IndicatorState]]:
        """Many cooperations at once (the theme-field report): cooperation id → states."""
        wanted = list(dict.fromkeys(cooperation_ids))
        ids: list[int] = []
        for part in chunks(wanted):
            ids += [row[0] for row in self._ws.database.execute(
                f"SELECT id FROM indicator WHERE deleted_at IS NULL AND cooperation_id IN ({placeholders(part)})",
                part)]
        indicators = sorted(self._ws.indicators.get_many(ids, include_trashed=False), key=indicator_order)
        result: dict[int, list[IndicatorState]] = {i: [] for i in wanted}
        for state in self.states_of(indicators, on=on):
            assert state.indicator.cooperation_id is not None  # selected by it above
            result[state.indicator.cooperation_id].append(state)
        return result

    def portfolio(self, *, year: int | None = None, status: str | None = None, on: date | None = None) -> Portfolio:
        """Live cooperations (of ``status``) with the highest Wirkungstreppe step they have evidence for.

        Evidence is a measurement (in ``year``) whose value moved from the baseline towards the target.
        """
        db = self._ws.database
        period = ("", []) if year is None else (" AND m.measured_on BETWEEN ? AND ?", [f"{year}-01-01", f"{year}-12-31"])
        steps = dict(db.execute(
            "SELECT i.cooperation_id, max(coalesce(i.step, 0)) FROM indicator i WHERE i.deleted_at IS NULL "
            "AND EXISTS (SELECT 1 FROM measurement m WHERE m.indicator_id = i.id AND m.deleted_at IS NULL "
            # Evidence: a value that moved from the baseline towards the target.
            "AND (m.value - i.baseline_value) * (i.target_value - i.baseline_value) > 0"
            f"{period[0]}) GROUP BY i.cooperation_id", period[1]).fetchall())
        themes: dict[int, list[int]] = {}
        for coop_id, theme_id in db.execute(
            "SELECT l.cooperation_id, l.theme_id FROM cooperation_theme l JOIN theme t ON t.id = l.theme_id "
            "WHERE t.deleted_at IS NULL ORDER BY l.cooperation_id, l.theme_id"
        ):
            themes.setdefault(coop_id, []).append(theme_id)
        where, params = "deleted_at IS NULL", []
        if status:
            where, params = where + " AND status = ?", [status]
        portfolio = Portfolio([
            PortfolioCooperation(coop_id, title, coop_status, tuple(themes.get(coop_id, ())), steps.get(coop_id, 0))
            for coop_id, title, coop_status in db.execute(
                f"SELECT id, title, status FROM cooperation WHERE {where} ORDER BY sort_key, id", params)
        ])
        shown = {c.id for c in portfolio.cooperations}
        portfolio.overdue = [o for o in self.overdue(on=on) if o.cooperation_id in shown]
        return portfolio

    def overdue(self, *, on: date | None = None) -> list[OverdueMeasurement]:
        """Live indicators of live cooperations whose next measurement was due before ``on``, oldest first."""
        on = on or today()
        rows = self._ws.database.query(
            "SELECT i.*, c.title AS cooperation, (SELECT max(m.measured_on) FROM measurement m "
            "WHERE m.indicator_id = i.id AND m.deleted_at IS NULL) AS last_measured "
            "FROM indicator i JOIN cooperation c ON c.id = i.cooperation_id "
            "WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL"
        )
        found = []
        for row in rows:
            indicator = Indicator(rhythm=row["rhythm"], baseline_date=from_iso(row["baseline_date"]),
                                  target_date=from_iso(row["target_date"]))
            due = next_due(indicator, from_iso(row["last_measured"]))
            if due is not None and due < on:
                found.append(OverdueMeasurement(row["id"], row["name"], row["cooperation_id"], row["cooperation"],
                                                due, row["responsible"]))
        return sorted(found, key=lambda o: (o.due, o.cooperation.casefold(), o.indicator.casefold()))
