"""The map as a printable picture: ties, nodes, the most important labels, title and legend.

Labels go to the organisations with the most partners first and only where they
overlap no other label, so a big map names its hubs instead of drowning in text.
Everything is measured in points for a page (A4 landscape by default) or for the
width a PDF flowable is given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.network.canvas import Circle, Figure, FigureFonts, Line, OccupiedAreas, Polygon, Rect
from sic_desktop.network.graph import STATUS_STRENGTH
from sic_desktop.network.legend import LEGEND_WIDTH, draw_legend
from sic_desktop.network.style import (
    DASHED_STATUSES,
    LIGHT,
    Palette,
    diamond,
    edge_width,
    node_radius,
    sector_colour,
)

A4_LANDSCAPE = (842.0, 595.0)
MARGIN = 24.0
LABEL_SIZE = 6.5
MAX_LABEL_CHARS = 28
HUBS = 25  # these best-connected organisations are named even over their neighbours
CROWDED = 300  # nodes: above, only the hubs are named

Point = tuple[float, float]


@dataclass(frozen=True)
class MapPicture:
    """What a map picture shows: the graph, where its nodes are, and the words around it."""

    graph: nx.Graph
    positions: dict[RecordRef, Point]
    title: str
    subtitle: str
    note: str = ""  # e.g. why persons are left out

    @property
    def persons_shown(self) -> bool:
        return any(d["kind"] is RecordType.PERSON for _, d in self.graph.nodes(data=True))


def map_figure(
    picture: MapPicture,
    *,
    width: float = A4_LANDSCAPE[0],
    height: float = A4_LANDSCAPE[1],
    palette: Palette = LIGHT,
    fonts: FigureFonts = FigureFonts(),
    max_labels: int = 50,
) -> Figure:
    figure = Figure(width, height, palette.background, fonts)
    top = draw_heading(figure, picture.title, picture.subtitle, palette)
    bottom = height - MARGIN - (12 if picture.note else 0)
    if picture.note:
        figure.text(MARGIN, height - MARGIN, picture.note, 7.5, palette.muted_text)
    legend_left = width - MARGIN - LEGEND_WIDTH
    draw_legend(figure, legend_left, top, palette, persons=picture.persons_shown)
    _draw_network(figure, picture, (MARGIN, top, legend_left - 16, bottom), palette, max_labels)
    return figure


def draw_heading(figure: Figure, title: str, subtitle: str, palette: Palette) -> float:
    """Title, date of the data („Stand“) and what is shown, wrapped to the width; returns where the content starts."""
    heading = figure.text(MARGIN, MARGIN + 12, title, 14, palette.text, bold=True)
    stand = translate("Map", "Stand: {date}").format(date=format_date(today()))
    figure.text(figure.width - MARGIN, heading.y, stand, 8, palette.muted_text, anchor="end")
    y = heading.y + 14
    for line in wrap(figure.fonts, subtitle, 8.5, figure.width - 2 * MARGIN):
        figure.text(MARGIN, y, line, 8.5, palette.muted_text)
        y += 11
    return y + 1


def wrap(fonts: FigureFonts, text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines of at most ``width`` at spaces (a single long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and fonts.width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _draw_network(
    figure: Figure, picture: MapPicture, box: tuple[float, float, float, float], palette: Palette, max_labels: int
) -> None:
    graph, positions = picture.graph, picture.positions
    if not len(graph):
        figure.text(box[0], box[1] + 20, translate("Map", "Keine Organisationen für diese Auswahl."), 10, palette.text)
        return
    place, scale = _fitting(positions, box)
    # Nodes and ties shrink with the map (else a big map is one blot), down to a printable minimum.
    size = min(1.0, scale)
    for a, b, data in sorted(graph.edges(data=True), key=_edge_order):
        membership_only = not data["cooperations"]
        colour = palette.membership if membership_only else palette.status(data["status"])
        figure.add(
            Line(place(positions[a]), place(positions[b]), colour,
                 max(0.3, edge_width(data["weight"], membership_only) * size), data["status"] in DASHED_STATUSES)
        )
    drawn: list[tuple[RecordRef, Point, float]] = []
    for node, data in sorted(graph.nodes(data=True), key=_node_order):
        x, y = place(positions[node])
        radius = max(1.8, node_radius(data["kind"], data["partners"]) * size)
        fill = sector_colour(data["sector"])
        if data["kind"] is RecordType.PERSON:
            figure.add(Polygon(tuple(diamond(x, y, radius)), fill, palette.outline, 0.4))
        else:
            figure.add(Circle((x, y), radius, fill, palette.outline, 0.5))
        drawn.append((node, (x, y), radius))
    _place_labels(figure, graph, drawn, palette, max_labels, box)


def _fitting(positions: dict[RecordRef, Point], box: tuple[float, float, float, float]):
    """A function from map units to figure points that fits all nodes into ``box``, and its scale."""
    left, top, right, bottom = box
    pad = 12.0
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(
        (right - left - 2 * pad) / span_x if span_x else math.inf,
        (bottom - top - 2 * pad) / span_y if span_y else math.inf,
        1.5,
    )
    offset_x = left + (right - left - span_x * scale) / 2 - min(xs) * scale
    offset_y = top + (bottom - top - span_y * scale) / 2 - min(ys) * scale

    def place(point: Point) -> Point:
        return (point[0] * scale + offset_x, point[1] * scale + offset_y)

    return place, scale


def _edge_order(edge: tuple) -> tuple:
    """Bare memberships first, then ties from ended to established, so that strong ties lie on top."""
    status = edge[2]["status"]
    return (status is not None, -STATUS_STRENGTH.index(status) if status else 0)


def _node_order(item: tuple) -> tuple:
    """Persons first, then organisations from small to big (big ones on top), then by id."""
    node, data = item
    return (data["kind"] is not RecordType.PERSON, data["partners"], node)


def _place_labels(
    figure: Figure,
    graph: nx.Graph,
    drawn: list[tuple[RecordRef, Point, float]],
    palette: Palette,
    max_labels: int,
    box: tuple[float, float, float, float],
) -> None:
    """Name as many nodes as fit, organisations with the most partners first, then persons.

    The biggest hubs come first, where the label covers no node, else over their crowded
    neighbourhood (a map that names its hubs is more use than one that names its quiet
    edges). A map that is not crowded then names other organisations and persons where
    there is room; a crowded one leaves the rest to the window's zoom.
    """
    nodes, labels = OccupiedAreas(), OccupiedAreas()
    for _node, (x, y), radius in drawn:
        nodes.add((x - radius, y - radius, x + radius, y + radius))
    ranked = sorted(
        drawn,
        key=lambda item: (graph.nodes[item[0]]["kind"] is RecordType.PERSON, -graph.nodes[item[0]]["partners"], item[0]),
    )
    organisations = [item for item in ranked if graph.nodes[item[0]]["kind"] is RecordType.ORGANISATION]
    hubs = [item for item in organisations[:HUBS] if graph.nodes[item[0]]["partners"]]
    passes = [(hubs, True), (hubs, False)]
    if len(graph) <= CROWDED:
        passes += [(organisations, True), (ranked[len(organisations):], True)]
    named: set[RecordRef] = set()
    for items, avoid_nodes in passes:
        for node, centre, radius in items:
            if len(named) >= max_labels:
                return
            if node not in named and _try_label(
                figure, graph, node, centre, radius, palette, box, labels, nodes if avoid_nodes else None
            ):
                named.add(node)


def _try_label(
    figure: Figure, graph: nx.Graph, node: RecordRef, centre: Point, radius: float, palette: Palette,
    box: tuple[float, float, float, float], labels: OccupiedAreas, nodes: OccupiedAreas | None,
) -> bool:
    """Put the node's name right, left, below or above it, where it is free; False if nowhere."""
    x, y = centre
    text = _clip(graph.nodes[node]["name"])
    width = figure.fonts.width(text, LABEL_SIZE)
    half = LABEL_SIZE * 0.55
    own = (x - radius, y - radius, x + radius, y + radius)
    for left, middle in (
        (x + radius + 2, y),
        (x - radius - 2 - width, y),
        (x - width / 2, y + radius + half + 1),
        (x - width / 2, y - radius - half - 1),
    ):
        rect = (left, middle - half, left + width, middle + half)
        if not (box[0] <= rect[0] and rect[2] <= box[2] and box[1] <= rect[1] and rect[3] <= box[3]):
            continue
        if labels.overlaps(rect) or (nodes is not None and nodes.overlaps(rect, ignore=own)):
            continue
        # A backing in the page colour keeps the label readable where ties cross it.
        figure.add(Rect(rect[0] - 1, rect[1] - 0.5, width + 2, 2 * half + 1, palette.background))
        figure.text(left, middle + LABEL_SIZE * 0.35, text, LABEL_SIZE, palette.text)
        labels.add(rect)
        return True
    return False


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1].rstrip() + "…"
