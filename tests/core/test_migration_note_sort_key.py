"""Migration 6 (folded note titles) on a checked-in version-5 file: old notes are found by the list filter."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v5.sqlite3"


def test_version_5_notes_are_filtered_and_sorted_by_their_folded_titles(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        assert [n.title for n in ws.notes.list(ListQuery(text="ueberlegungen zur quartierskue"))] == [
            "Überlegungen zur Quartiersküche"
        ]
        assert [n.title for n in ws.notes.list(ListQuery(text="VEREINBARKEIT"))] == ["Workshop Vereinbarkeit"]
        by_title = [n.title for n in ws.notes.list(ListQuery(sort="title"))]
        assert by_title == ["Überlegungen zur Quartiersküche", "Workshop Vereinbarkeit"], "Ü sorts as Ue"

    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() >= 6
    conn.close()
