"""Colours, shapes and sizes of the map, the same on screen, in PNG and in PDF.

Sector colours are the Okabe–Ito palette: told apart with the common colour-vision
deficiencies, mid-light so that they stand out on white paper and on a dark
window alike, and still distinct when printed in grey (different lightness).
Cooperation ties run from light to strong lilac as a cooperation matures, a hue no
sector uses; on a dark background the ramp runs the other way round so that the
established ties stay the most visible. Resting and ended ones are grey and dashed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import COOPERATION_STATUSES, SECTORS

SECTOR_COLOURS = {
    "wirtschaft": "#0072B2",  # blue
    "wissenschaft": "#E69F00",  # orange
    "zivilgesellschaft": "#009E73",  # bluish green
    "verwaltung": "#D55E00",  # vermilion
    "politik": "#CC79A7",  # reddish purple
}
NO_SECTOR_COLOUR = "#9A9A9A"

_STATUS_LIGHT = {
    "idee": "#C2B8DD",
    "anbahnung": "#A294CB",
    "pilot": "#8170B6",
    "umsetzung": "#6A51A3",
    "verstetigt": "#4A1486",
    "ruhend": "#A8A8A8",
    "beendet": "#C4C4C4",
}
_STATUS_DARK = {
    "idee": "#5E4D8C",
    "anbahnung": "#7563A6",
    "pilot": "#9281C2",
    "umsetzung": "#B3A6DB",
    "verstetigt": "#DCD3F5",
    "ruhend": "#6E6E6E",
    "beendet": "#555555",
}
DASHED_STATUSES = ("ruhend", "beendet")


@dataclass(frozen=True)
class Palette:
    """Colours that depend on the background: paper and light windows, or dark windows."""

    dark: bool = False

    @property
    def background(self) -> str:
        return "#202124" if self.dark else "#FFFFFF"

    @property
    def text(self) -> str:
        return "#EDEDED" if self.dark else "#1A1A1A"

    @property
    def muted_text(self) -> str:
        return "#B0B0B0" if self.dark else "#555555"

    @property
    def outline(self) -> str:
        """Node outline: keeps light fills (orange, pink) visible on white and dark fills on black."""
        return "#F2F2F2" if self.dark else "#262626"

    @property
    def membership(self) -> str:
        return "#6A6A6A" if self.dark else "#B8B8B8"

    @property
    def gap_fill(self) -> str:
        return "#4A2A22" if self.dark else "#FBE3DA"

    @property
    def gap_hatch(self) -> str:
        return "#8A4A3A" if self.dark else "#E8A08A"

    @property
    def gap_ink(self) -> str:
        """Text on a gap cell."""
        return "#FFAA90" if self.dark else "#A3341A"

    @property
    def grid(self) -> str:
        return "#4A4A4A" if self.dark else "#C8C8C8"

    def status(self, status: str | None) -> str:
        return (_STATUS_DARK if self.dark else _STATUS_LIGHT).get(status or "", self.membership)


LIGHT = Palette(dark=False)
DARK = Palette(dark=True)


def sector_colour(sector: str | None) -> str:
    return SECTOR_COLOURS.get(sector or "", NO_SECTOR_COLOUR)


def node_radius(kind: RecordType, partners: int) -> float:
    """Organisations grow with the square root of their partners; persons stay small."""
    if kind is RecordType.PERSON:
        return 3.5
    return 5.0 + 2.2 * math.sqrt(partners)


def edge_width(weight: int, membership_only: bool) -> float:
    return 0.6 if membership_only else 0.8 + 0.7 * (min(weight, 6) - 1)


def diamond(x: float, y: float, r: float) -> list[tuple[float, float]]:
    """The person marker: a diamond, told apart from the organisations' circles without colour."""
    return [(x, y - r * 1.25), (x + r * 1.25, y), (x, y + r * 1.25), (x - r * 1.25, y)]


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "sector" | "organisation" | "person" | "membership" | "status"
    key: str | None  # sector or status key
    label: str


def legend_groups(*, persons: bool) -> list[tuple[str, list[LegendEntry]]]:
    """The legend in German, as titled groups in reading order."""
    sectors = [LegendEntry("sector", key, label) for key, label in SECTORS.labels()]
    sectors.append(LegendEntry("sector", None, translate("Map", "ohne Sektor")))
    shapes = [LegendEntry("organisation", None, translate("Map", "Organisation (größer: mehr Partner)"))]
    ties = [LegendEntry("status", key, label) for key, label in COOPERATION_STATUSES.labels()]
    if persons:
        shapes.append(LegendEntry("person", None, translate("Map", "Kontakt")))
        ties.append(LegendEntry("membership", None, translate("Map", "gehört zur Organisation")))
    return [
        (translate("Map", "Sektoren"), sectors),
        (translate("Map", "Formen"), shapes),
        (translate("Map", "Gemeinsame Kooperation nach Status"), ties),
    ]
