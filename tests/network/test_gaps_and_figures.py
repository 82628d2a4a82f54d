"""Gap matrix counts and network figures of the fixture network."""

from __future__ import annotations

from sic_desktop.network.figures import network_figures
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.gaps import candidates_text, gap_matrix
from sic_desktop.network.graph import build_graph


def test_gap_matrix_counts_active_cooperations_and_organisations_per_sector(net) -> None:
    matrix = gap_matrix(net.snapshot())
    org = {key: ref.id for key, ref in net.refs.items()}

    work_care = {sector: matrix.cell(net.work_care, sector) for sector in matrix.sectors}
    # Only c1 (pilot) counts; c3 has ended.
    assert work_care["wirtschaft"].cooperation_ids == (net.coops["c1"],)
    assert work_care["wirtschaft"].organisation_ids == (org["B"],)
    assert work_care["zivilgesellschaft"].organisations == 1
    assert work_care["wissenschaft"].is_gap
    assert work_care["wissenschaft"].candidate_ids == (org["C"],)
    assert work_care["wissenschaft"].gap_text == "kein Partner aus der Wissenschaft in Work & Care"
    assert candidates_text(work_care["wissenschaft"]) == "1 möglicher Partner"
    assert work_care["verwaltung"].is_gap and work_care["verwaltung"].candidate_ids == ()

    arbeit = matrix.cell(net.arbeit, "verwaltung")
    assert (arbeit.cooperations, arbeit.organisation_ids) == (1, (org["D"],))
    # c4 (Wirtschaft & Schule) has C and the person p2: persons bring no sector.
    schule = next(theme_id for theme_id, name in matrix.themes if name == "Wirtschaft & Schule")
    assert not matrix.cell(schule, "wissenschaft").is_gap
    assert matrix.cell(schule, "wirtschaft").is_gap
    assert [name for _, name in matrix.themes][:2] == ["Arbeit im Quartier", "Work & Care"]
    assert len(matrix.gaps()) == 25 - 5  # filled: two in Arbeit im Quartier, two in Work & Care, one in Schule


def test_gap_matrix_as_json_data(net) -> None:
    data = gap_matrix(net.snapshot()).to_dict()
    cell = next(c for c in data["cells"] if c["theme"] == "Work & Care" and c["sector"] == "wissenschaft")
    assert cell == {
        "theme_id": net.work_care, "theme": "Work & Care", "sector": "wissenschaft", "cooperations": 0,
        "organisations": 0, "candidates": 1, "gap": True, "cooperation_ids": [], "organisation_ids": [],
        "candidate_ids": [net.refs["C"].id],
    }
    assert [s["label"] for s in data["sectors"]][:2] == ["Wirtschaft", "Wissenschaft"]


def test_broker_ranking_puts_the_organisation_in_the_middle_first(net) -> None:
    # Pilot and Umsetzung: B – A – D, so A brokers between B and D.
    graph = build_graph(net.snapshot(), MapFilter(statuses=("pilot", "umsetzung")), persons=False)

    figures = network_figures(graph)

    assert figures.samples is None
    first, *others = figures.ranking
    assert net.names([first.ref]) == {"A"}
    assert (first.partners, first.cooperations, first.broker_score) == (2, 2, 1.0)
    assert net.names(f.ref for f in others) == {"B", "D"}
    assert all(f.broker_score == 0 and f.partners == 1 for f in others)
    assert [f.name for f in others] == ["Amt für Wohnen", "Pflegedienst Hansen GmbH"]  # ties broken by name
