"""A whole map: simplification of big maps, focus, the view key and the picture's words."""

from __future__ import annotations

from sic_desktop.core.models import Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordType
from sic_desktop.network import map_computation
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.map_computation import MapRequest, compute_map


def test_small_map_shows_persons_and_loose_organisations(net) -> None:
    result = run_to_end(compute_map(net.snapshot()))

    assert result.persons_shown and not result.simplified and result.loose_hidden == 0
    assert net.names(result.graph) == {"A", "B", "C", "D", "E", "p1", "p2", "p3"}
    assert set(result.positions) == set(result.graph)
    assert result.view_key == "alle|personen"


def test_big_map_shows_only_connected_organisations_and_says_so(net, monkeypatch) -> None:
    monkeypatch.setattr(map_computation, "DETAIL_LIMIT", 5)
    monkeypatch.setattr(map_computation, "LOOSE_LIMIT", 4)

    result = run_to_end(compute_map(net.snapshot()))

    assert not result.persons_shown and result.simplified
    assert net.names(result.graph) == {"A", "B", "C", "D"}
    assert result.loose_hidden == 1  # E
    picture = result.picture(net.snapshot().themes)
    assert picture.note == (
        "Nur Organisationen: Mit allen Kontakten wäre die Karte nicht mehr lesbar. "
        "1 Organisation ohne gemeinsame Kooperation ist nicht gezeigt."
    )
    assert result.view_key == "alle|organisationen"


def test_focus_shows_persons_even_when_the_whole_map_is_too_big(net, monkeypatch) -> None:
    monkeypatch.setattr(map_computation, "DETAIL_LIMIT", 7)  # the whole map has 8 nodes, the focus 6
    request = MapRequest(focus=net.refs["p3"])

    result = run_to_end(compute_map(net.snapshot(), request))

    assert result.persons_shown
    assert net.names(result.graph) == {"p3", "A", "B", "D", "p1", "p2"}
    assert result.picture(net.snapshot().themes).title == "Umfeld von Ayşe Yılmaz"
    assert result.view_key == f"alle|personen|fokus=person:{net.refs['p3'].id}"


def test_dragged_positions_override_the_layout_in_the_picture(net) -> None:
    result = run_to_end(compute_map(net.snapshot()))
    a = net.refs["A"]

    picture = result.picture(net.snapshot().themes, {a: (999.0, -5.0), ("gone", 1): (0.0, 0.0)})

    assert picture.positions[a] == (999.0, -5.0)
    assert set(picture.positions) == set(result.graph)


def test_filter_names_its_view_and_describes_itself_in_german(net) -> None:
    net.ws.organisations.create(Organisation(name="Neu", sector="politik"))
    f = MapFilter(theme_id=net.work_care, statuses=("umsetzung", "pilot"), sector="wissenschaft")

    assert f.view_key() == "theme_id=2;statuses=pilot,umsetzung;sector=wissenschaft"
    assert f.describe(net.snapshot().themes) == "Themenfeld Work & Care · Status Umsetzung, Pilot · Sektor Wissenschaft"
    assert MapFilter().describe({}) == "Alle Organisationen und Kooperationen"
    assert MapFilter().is_empty and RecordType.ORGANISATION
