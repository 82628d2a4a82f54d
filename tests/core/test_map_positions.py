"""Dragged node positions: remembered per map view, no data change announced."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace

ORG = RecordRef(RecordType.ORGANISATION, 3)
PERSON = RecordRef(RecordType.PERSON, 8)


def test_positions_are_kept_per_view_and_overwritten(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        ws.map_positions.save("alle", {ORG: (1.0, 2.0), PERSON: (3.0, 4.0)})
        ws.map_positions.save("thema=2", {ORG: (-5.0, 0.5)})
        ws.map_positions.save("alle", {ORG: (7.0, 8.0)})

    with Workspace.open(tmp_path, user="test") as ws:
        assert ws.map_positions.load("alle") == {ORG: (7.0, 8.0), PERSON: (3.0, 4.0)}
        assert ws.map_positions.load("thema=2") == {ORG: (-5.0, 0.5)}


def test_reset_gives_nodes_back_to_the_layout(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        ws.map_positions.save("alle", {ORG: (1.0, 2.0), PERSON: (3.0, 4.0)})
        ws.map_positions.save("thema=2", {ORG: (1.0, 2.0)})
        ws.map_positions.reset("alle", [PERSON])
        assert ws.map_positions.load("alle") == {ORG: (1.0, 2.0)}
        ws.map_positions.reset("alle")
        assert ws.map_positions.load("alle") == {}
        assert ws.map_positions.load("thema=2") == {ORG: (1.0, 2.0)}


def test_saving_positions_is_no_data_change(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        heard = []
        ws.subscribe(heard.append)
        before = ws.database.generation()
        ws.map_positions.save("alle", {ORG: (1.0, 2.0)})
        assert ws.database.generation() == before
        assert heard == []
