"""A picture as a list of simple shapes, drawn the same by reportlab (PDF) and by Qt (PNG).

The map and the gap matrix are composed once, here, without Qt; each back end only
translates shapes. Units are points (1/72 inch), y grows downwards as on screen.
Text comes with its measured width, so labels can be placed without overlaps and
a back end whose font runs wider can squeeze it to the same width.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics

from sic_desktop.pdf_fonts import SANS, SANS_BOLD, register_fonts

Point = tuple[float, float]


# The briefing PDFs' DejaVu Sans: the PDF standard Helvetica cannot draw names such as
# „Ayşe Yılmaz“ or „Dąbrowski“. The files are also given to Qt, so a PNG has the same letters.
FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf"}


def font_data(name: str) -> bytes:
    """The TrueType file of a figure font."""
    return (files("sic_desktop.resources") / "fonts" / FONT_FILES[name]).read_bytes()


@dataclass(frozen=True)
class FigureFonts:
    """The fonts text is measured and drawn with (embedded in the PDF)."""

    regular: str = SANS
    bold: str = SANS_BOLD

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        register_fonts()
        return pdfmetrics.stringWidth(text, self.bold if bold else self.regular, size)


@dataclass(frozen=True)
class Line:
    start: Point
    end: Point
    colour: str
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float
    fill: str
    stroke: str | None = None
    stroke_width: float = 0.5


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    fill: str
    stroke: str | None = None
    stroke_width: float = 0.5


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.5
    hatch: str | None = None  # colour of diagonal hatching (marks gaps also in black and white)

    def hatch_lines(self, step: float = 6.0) -> list[tuple[Point, Point]]:
        """The hatching: diagonal lines from lower left to upper right, clipped to the rectangle."""
        lines = []
        offset = step
        while offset < self.width + self.height:
            start = (self.x + max(0.0, offset - self.height), self.y + min(self.height, offset))
            end = (self.x + min(self.width, offset), self.y + max(0.0, offset - self.width))
            lines.append((start, end))
            offset += step
        return lines


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    colour: str
    width: float  # as measured with the figure's fonts
    bold: bool = False
    anchor: str = "start"  # start | middle | end

    @property
    def left(self) -> float:
        return self.x - {"start": 0.0, "middle": self.width / 2, "end": self.width}[self.anchor]


Shape = Line | Circle | Polygon | Rect | Text


@dataclass
class Figure:
    width: float
    height: float
    background: str
    fonts: FigureFonts = field(default_factory=FigureFonts)
    shapes: list[Shape] = field(default_factory=list)

    def add(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def text(
        self, x: float, y: float, text: str, size: float, colour: str, *, bold: bool = False,
        anchor: str = "start",
    ) -> Text:
        """Add a measured text and return it (its ``left`` and ``width`` help placing the next)."""
        shape = Text(x, y, text, size, colour, self.fonts.width(text, size, bold=bold), bold, anchor)
        self.shapes.append(shape)
        return shape


Area = tuple[float, float, float, float]  # left, top, right, bottom


class OccupiedAreas:
    """Rectangles already taken (labels, nodes), in grid buckets so that 2,000 stay quick to test."""

    CELL = 40.0

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[Area]] = {}

    def _cells(self, rect: Area):
        for i in range(int(rect[0] // self.CELL), int(rect[2] // self.CELL) + 1):
            for j in range(int(rect[1] // self.CELL), int(rect[3] // self.CELL) + 1):
                yield (i, j)

    def add(self, rect: Area) -> None:
        for cell in self._cells(rect):
            self._buckets.setdefault(cell, []).append(rect)

    def overlaps(self, rect: Area, *, ignore: Area | None = None) -> bool:
        for cell in self._cells(rect):
            for other in self._buckets.get(cell, ()):
                if other != ignore and rect[0] < other[2] and other[0] < rect[2] and rect[1] < other[3] and other[1] < rect[3]:
                    return True
        return False
