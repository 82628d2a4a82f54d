"""One map, computed end to end: filtered graph, automatic simplification, layout and figures.

A map of 5,000 persons and 1,700 organisations cannot be read and would take
minutes to lay out; above ``DETAIL_LIMIT`` nodes the map therefore shows only
organisations (persons counting for their organisations) unless persons were
asked for, and above ``LOOSE_LIMIT`` nodes it leaves out organisations without
any tie (the result counts them, so the views can say so). The focus on one node shows everything up to two steps away, persons
included, since that stays small. The work is a progress generator, so the window
runs it in the background and the command line runs it to the end.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from sic_desktop.core.i18n import counted, number, translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.network.figures import NetworkFigures, network_figures
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.graph import build_graph, neighbourhood
from sic_desktop.network.layout import Point, layout_steps
from sic_desktop.network.map_figure import MapPicture

DETAIL_LIMIT = 1200
LOOSE_LIMIT = 300  # nodes: a bigger map leaves out organisations without any tie
FOCUS_DEPTH = 2


@dataclass(frozen=True)
class MapRequest:
    map_filter: MapFilter = MapFilter()
    focus: RecordRef | None = None
    persons: bool | None = None  # None: persons unless the map gets too big


@dataclass(frozen=True)
class MapResult:
    request: MapRequest
    generation: int
    graph: nx.Graph
    positions: dict[RecordRef, Point]  # the automatic layout; dragged positions are applied on top
    figures: NetworkFigures  # of the filtered organisations, independent of focus and persons
    persons_shown: bool
    simplified: bool  # persons left out because the map was too big
    loose_hidden: int  # organisations without any tie left out of a big map

    def picture(self, themes: dict[int, str], pinned: dict[RecordRef, Point] | None = None) -> MapPicture:
        """What an export shows: this map with dragged positions, a title, what it shows and what it leaves out."""
        positions = self.positions | {ref: p for ref, p in (pinned or {}).items() if ref in self.positions}
        organisations = sum(1 for _, kind in self.graph.nodes(data="kind") if kind is RecordType.ORGANISATION)
        numbers = {
            "organisations": number(organisations),
            "persons": number(len(self.graph) - organisations),
            "edges": number(self.graph.number_of_edges()),
        }
        if self.persons_shown:
            counts = translate("Map", "{organisations} Organisationen, {persons} Kontakte, {edges} Verbindungen")
        else:
            counts = translate("Map", "{organisations} Organisationen, {edges} Verbindungen")
        notes = []
        if self.simplified:
            notes.append(translate("Map", "Nur Organisationen: Mit allen Kontakten wäre die Karte nicht mehr lesbar."))
        if self.loose_hidden:
            notes.append(
                counted(
                    self.loose_hidden,
                    translate("Map", "1 Organisation ohne gemeinsame Kooperation ist nicht gezeigt."),
                    translate("Map", "{count} Organisationen ohne gemeinsame Kooperation sind nicht gezeigt."),
                )
            )
        if self.request.focus is not None and self.request.focus in self.graph:
            name = self.graph.nodes[self.request.focus]["name"]
            title = translate("Map", "Umfeld von {name}").format(name=name)
        else:
            title = translate("Map", "Netzwerkkarte")
        subtitle = f"{self.request.map_filter.describe(themes)} · {counts.format(**numbers)}"
        return MapPicture(self.graph, positions, title, subtitle, " ".join(notes))

    @property
    def view_key(self) -> str:
        """Names the view whose dragged positions are remembered."""
        key = self.request.map_filter.view_key() + ("|personen" if self.persons_shown else "|organisationen")
        return key + (f"|fokus={self.request.focus}" if self.request.focus else "")


def compute_map(snapshot: NetworkSnapshot, request: MapRequest = MapRequest()) -> ProgressGenerator[MapResult]:
    yield Progress(0, 100, translate("Map", "Netz wird aufgebaut …"))
    organisations = build_graph(snapshot, request.map_filter, persons=False)
    graph = organisations
    persons_shown = False
    simplified = False
    if request.persons is not False:
        detailed = _focused(build_graph(snapshot, request.map_filter, persons=True), request.focus)
        if request.persons or len(detailed) <= DETAIL_LIMIT:
            graph, persons_shown = detailed, True
        else:
            simplified = True
    if not persons_shown:
        graph = _focused(organisations, request.focus)
    loose = [node for node, degree in graph.degree() if degree == 0] if len(graph) > LOOSE_LIMIT else []
    if loose:
        graph = graph.subgraph(node for node in graph if graph.degree(node)).copy()
    yield Progress(10, 100, translate("Map", "Kennzahlen werden berechnet …"))
    figures = network_figures(organisations)
    yield Progress(30, 100, translate("Map", "Anordnung wird berechnet …"))
    positions = yield from _scaled(layout_steps(graph), start=30, end=100)
    return MapResult(request, snapshot.generation, graph, positions, figures, persons_shown, simplified, len(loose))


def _scaled(work: ProgressGenerator[dict], *, start: int, end: int) -> ProgressGenerator[dict]:
    """Pass on ``work``'s progress as the stretch ``start``..``end`` of a 0..100 scale."""
    while True:
        try:
            step = next(work)
        except StopIteration as stop:
            return stop.value
        yield Progress(start + round((end - start) * step.fraction), 100, step.message)


def _focused(graph: nx.Graph, focus: RecordRef | None) -> nx.Graph:
    return neighbourhood(graph, focus, FOCUS_DEPTH) if focus is not None else graph
