"""A status history drawn as a timeline: date, a dot on a vertical line, what happened.

It is a table underneath, so it breaks across pages like every other table;
line and dots are drawn by the table's render callback, the one place that
knows each row's real height.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable, Table

from sic_desktop.reports.flow import Flow
from sic_desktop.reports.runs import Run
from sic_desktop.reports.styles import ACCENT, FRAME_WIDTH, RULE
from sic_desktop.reports.tables import cell_text, sheet

_DATE_WIDTH = 68.0
_RAIL_WIDTH = 14.0
_TOP_PADDING = 3.0
_DOT_RADIUS = 2.6


@dataclass(frozen=True)
class TimelineEntry:
    """One step: when (a date, or text such as „seit 2024“), what, and optional detail."""

    when: date | datetime | str
    label: str
    detail: str = ""


class _Rail(Flowable):
    """Stands in a rail cell and takes no room; :func:`_draw_rail` draws it."""

    def __init__(self, *, first: bool, last: bool, current: bool, dot_drop: float) -> None:
        super().__init__()
        self.first, self.last, self.current, self.dot_drop = first, last, current, dot_drop

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


def _draw_rail(table: Table, event: str, *args: Any) -> None:
    """Table render callback: the line through a row and the dot beside its first text line."""
    if event != "startCell":
        return
    _row, _column, value, _style, (x, y), (width, height) = args
    rail = value[0] if isinstance(value, (list, tuple)) and value else value
    if not isinstance(rail, _Rail):
        return
    canvas = table.canv
    middle = x + width / 2
    dot = y + height - _TOP_PADDING - rail.dot_drop
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1)
    canvas.line(middle, dot if rail.first else y + height, middle, dot if rail.last else y)
    canvas.setFillColor(ACCENT if rail.current else RULE)
    canvas.circle(middle, dot, _DOT_RADIUS * (1.3 if rail.current else 1), stroke=0, fill=1)
    canvas.restoreState()


def timeline_table(flow: Flow, entries: Sequence[TimelineEntry], highlight_last: bool) -> Table:
    """Entries oldest first; with ``highlight_last`` the last one is shown as the current state.

    ``entries`` must not be empty (reportlab cannot draw a table without rows).
    """
    style = flow.styles.cell
    data = []
    for index, entry in enumerate(entries):
        last = index == len(entries) - 1
        current = highlight_last and last
        what = [Run(entry.label, bold=True)]
        if entry.detail:
            what.append(Run("\n" + entry.detail))
        rail = _Rail(first=index == 0, last=last, current=current, dot_drop=style.fontSize * 0.62)
        data.append([flow.cell([Run(cell_text(entry.when), bold=current)], style), rail, flow.cell(what, style)])
    widths = [_DATE_WIDTH, _RAIL_WIDTH, FRAME_WIDTH - _DATE_WIDTH - _RAIL_WIDTH]
    padding = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    return sheet(data, widths, padding, renderCB=_draw_rail)
