"""After command-line writes the search index is current: the window's next start rebuilds nothing."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SearchService
from sic_desktop.search.index_files import read_marker

FIXTURES = Path(__file__).resolve().parents[1] / "io" / "fixtures"


def _index_state(folder: Path) -> tuple[bool, str | None]:
    """(current, folder of the index) as the window would find them at start."""
    with Workspace.open(folder, user="fenster") as ws, SearchService(ws, listen=False) as service:
        marker = read_marker(ws.folder.index_dir)
        return not service.status().needs_rebuild, marker.folder if marker else None


def _found(folder: Path, query: str) -> list[str]:
    with Workspace.open(folder, user="fenster") as ws, SearchService(ws, listen=False) as service:
        return [hit.title for hit in service.search(query).hits]


def test_demo_leaves_a_current_index(data_dir: Path, capsys) -> None:
    assert main(["demo", "--persons", "12", "--notes", "30"]) == 0
    assert _index_state(data_dir)[0]


def test_an_import_updates_the_current_index_without_a_rebuild(data_dir: Path, capsys) -> None:
    assert main(["demo", "--persons", "12", "--notes", "30"]) == 0
    before = _index_state(data_dir)
    assert main(["import", str(FIXTURES / "outlook_de_utf8_bom.csv")]) == 0
    assert _index_state(data_dir) == before  # current, and the same index folder: nothing rebuilt
    assert "Jürgen Weiß" in _found(data_dir, "Weiß Quartiersmanager")


def test_an_erasure_from_the_command_line_keeps_the_index_current(data_dir: Path, capsys) -> None:
    assert main(["import", str(FIXTURES / "outlook_de_utf8_bom.csv")]) == 0
    assert main(["reindex"]) == 0
    with Workspace.open(data_dir) as ws:
        person = next(p for p in ws.persons.list() if p.last_name == "Weiß")
    assert main(["privacy", "erase", str(person.id), "--ja"]) in (0, 1)
    assert _index_state(data_dir)[0]
    assert _found(data_dir, "Weiß Quartiersmanager") == []


def test_a_restore_builds_the_index_for_the_restored_data(data_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["demo", "--persons", "12", "--notes", "30"]) == 0
    backup = tmp_path / "sicherung.sqlite3"
    assert main(["backup", "-o", str(backup)]) == 0
    assert main(["import", str(FIXTURES / "outlook_de_utf8_bom.csv")]) == 0
    assert main(["restore", str(backup)]) == 0
    assert _index_state(data_dir)[0]
    assert "Jürgen Weiß" not in _found(data_dir, "Weiß")


def test_an_erasure_cleans_a_followed_index_once(data_dir: Path, monkeypatch, capsys) -> None:
    assert main(["import", str(FIXTURES / "outlook_de_utf8_bom.csv")]) == 0
    assert main(["reindex"]) == 0
    with Workspace.open(data_dir) as ws:
        person = next(p for p in ws.persons.list() if p.last_name == "Weiß")
    merges = []
    original = SearchService.purge
    monkeypatch.setattr(SearchService, "purge", lambda self, refs: (merges.append(refs), original(self, refs)))
    main(["privacy", "erase", str(person.id), "--ja"])
    assert len(merges) == 1  # one merge of all segments (about half a minute on a big index), not two
