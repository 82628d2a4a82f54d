"""Network figures per organisation: how many partners, and how much it brokers between others.

The broker score is betweenness centrality on the organisations' cooperation ties
(networkx): the share of shortest paths between two other organisations that run
through this one. Ties count equally, however many cooperations they carry. For
more than ``EXACT_LIMIT`` organisations the score is estimated from ``SAMPLES``
randomly chosen start organisations (fixed seed, so the ranking is repeatable);
``NetworkFigures.samples`` says so, and the views print it.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.network.graph import cooperation_ties

EXACT_LIMIT = 500
SAMPLES = 300
SEED = 2026


@dataclass(frozen=True)
class OrganisationFigure:
    ref: RecordRef
    name: str
    sector: str | None
    partners: int  # organisations it shares at least one cooperation with
    cooperations: int
    broker_score: float  # betweenness, 0..1


@dataclass(frozen=True)
class NetworkFigures:
    ranking: list[OrganisationFigure]  # by broker score, then partners, then name
    samples: int | None  # None: exact; else the number of sampled start organisations

    def top(self, count: int) -> list[OrganisationFigure]:
        return self.ranking[:count]


def network_figures(graph: nx.Graph) -> NetworkFigures:
    """Partners and broker score of every organisation in ``graph``, ranked."""
    ties = cooperation_ties(graph)
    samples = SAMPLES if len(ties) > EXACT_LIMIT else None
    scores = nx.betweenness_centrality(ties, k=samples, seed=SEED if samples else None, normalized=True)
    ranking = [
        OrganisationFigure(
            ref=node,
            name=data["name"],
            sector=data["sector"],
            partners=ties.degree(node),
            cooperations=data["cooperations"],
            broker_score=scores[node],
        )
        for node, data in ties.nodes(data=True)
    ]
    ranking.sort(key=lambda f: (-f.broker_score, -f.partners, f.name.casefold(), f.ref.id))
    return NetworkFigures(ranking, samples)
