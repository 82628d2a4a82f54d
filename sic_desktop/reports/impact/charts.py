"""Charts of the Wirkungsbericht as reportlab drawings, readable when printed in black and white.

Measured values are a solid black line with square markers, the planned straight path
from baseline to target a dashed grey line, the target a dotted line; bars use black,
grey and white with black outlines, and every bar carries its number, so no meaning
hangs on colour alone.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, black, white

from sic_desktop.core.dates import format_date
from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_values import format_number
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.pdf_fonts import SANS, register_fonts

GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.85, 0.85, 0.85)
_SMALL = 6.5


def indicator_chart(state: IndicatorState, width: float, height: float) -> Drawing:
    """The indicator's measurements over time against the straight path to its target."""
    register_fonts()
    drawing = Drawing(width, height)
    i = state.indicator
    drawing.add(String(0, height - 8, _clip(i.name, width), fontName=SANS, fontSize=7.5))
    left, bottom, right, top = 30.0, 14.0, width - 4, height - 14
    points = [(m.measured_on, m.value) for m in state.measurements if m.measured_on and m.value is not None]
    start = i.baseline_date or (points[0][0] if points else date.today())
    end = max([i.target_date or start] + [day for day, _ in points])
    values = [v for _, v in points] + [i.baseline_value or 0.0, i.target_value or 0.0]
    low, high = min(values), max(values)
    if high == low:
        high = low + 1
    span = max((end - start).days, 1)

    def x(day: date) -> float:
        return left + (right - left) * (day - start).days / span

    def y(value: float) -> float:
        return bottom + (top - bottom) * (value - low) / (high - low)

    drawing.add(Line(left, bottom, right, bottom, strokeColor=black, strokeWidth=0.5))
    drawing.add(Line(left, bottom, left, top, strokeColor=black, strokeWidth=0.5))
    for value in (low, high):
        drawing.add(String(left - 2, y(value) - 2, format_number(value, 1), fontName=SANS, fontSize=_SMALL,
                           textAnchor="end"))
    drawing.add(String(left, 4, format_date(start), fontName=SANS, fontSize=_SMALL))
    drawing.add(String(right, 4, format_date(end), fontName=SANS, fontSize=_SMALL, textAnchor="end"))
    if i.target_date and i.baseline_value is not None and i.target_value is not None:
        drawing.add(Line(x(start), y(i.baseline_value), x(i.target_date), y(i.target_value), strokeColor=GREY,
                         strokeWidth=1, strokeDashArray=[3, 2]))
        drawing.add(Line(left, y(i.target_value), right, y(i.target_value), strokeColor=black, strokeWidth=0.4,
                         strokeDashArray=[1, 1.5]))
    if points:
        drawing.add(PolyLine([c for day, value in points for c in (x(day), y(value))], strokeColor=black,
                             strokeWidth=1.2))
        for day, value in points[-1:] if len(points) > 12 else points:
            drawing.add(Rect(x(day) - 1.5, y(value) - 1.5, 3, 3, fillColor=black, strokeColor=None))
    else:
        drawing.add(String((left + right) / 2, (bottom + top) / 2, translate("ImpactReport", "noch keine Messung"),
                           fontName=SANS, fontSize=_SMALL, textAnchor="middle"))
    return drawing


def legend(width: float) -> Drawing:
    """What the lines of the indicator charts mean."""
    register_fonts()
    drawing = Drawing(width, 12)
    items = (
        ({"strokeColor": black, "strokeWidth": 1.2}, translate("ImpactReport", "gemessen")),
        ({"strokeColor": GREY, "strokeWidth": 1, "strokeDashArray": [3, 2]}, translate("ImpactReport", "Plan (gerader Weg zum Ziel)")),
        ({"strokeColor": black, "strokeWidth": 0.4, "strokeDashArray": [1, 1.5]}, translate("ImpactReport", "Zielwert")),
    )
    left = 0.0
    for style, text in items:
        drawing.add(Line(left, 5, left + 18, 5, **style))
        drawing.add(String(left + 22, 2.5, text, fontName=SANS, fontSize=7.5))
        left += 40 + len(text) * 4.2
    return drawing


def bar_chart(rows: list[tuple[str, list[int]]], series: list[str], width: float, *, title: str = "") -> Drawing:
    """Horizontal stacked bars, one row per label; segments black, grey, white, light grey with numbers.

    The title is part of the drawing, so it never stays behind at the foot of a page.
    """
    register_fonts()
    fills = [black, GREY, white, LIGHT]
    row_height, label_width = 14.0, min(170.0, width * 0.38)
    top_space = 16.0 if title else 0.0
    height = row_height * len(rows) + 18 + top_space
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 10, _clip(title, width, 8.5), fontName=SANS, fontSize=8.5))
    height -= top_space
    total = max((sum(values) for _, values in rows), default=1) or 1
    scale = (width - label_width - 10) / total
    for index, (label, values) in enumerate(rows):
        top = height - 4 - row_height * (index + 1)
        drawing.add(String(label_width - 4, top + 3.5, _clip(label, label_width - 4, 7.5), fontName=SANS,
                           fontSize=7.5, textAnchor="end"))
        left = label_width
        for position, value in enumerate(values):
            if not value:
                continue
            fill = fills[position % len(fills)]
            drawing.add(Rect(left, top + 1, value * scale, row_height - 3, fillColor=fill, strokeColor=black,
                             strokeWidth=0.4))
            text_colour = white if fill in (black, GREY) else black
            drawing.add(String(left + value * scale / 2, top + 3.5, str(value), fontName=SANS, fontSize=7,
                               fillColor=text_colour, textAnchor="middle"))
            left += value * scale
    left = label_width
    for position, name in enumerate(series):
        drawing.add(Rect(left, 2, 8, 7, fillColor=fills[position % len(fills)], strokeColor=black, strokeWidth=0.4))
        drawing.add(String(left + 11, 3, name, fontName=SANS, fontSize=7))
        left += 20 + len(name) * 4
    return drawing


def _clip(text: str, width: float, size: float = 7.5) -> str:
    limit = max(8, int(width / (size * 0.55)))
    return text if len(text) <= limit else text[: limit - 1] + "…"
