"""The layout: same data, same picture; every node placed apart from the others."""

from __future__ import annotations

import itertools
import math

import networkx as nx

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.network.graph import build_graph
from sic_desktop.network.layout import SPACING, compute_layout


def _ring_of_rings(count: int) -> nx.Graph:
    """Organisations in small rings chained together, plus a few without any tie."""
    graph = nx.Graph()
    refs = [RecordRef(RecordType.ORGANISATION, i) for i in range(1, count + 1)]
    graph.add_nodes_from(refs)
    for i in range(0, count - 5, 5):
        ring = refs[i : i + 5]
        graph.add_edges_from(zip(ring, ring[1:] + ring[:1], strict=False))
        graph.add_edge(ring[0], refs[(i + 5) % (count - 5)])
    return graph


def test_same_data_gives_the_same_layout(net) -> None:
    first = compute_layout(build_graph(net.snapshot()))
    second = compute_layout(build_graph(net.ws.network.snapshot()))
    assert first == second
    assert set(first) == set(build_graph(net.snapshot()))


def test_big_graph_layout_is_deterministic_and_spreads_nodes() -> None:
    graph = _ring_of_rings(600)  # above the spring-layout limit: ForceAtlas2

    positions = compute_layout(graph)

    assert positions == compute_layout(graph.copy())
    assert all(math.isfinite(c) for point in positions.values() for c in point)
    nearest = [
        min(math.dist(positions[a], positions[b]) for b in itertools.islice(graph, 0, 600, 7) if b != a)
        for a in itertools.islice(graph, 0, 600, 13)
    ]
    assert min(nearest) > SPACING / 20  # no two nodes on top of each other


def test_parts_are_packed_side_by_side_without_overlap(net) -> None:
    graph = build_graph(net.snapshot())
    positions = compute_layout(graph)

    parts = sorted(nx.connected_components(graph), key=len, reverse=True)
    boxes = [
        (min(positions[n][0] for n in part), min(positions[n][1] for n in part),
         max(positions[n][0] for n in part), max(positions[n][1] for n in part))
        for part in parts
    ]
    for a, b in itertools.combinations(boxes, 2):
        assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_a_new_organisation_does_not_reshuffle_a_tiny_map() -> None:
    """Start positions come from each node's id, so an added loose node leaves the others in place."""
    graph = nx.Graph()
    a, b, c = (RecordRef(RecordType.ORGANISATION, i) for i in (1, 2, 3))
    graph.add_edges_from([(a, b), (b, c)])
    before = compute_layout(graph)
    graph.add_node(RecordRef(RecordType.ORGANISATION, 99))
    after = compute_layout(graph)
    assert all(math.dist(before[n], after[n]) < 1e-6 for n in (a, b, c))
