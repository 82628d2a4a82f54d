"""A small network whose nodes, ties and gaps are known by heart (see the comments)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.models import Cooperation, Membership, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.workspace import Workspace

ARBEIT, WORK_CARE, SCHULE = 1, 2, 3  # seeded theme fields, also as Net.arbeit and Net.work_care


@dataclass
class Net:
    """Refs by letter: organisations A–E, persons p1–p3; cooperation ids c1–c4."""

    ws: Workspace
    refs: dict[str, RecordRef]
    coops: dict[str, int]
    arbeit: int = ARBEIT
    work_care: int = WORK_CARE

    def snapshot(self) -> NetworkSnapshot:
        return self.ws.network.snapshot()

    def names(self, nodes) -> set[str]:
        by_ref = {ref: name for name, ref in self.refs.items()}
        return {by_ref[node] for node in nodes}

    def edge_names(self, graph) -> set[frozenset[str]]:
        return {frozenset(self.names((a, b))) for a, b in graph.edges()}


@pytest.fixture
def net(tmp_path: Path) -> Net:
    ws = Workspace.open(tmp_path, user="test")
    orgs = {
        # A: civil society in Marten, theme Arbeit im Quartier
        "A": Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft", district="Marten",
                          theme_ids=[ARBEIT]),
        "B": Organisation(name="Pflegedienst Hansen GmbH", sector="wirtschaft", district="Eving", theme_ids=[WORK_CARE]),
        # C: science with Work & Care, yet in no Work & Care cooperation: a candidate for that gap
        "C": Organisation(name="Fachhochschule Dortmund", sector="wissenschaft", district="Innenstadt",
                          theme_ids=[WORK_CARE]),
        "D": Organisation(name="Amt für Wohnen", sector="verwaltung", district="Innenstadt", theme_ids=[ARBEIT]),
        "E": Organisation(name="Stiftung Lichtblick", sector="zivilgesellschaft", district="Eving"),  # no ties
    }
    refs = {key: ws.organisations.create(org).ref for key, org in orgs.items()}
    org_id = {key: ref.id for key, ref in refs.items()}
    persons = {
        "p1": Person(first_name="Anna", last_name="Schäfer", memberships=[Membership(organisation_id=org_id["A"])]),
        # p2 belongs to B, and belonged to D in 2020–2021
        "p2": Person(first_name="Jens", last_name="Becker", memberships=[
            Membership(organisation_id=org_id["B"]),
            Membership(organisation_id=org_id["D"], from_date=date(2020, 1, 1), to_date=date(2021, 12, 31)),
        ]),
        "p3": Person(first_name="Ayşe", last_name="Yılmaz"),  # no organisation; partner of c3 herself
    }
    refs |= {key: ws.persons.create(person).ref for key, person in persons.items()}
    person_id = {key: refs[key].id for key in persons}
    coops = {
        "c1": Cooperation(title="Kinderbetreuung im Betrieb", status="pilot", start_date=date(2025, 1, 1),
                          theme_ids=[WORK_CARE],
                          partners=[Partner(organisation_id=org_id["A"], role="lead"),
                                    Partner(organisation_id=org_id["B"])]),
        "c2": Cooperation(title="Quartiersladen Marten", status="umsetzung", start_date=date(2024, 3, 1),
                          theme_ids=[ARBEIT],
                          partners=[Partner(organisation_id=org_id["A"]), Partner(organisation_id=org_id["D"])]),
        "c3": Cooperation(title="Pflege-Lotsen", status="beendet", start_date=date(2022, 1, 1),
                          end_date=date(2023, 6, 30), theme_ids=[WORK_CARE],
                          partners=[Partner(organisation_id=org_id["A"]), Partner(organisation_id=org_id["B"]),
                                    Partner(person_id=person_id["p3"], role="beteiligt")]),
        # c4: C with person p2, no dates
        "c4": Cooperation(title="Ausbildungspaten", status="idee", theme_ids=[SCHULE],
                          partners=[Partner(organisation_id=org_id["C"], role="lead"),
                                    Partner(person_id=person_id["p2"], role="beteiligt")]),
    }
    coop_ids = {key: ws.cooperations.create(coop).id for key, coop in coops.items()}
    yield Net(ws, refs, coop_ids)
    ws.close()
