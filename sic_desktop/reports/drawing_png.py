"""Charts of the PDF as PNG pictures for Word, drawn with Pillow (no Qt, no Cairo).

reportlab's own bitmap renderer (renderPM) needs a Cairo backend the program does not
ship; matplotlib is no dependency. The charts (``reports/impact/charts.py``) are made of
four kinds of shapes — lines, polylines, rectangles and strings — which are drawn here
the way the PDF draws them: reportlab's coordinates (points, origin bottom left) scaled
to pixels, dashes as reportlab dashes them, text in the PDF's own DejaVu fonts on the
same baseline and anchor. A drawing holding any other shape raises ``UnsupportedDrawing``
and the Word file says it is only in the PDF, rather than showing a chart with parts missing.
"""

from __future__ import annotations

import functools
import io
import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, Shape, String
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Table

from sic_desktop.pdf_fonts import font_data

if TYPE_CHECKING:  # Pillow loads only when a Word file gets a chart, not with every PDF
    from PIL.ImageDraw import ImageDraw
    from PIL.ImageFont import FreeTypeFont

DPI = 200  # sharp in print, small in the file (a chart is a few kilobytes)
_SCALE = DPI / 72
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}  # Pillow: left/middle/right at the baseline
Point = tuple[float, float]


class UnsupportedDrawing(Exception):
    """The drawing holds a shape this renderer does not draw."""


def drawing_rows(flowables: Sequence[Flowable]) -> list[tuple[Drawing, ...]] | None:
    """The drawings among ``flowables`` row by row (a table of charts gives its rows); None if any is something else."""
    rows: list[tuple[Drawing, ...]] = []
    for item in flowables:
        if isinstance(item, Drawing):
            rows.append((item,))
        elif isinstance(item, Table) and all(isinstance(c, (Drawing, str)) for row in item._cellvalues for c in row):
            rows += [tuple(c for c in row if isinstance(c, Drawing)) for row in item._cellvalues]
        else:
            return None
    return [row for row in rows if row]


def drawing_png(drawing: Drawing) -> bytes:
    """``drawing`` as a PNG on white, ``DPI`` dots per inch."""
    from PIL import Image, ImageDraw

    width, height = math.ceil(drawing.width * _SCALE), math.ceil(drawing.height * _SCALE)
    image = Image.new("RGB", (max(width, 1), max(height, 1)), "white")
    pen = ImageDraw.Draw(image)
    for shape, (a, b, c, d, e, f) in _shapes(drawing, (1, 0, 0, 1, 0, 0)):
        if abs(b) > 1e-9 or abs(c) > 1e-9:
            raise UnsupportedDrawing("rotated or skewed group")

        to_pixels = functools.partial(_to_pixels, (a, d, e, f), drawing.height)
        _draw(pen, shape, to_pixels, abs(a))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True, dpi=(DPI, DPI))
    return buffer.getvalue()


def _shapes(group: Group, matrix: tuple[float, ...]) -> Iterator[tuple[Shape, tuple[float, ...]]]:
    for shape in group.contents:
        if isinstance(shape, Group):
            yield from _shapes(shape, _multiply(matrix, shape.transform))
        else:
            yield shape, matrix


def _multiply(m: Sequence[float], n: Sequence[float]) -> tuple[float, ...]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f)


def _draw(pen: ImageDraw, shape: Shape, to_pixels: Callable[[float, float], Point], zoom: float) -> None:
    if isinstance(shape, String):
        _string(pen, shape, to_pixels(shape.x, shape.y), zoom)
    elif isinstance(shape, Rect):
        corners = [to_pixels(shape.x, shape.y), to_pixels(shape.x + shape.width, shape.y + shape.height)]
        box = [min(p[0] for p in corners), min(p[1] for p in corners), max(p[0] for p in corners), max(p[1] for p in corners)]
        if shape.fillColor is not None:
            pen.rectangle(box, fill=_rgb(shape.fillColor))
        if shape.strokeColor is not None and shape.strokeWidth:
            left, top, right, bottom = box
            _stroke(pen, [(left, top), (right, top), (right, bottom), (left, bottom), (left, top)], shape, zoom)
    elif isinstance(shape, Line):
        _stroke(pen, [to_pixels(shape.x1, shape.y1), to_pixels(shape.x2, shape.y2)], shape, zoom)
    elif isinstance(shape, PolyLine):
        points = list(shape.points)
        _stroke(pen, [to_pixels(x, y) for x, y in zip(points[::2], points[1::2], strict=True)], shape, zoom)
    else:
        raise UnsupportedDrawing(type(shape).__name__)


def _to_pixels(transform: tuple[float, float, float, float], height: float, x: float, y: float) -> Point:
    """A drawing point through its group's scale and shift (``a, d, e, f``) to image pixels, y downwards."""
    a, d, e, f = transform
    return ((a * x + e) * _SCALE, (height - (d * y + f)) * _SCALE)


def _stroke(pen: ImageDraw, points: list[Point], shape: Shape, zoom: float) -> None:
    if shape.strokeColor is None or not shape.strokeWidth:
        return
    width = max(1, round(shape.strokeWidth * zoom * _SCALE))
    colour = _rgb(shape.strokeColor)
    dashes = [length * zoom * _SCALE for length in (shape.strokeDashArray or [])]
    if not dashes:
        pen.line(points, fill=colour, width=width, joint="curve")
        return
    for start, end in _dashed(points, dashes):
        pen.line([start, end], fill=colour, width=width)


def _dashed(points: list[Point], dashes: list[float]) -> Iterator[tuple[Point, Point]]:
    """The drawn pieces of a dashed path: on for dashes[0], off for dashes[1], … along the whole path."""
    index, left, drawn = 0, dashes[0], True
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        length, done = math.hypot(x2 - x1, y2 - y1), 0.0
        while length - done > 1e-6:
            step = min(left, length - done)
            if drawn:
                yield ((x1 + (x2 - x1) * done / length, y1 + (y2 - y1) * done / length),
                       (x1 + (x2 - x1) * (done + step) / length, y1 + (y2 - y1) * (done + step) / length))
            done += step
            left -= step
            if left <= 1e-6:
                index = (index + 1) % len(dashes)
                left, drawn = dashes[index], not drawn


def _string(pen: ImageDraw, shape: String, at: Point, zoom: float) -> None:
    if shape.fillColor is None or not shape.text:
        return
    font = _font(shape.fontName, round(shape.fontSize * zoom * _SCALE))
    pen.text(at, shape.text, fill=_rgb(shape.fillColor), font=font, anchor=_ANCHORS.get(shape.textAnchor, "ls"))


@functools.cache
def _font(name: str, pixels: int) -> FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(io.BytesIO(font_data(name)), max(pixels, 1), layout_engine=ImageFont.Layout.BASIC)


def _rgb(colour: Color) -> tuple[int, int, int]:
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255))
