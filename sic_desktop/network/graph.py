"""The network as a networkx graph: organisations and persons as nodes, two kinds of ties.

Nodes are ``RecordRef``s with the attributes ``kind`` (RecordType), ``name``,
``sector``, ``district``, ``cooperations`` (counted
cooperations it is a partner in), ``partners`` (distinct partners through them)
and ``members`` (organisations: persons belonging to it).

Edges carry ``membership`` (a person belongs to the organisation), ``cooperations``
(ids of the counted cooperations both take part in), ``weight`` (their number, at
least 1) and ``status`` (the furthest status among them; None for a bare membership).
Nodes are added in sorted order so that the same data gives the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.network import CooperationEntry, NetworkSnapshot
from sic_desktop.network.filters import MapFilter

# The status an edge shows when two partners share several cooperations: the furthest one.
STATUS_STRENGTH = ("verstetigt", "umsetzung", "pilot", "anbahnung", "idee", "ruhend", "beendet")

ORG = RecordType.ORGANISATION
PERSON = RecordType.PERSON


def build_graph(snapshot: NetworkSnapshot, map_filter: MapFilter = MapFilter(), *, persons: bool = True) -> nx.Graph:
    """The filtered network; without ``persons`` a person partner counts for their organisations."""
    f = map_filter
    coops = [c for c in snapshot.cooperations.values() if _counts(c, f)]
    taking_part = {p.organisation_id for c in coops for p in c.partners if p.organisation_id is not None}
    shown_orgs = {
        o.id
        for o in snapshot.organisations.values()
        if (f.sector is None or o.sector == f.sector)
        and (f.district is None or o.district == f.district)
        and (o.id in taking_part or (not f.statuses and (f.theme_id is None or f.theme_id in o.theme_ids)))
    }
    memberships = [m for m in snapshot.memberships if m.overlaps(f.date_from, f.date_to)]
    orgs_of: dict[int, list[int]] = defaultdict(list)
    for m in memberships:
        orgs_of[m.person_id].append(m.organisation_id)
    shown_persons: set[int] = set()
    if persons:
        shown_persons = {m.person_id for m in memberships if m.organisation_id in shown_orgs}
        if f.sector is None and f.district is None:
            shown_persons |= {p.person_id for c in coops for p in c.partners if p.person_id is not None}

    graph = nx.Graph()
    for org_id in sorted(shown_orgs):
        org = snapshot.organisations[org_id]
        graph.add_node(
            RecordRef(ORG, org_id), kind=ORG, name=org.name,
            sector=org.sector, district=org.district, cooperations=0, partners=0, members=0,
        )
    for person_id in sorted(shown_persons):
        name = snapshot.persons[person_id].name
        org_ids = orgs_of.get(person_id, [])
        home = next((o for o in org_ids if o in shown_orgs), org_ids[0] if org_ids else None)
        home_org = snapshot.organisations.get(home) if home is not None else None
        graph.add_node(
            RecordRef(PERSON, person_id), kind=PERSON, name=name,
            sector=home_org.sector if home_org else None, district=home_org.district if home_org else "",
            cooperations=0, partners=0, members=0,
        )
    for m in memberships:
        if m.organisation_id in shown_orgs:
            org_ref = RecordRef(ORG, m.organisation_id)
            graph.nodes[org_ref]["members"] += 1
            if m.person_id in shown_persons:
                _tie(graph, RecordRef(PERSON, m.person_id), org_ref)["membership"] = True
    for coop in coops:
        nodes = _participants(coop, shown_orgs, shown_persons, orgs_of, project=not persons)
        for node in nodes:
            graph.nodes[node]["cooperations"] += 1
        for a, b in combinations(sorted(nodes), 2):
            _tie(graph, a, b)["cooperations"].append(coop.id)
    _finish_edges(graph, snapshot)
    return graph


def _counts(coop: CooperationEntry, f: MapFilter) -> bool:
    return (
        (not f.statuses or coop.status in f.statuses)
        and (f.theme_id is None or f.theme_id in coop.theme_ids)
        and coop.overlaps(f.date_from, f.date_to)
    )


def _participants(
    coop: CooperationEntry, orgs: set[int], persons: set[int], orgs_of: dict[int, list[int]], *, project: bool
) -> set[RecordRef]:
    """The shown nodes taking part in ``coop``; with ``project`` persons stand in for their organisations."""
    nodes: set[RecordRef] = set()
    for partner in coop.partners:
        if partner.organisation_id in orgs:
            nodes.add(RecordRef(ORG, partner.organisation_id))
        elif partner.person_id in persons:
            nodes.add(RecordRef(PERSON, partner.person_id))
        elif project and partner.person_id is not None:
            nodes.update(RecordRef(ORG, o) for o in orgs_of.get(partner.person_id, []) if o in orgs)
    return nodes


def _tie(graph: nx.Graph, a: RecordRef, b: RecordRef) -> dict:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, membership=False, cooperations=[])
    return graph.edges[a, b]


def _finish_edges(graph: nx.Graph, snapshot: NetworkSnapshot) -> None:
    """Weights, furthest status and partner counts, once all ties are known."""
    for a, b, data in graph.edges(data=True):
        coop_ids = tuple(sorted(set(data["cooperations"])))
        data["cooperations"] = coop_ids
        data["weight"] = max(1, len(coop_ids))
        statuses = {snapshot.cooperations[c].status for c in coop_ids}
        data["status"] = next((s for s in STATUS_STRENGTH if s in statuses), None)
        if coop_ids:
            graph.nodes[a]["partners"] += 1
            graph.nodes[b]["partners"] += 1


def neighbourhood(graph: nx.Graph, centre: RecordRef, depth: int = 2) -> nx.Graph:
    """The focus view: ``centre`` and everything up to ``depth`` steps away, as its own graph."""
    if centre not in graph:
        return nx.Graph()
    nodes = nx.single_source_shortest_path_length(graph, centre, cutoff=depth)
    return graph.subgraph(sorted(nodes)).copy()


def cooperation_ties(graph: nx.Graph) -> nx.Graph:
    """Only organisations and only the ties through shared cooperations (for broker scores)."""
    result = nx.Graph()
    result.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if d["kind"] is ORG)
    result.add_edges_from(
        (a, b, d) for a, b, d in graph.edges(data=True) if d["cooperations"] and a in result and b in result
    )
    return result
