"""What the glue asks the index besides searching: who shows a name, how many per type."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import IndexState, SearchDocument, SearchIndex
from sic_desktop.search.whoosh_imports import index as whoosh_index

from .conftest import build, refs

KITA, ANNA, WORKSHOP, EVING = (RecordRef.parse(r) for r in ("organisation:1", "person:1", "note:1", "note:2"))
THEME = RecordRef.parse("theme:2")
DOCS = (
    SearchDocument(ref=KITA, title="Kita Sonnenblume gGmbH", links=(THEME,), themes=("Work & Care",)),
    SearchDocument(ref=ANNA, title="Anna Schäfer", names=("Kita Sonnenblume gGmbH",), links=(KITA,)),
    SearchDocument(ref=WORKSHOP, title="Workshop Randzeiten", names=("Kita Sonnenblume gGmbH", "Anna Schäfer"),
                   links=(KITA, ANNA, THEME), themes=("Work & Care",)),
    SearchDocument(ref=EVING, title="Gesprächsnotiz Eving", body="Ohne Verknüpfung."),
)


def test_documents_showing_a_record_are_found_by_its_ref(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, DOCS)
        assert index.refs_linking([KITA]) == {ANNA, WORKSHOP}
        assert index.refs_linking([ANNA, THEME]) == {WORKSHOP, KITA}
        assert index.refs_linking([RecordRef.parse("organisation:9")]) == set()
        index.update([], [WORKSHOP], 2)
        assert index.refs_linking([KITA]) == {ANNA}  # deleted ones are gone at once


def test_counts_by_type_leave_deleted_documents_out(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        assert index.counts_by_type() == {}  # no index yet
        build(index, DOCS)
        assert index.counts_by_type() == {"organisation": 1, "person": 1, "note": 2}
        index.update([], [EVING, ANNA], 2)
        assert index.counts_by_type() == {"organisation": 1, "note": 1}


def test_rebuild_asks_for_a_lazy_generation_after_the_last_document(tmp_path: Path) -> None:
    asked: list[str] = []

    def documents():
        asked.append("documents")
        yield from DOCS

    def generation() -> int:
        asked.append("generation")
        return 7

    with SearchIndex(tmp_path / "search") as index:
        build(index, documents(), generation=generation)
        assert asked == ["documents", "generation"]
        assert index.status(7).state is IndexState.FRESH


def test_a_commit_without_searchable_changes_only_moves_the_generation(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, DOCS)
        folder = next(p for p in index.root.iterdir() if p.is_dir())
        before = whoosh_index.open_dir(str(folder)).latest_generation()
        index.update([], [], 2)  # say, a follow-up was saved
        assert index.status(2).state is IndexState.FRESH
        assert whoosh_index.open_dir(str(folder)).latest_generation() == before
        assert refs(index.search("Randzeiten")) == ["note:1"]
