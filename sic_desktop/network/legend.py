"""The map legend: sector colours, node shapes and tie colours, drawn as figure shapes."""

from __future__ import annotations

from sic_desktop.core.i18n import translate
from sic_desktop.network.canvas import Circle, Figure, Line, Polygon
from sic_desktop.network.style import (
    DASHED_STATUSES,
    NO_SECTOR_COLOUR,
    LegendEntry,
    Palette,
    diamond,
    legend_groups,
    sector_colour,
)

LEGEND_WIDTH = 150.0
_ROW = 11.0
_TEXT = 7.5


def draw_legend(figure: Figure, left: float, top: float, palette: Palette, *, persons: bool) -> float:
    """Draw the legend from ``top`` down; returns where it ends."""
    y = top + 8
    figure.text(left, y, translate("Map", "Legende"), 9, palette.text, bold=True)
    y += 6
    for title, entries in legend_groups(persons=persons):
        y += _ROW + 2
        figure.text(left, y, title, _TEXT, palette.text, bold=True)
        for entry in entries:
            y += _ROW
            _swatch(figure, entry, left + 6, y - _TEXT * 0.35, palette)
            figure.text(left + 16, y, entry.label, _TEXT, palette.text)
    return y


def _swatch(figure: Figure, entry: LegendEntry, x: float, y: float, palette: Palette) -> None:
    if entry.kind == "sector":
        figure.add(Circle((x, y), 4, sector_colour(entry.key), palette.outline, 0.5))
    elif entry.kind == "organisation":
        figure.add(Circle((x, y), 4.5, NO_SECTOR_COLOUR, palette.outline, 0.5))
    elif entry.kind == "person":
        figure.add(Polygon(tuple(diamond(x, y, 3)), NO_SECTOR_COLOUR, palette.outline, 0.4))
    elif entry.kind == "membership":
        figure.add(Line((x - 6, y), (x + 6, y), palette.membership, 0.8))
    else:
        figure.add(Line((x - 6, y), (x + 6, y), palette.status(entry.key), 2.0, entry.key in DASHED_STATUSES))
