"""Figures as reportlab drawings: vector PDF files and flowables for the briefing PDFs.

``FigureFlowable`` composes its figure for the width the page gives it, so that
text keeps its size whether the map fills an A4 landscape page or a column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle as RlCircle
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.shapes import Line as RlLine
from reportlab.graphics.shapes import Polygon as RlPolygon
from reportlab.graphics.shapes import Rect as RlRect
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from sic_desktop.network.canvas import Circle, Figure, Line, Polygon, Rect, Text
from sic_desktop.pdf_fonts import register_fonts

Compose = Callable[[float, float], Figure]  # (width, height) -> figure of that size


def figure_drawing(figure: Figure) -> Drawing:
    """The figure as a reportlab Drawing (a Flowable of fixed size, vector throughout)."""
    register_fonts()
    drawing = Drawing(figure.width, figure.height)
    drawing.add(RlRect(0, 0, figure.width, figure.height, fillColor=_colour(figure.background), strokeColor=None))
    flip = lambda y: figure.height - y  # noqa: E731 (reportlab's y grows upwards)
    for shape in figure.shapes:
        drawing.add(_convert(shape, flip, figure))
    return drawing


def write_pdf(figure: Figure, path: Path, *, title: str = "") -> None:
    """One page of the figure's size."""
    renderPDF.drawToFile(figure_drawing(figure), str(path), msg=title, autoSize=1)


class FigureFlowable(Flowable):
    """A figure composed for the available width (and ``aspect`` × width high, within the frame).

    ``needed(width)`` is the least height the figure can be drawn in (a table's rows do not
    shrink); where less is left on the page, the figure asks for that much, so that the frame
    moves it to the next page instead of squeezing it into the footer.
    """

    def __init__(self, compose: Compose, *, aspect: float = 0.7, needed: Callable[[float], float] | None = None) -> None:
        super().__init__()
        self._compose, self._aspect = compose, aspect
        self._needed = needed or (lambda width: 0.0)
        self._drawing: Drawing | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        needed = self._needed(availWidth)
        height = min(max(availWidth * self._aspect, needed), availHeight)
        if height < needed:
            return availWidth, needed  # does not fit here: the next page
        if self._drawing is None or (self._drawing.width, self._drawing.height) != (availWidth, height):
            self._drawing = figure_drawing(self._compose(availWidth, height))
        return availWidth, height

    def draw(self) -> None:
        assert self._drawing is not None, "wrap() comes first"
        renderPDF.draw(self._drawing, self.canv, 0, 0)


def _colour(hex_colour: str | None):
    return HexColor(hex_colour) if hex_colour else None


def _convert(shape, flip, figure: Figure):
    if isinstance(shape, Line):
        return RlLine(
            shape.start[0], flip(shape.start[1]), shape.end[0], flip(shape.end[1]),
            strokeColor=_colour(shape.colour), strokeWidth=shape.width,
            strokeDashArray=[3, 2] if shape.dashed else None, strokeLineCap=1,
        )
    if isinstance(shape, Circle):
        return RlCircle(
            shape.centre[0], flip(shape.centre[1]), shape.radius, fillColor=_colour(shape.fill),
            strokeColor=_colour(shape.stroke), strokeWidth=shape.stroke_width,
        )
    if isinstance(shape, Polygon):
        points = [coordinate for x, y in shape.points for coordinate in (x, flip(y))]
        return RlPolygon(points, fillColor=_colour(shape.fill), strokeColor=_colour(shape.stroke),
                         strokeWidth=shape.stroke_width)
    if isinstance(shape, Rect):
        return _rect(shape, flip)
    if isinstance(shape, Text):
        return _text(shape, flip, figure)
    raise TypeError(f"unknown shape {shape!r}")


def _rect(shape: Rect, flip) -> Group:
    group = Group(
        RlRect(shape.x, flip(shape.y + shape.height), shape.width, shape.height, fillColor=_colour(shape.fill),
               strokeColor=_colour(shape.stroke), strokeWidth=shape.stroke_width)
    )
    if shape.hatch:
        for start, end in shape.hatch_lines():
            group.add(RlLine(start[0], flip(start[1]), end[0], flip(end[1]), strokeColor=_colour(shape.hatch),
                             strokeWidth=0.6))
    return group


def _text(shape: Text, flip, figure: Figure) -> String:
    return String(
        shape.x, flip(shape.y), shape.text, fontName=figure.fonts.bold if shape.bold else figure.fonts.regular,
        fontSize=shape.size, textAnchor=shape.anchor, fillColor=_colour(shape.colour),
    )
