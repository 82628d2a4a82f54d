"""The graph from the fixture network: nodes, ties, weights, statuses, and what each filter keeps."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.record_ref import RecordType
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.graph import build_graph, neighbourhood


def test_full_graph_has_every_live_record_and_both_kinds_of_tie(net) -> None:
    graph = build_graph(net.snapshot())

    assert net.names(graph) == {"A", "B", "C", "D", "E", "p1", "p2", "p3"}
    assert net.edge_names(graph) == {
        frozenset(pair)
        for pair in (("A", "B"), ("A", "D"), ("A", "p3"), ("B", "p3"), ("p1", "A"), ("p2", "B"), ("p2", "D"), ("C", "p2"))
    }
    a, b = net.refs["A"], net.refs["B"]
    # A and B share c1 (pilot) and c3 (beendet): weight 2, the further status wins.
    assert graph.edges[a, b]["cooperations"] == (net.coops["c1"], net.coops["c3"])
    assert graph.edges[a, b]["weight"] == 2
    assert graph.edges[a, b]["status"] == "pilot"
    membership = graph.edges[net.refs["p1"], a]
    assert membership["membership"] and membership["cooperations"] == () and membership["status"] is None
    assert graph.nodes[a]["kind"] is RecordType.ORGANISATION
    assert (graph.nodes[a]["cooperations"], graph.nodes[a]["partners"], graph.nodes[a]["members"]) == (3, 3, 1)
    assert graph.nodes[net.refs["p2"]]["sector"] == "wirtschaft"  # from the organisation p2 belongs to
    assert graph.nodes[net.refs["p3"]]["sector"] is None


def test_without_persons_a_person_partner_counts_for_their_organisations(net) -> None:
    graph = build_graph(net.snapshot(), persons=False)

    assert net.names(graph) == {"A", "B", "C", "D", "E"}
    # c4 joins C with p2, who belongs to B and belonged to D: C, B and D all take part in it.
    assert net.edge_names(graph) == {
        frozenset(p) for p in (("A", "B"), ("A", "D"), ("C", "B"), ("C", "D"), ("B", "D"))
    }
    assert graph.edges[net.refs["B"], net.refs["D"]]["cooperations"] == (net.coops["c4"],)


def test_status_filter_keeps_partners_of_those_cooperations_and_their_members(net) -> None:
    graph = build_graph(net.snapshot(), MapFilter(statuses=("pilot",)))

    assert net.names(graph) == {"A", "B", "p1", "p2"}
    assert net.edge_names(graph) == {frozenset(p) for p in (("A", "B"), ("p1", "A"), ("p2", "B"))}
    assert graph.edges[net.refs["A"], net.refs["B"]]["weight"] == 1


def test_theme_filter_keeps_organisations_with_the_theme_field_even_without_cooperation(net) -> None:
    graph = build_graph(net.snapshot(), MapFilter(theme_id=net.work_care))

    assert net.names(graph) == {"A", "B", "C", "p1", "p2", "p3"}
    assert net.edge_names(graph) == {
        frozenset(p) for p in (("A", "B"), ("A", "p3"), ("B", "p3"), ("p1", "A"), ("p2", "B"))
    }
    assert build_graph(net.snapshot(), MapFilter(theme_id=net.arbeit, statuses=("pilot",))).number_of_nodes() == 0


def test_district_and_sector_filters_show_persons_only_through_their_organisations(net) -> None:
    eving = build_graph(net.snapshot(), MapFilter(district="Eving"))
    assert net.names(eving) == {"B", "E", "p2"}
    assert net.edge_names(eving) == {frozenset(("p2", "B"))}

    science = build_graph(net.snapshot(), MapFilter(sector="wissenschaft"))
    assert net.names(science) == {"C"}


def test_period_filter_keeps_cooperations_and_memberships_of_that_time(net) -> None:
    graph = build_graph(net.snapshot(), MapFilter(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)))

    # c1 starts 2025, c3 ended 2023, p2's time at D ended 2021; c4 has no dates and counts.
    assert net.names(graph) == {"A", "B", "C", "D", "E", "p1", "p2"}
    assert net.edge_names(graph) == {frozenset(p) for p in (("A", "D"), ("C", "p2"), ("p1", "A"), ("p2", "B"))}


def test_focus_shows_two_steps_around_a_node(net) -> None:
    graph = build_graph(net.snapshot())

    around_p3 = neighbourhood(graph, net.refs["p3"])
    assert net.names(around_p3) == {"p3", "A", "B", "D", "p1", "p2"}  # C is three steps away
    assert net.names(neighbourhood(graph, net.refs["p3"], depth=1)) == {"p3", "A", "B"}
    assert net.names(neighbourhood(graph, net.refs["E"])) == {"E"}


def test_trashed_records_leave_the_map(net) -> None:
    net.ws.organisations.trash(net.refs["D"].id)
    net.ws.cooperations.trash(net.coops["c1"])

    graph = build_graph(net.snapshot())

    assert "D" not in net.names(graph)
    a, b = net.refs["A"], net.refs["B"]
    assert graph.edges[a, b]["cooperations"] == (net.coops["c3"],)
    assert graph.edges[a, b]["status"] == "beendet"
