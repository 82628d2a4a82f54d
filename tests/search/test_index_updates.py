"""Saves and deletes reach the index at once; rebuilds never lose them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import IndexState, SearchDocument, SearchIndex
from sic_desktop.search import index as index_module

from .conftest import FIXTURE_DOCS, build, refs

NEW_NOTE = SearchDocument(ref=RecordRef.parse("note:99"), title="Nachtrag Lastenfahrrad",
                          body="Das Lastenfahrrad wird ab Mai im Quartier verliehen.")


def test_a_deleted_record_is_not_found_at_once(index: SearchIndex) -> None:
    assert "note:1" in refs(index.search("Kinderbetreuung"))
    index.update([], [RecordRef.parse("note:1")], 2)
    assert refs(index.search("Kinderbetreuung")) == []
    assert index.doc_count() == len(FIXTURE_DOCS) - 1
    assert index.status(2).state is IndexState.FRESH


def test_a_changed_record_is_found_by_its_new_text_only(index: SearchIndex) -> None:
    changed = dataclasses.replace(FIXTURE_DOCS[0], body="Heute ging es um Lastenfahrräder.")
    index.update([changed], [], 2)
    assert refs(index.search("Lastenfahrrad")) == ["note:1"]
    assert refs(index.search("Kinderbetreuung")) == []
    assert index.doc_count() == len(FIXTURE_DOCS)


def test_an_update_after_a_gap_is_applied_but_stays_stale(index: SearchIndex) -> None:
    # Generations 2..4 never reached the index (say, the program crashed).
    index.update([NEW_NOTE], [], 5)
    assert refs(index.search("Lastenfahrrad")) == ["note:99"]
    assert index.status(5).state is IndexState.STALE


def test_several_commits_at_once_name_their_base(index: SearchIndex) -> None:
    index.update([NEW_NOTE], [RecordRef.parse("note:2")], 4, base_generation=1)
    assert index.status(4).state is IndexState.FRESH


def test_an_update_the_index_already_has_is_skipped(index: SearchIndex) -> None:
    index.update([NEW_NOTE], [], 2)
    index.update([], [RecordRef.parse("note:99")], 2)  # delivered late or twice: must not undo anything
    assert refs(index.search("Lastenfahrrad")) == ["note:99"]


def test_updates_without_an_index_wait_for_the_rebuild(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        index.update([NEW_NOTE], [], 1)  # nothing to update yet: no error
        assert index.status(1).state is IndexState.MISSING


@pytest.fixture
def small_steps(monkeypatch):
    monkeypatch.setattr(index_module, "PROGRESS_EVERY", 2)


@pytest.mark.usefixtures("small_steps")
def test_search_keeps_working_on_the_old_index_during_a_rebuild(index: SearchIndex) -> None:
    renamed = [dataclasses.replace(d, title=d.title + " Neubau") for d in FIXTURE_DOCS]
    rebuild = index.rebuild(renamed, 2, total=len(renamed))
    first = next(rebuild)
    assert (first.done, first.total, first.finished) == (2, len(renamed), False)
    assert first.message() == "Suchindex: 2 von 10 Einträgen"
    assert refs(index.search("Neubau")) == []  # still the old index
    assert refs(index.search("Kinderbetreuung")) == ["note:1"]
    last = list(rebuild)[-1]
    assert last.finished and last.fraction == 1.0
    assert len(index.search("Neubau").hits) == len(renamed)
    assert index.status(2).state is IndexState.FRESH


@pytest.mark.usefixtures("small_steps")
def test_changes_during_a_rebuild_reach_both_indexes(index: SearchIndex) -> None:
    rebuild = index.rebuild(FIXTURE_DOCS, 1)  # the snapshot of generation 1
    next(rebuild)
    index.update([NEW_NOTE], [], 2)
    index.update([], [RecordRef.parse("note:1")], 3)
    assert refs(index.search("Lastenfahrrad")) == ["note:99"]  # old index, at once
    assert refs(index.search("Kinderbetreuung")) == []
    list(rebuild)
    assert refs(index.search("Lastenfahrrad")) == ["note:99"]  # new index, replayed
    assert refs(index.search("Kinderbetreuung")) == []
    assert index.status(3).state is IndexState.FRESH


@pytest.mark.usefixtures("small_steps")
def test_a_cancelled_rebuild_keeps_the_old_index(index: SearchIndex) -> None:
    folders_before = sorted(p.name for p in index.root.iterdir() if p.is_dir())
    rebuild = index.rebuild(FIXTURE_DOCS, 2)
    next(rebuild)
    rebuild.close()
    assert sorted(p.name for p in index.root.iterdir() if p.is_dir()) == folders_before
    assert index.status(1).state is IndexState.FRESH
    build(index, generation=2)  # and a new rebuild may start
    assert index.status(2).state is IndexState.FRESH


def test_a_failing_rebuild_keeps_the_old_index(index: SearchIndex) -> None:
    def broken_snapshot():
        yield FIXTURE_DOCS[0]
        raise OSError("Datenbank nicht lesbar")

    with pytest.raises(OSError):
        build(index, broken_snapshot(), generation=2)
    assert index.status(1).state is IndexState.FRESH
    assert len(index.search("Dortmund").hits) == 4


def test_a_ref_given_twice_is_a_programming_error(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        with pytest.raises(ValueError, match="note:1"):
            build(index, [FIXTURE_DOCS[0], FIXTURE_DOCS[0]])
        assert index.status(1).state is IndexState.MISSING


def test_another_window_sees_a_rebuild_and_updates(index: SearchIndex) -> None:
    with SearchIndex(index.root) as other:
        assert refs(other.search("Lastenfahrrad")) == []
        index.update([NEW_NOTE], [], 2)
        assert refs(other.search("Lastenfahrrad")) == ["note:99"]
        build(index, [NEW_NOTE], generation=3)
        assert refs(other.search("Dortmund")) == []
        other.update([], [RecordRef.parse("note:99")], 4)
        assert index.status(4).state is IndexState.FRESH
        assert refs(index.search("Lastenfahrrad")) == []


def index_bytes(index: SearchIndex) -> bytes:
    return b"".join(p.read_bytes() for p in index.root.rglob("*") if p.is_file())


def test_optimize_erases_deleted_records_from_the_files(index: SearchIndex) -> None:
    secret = SearchDocument(ref=RecordRef.parse("person:9"), title="Zacharias Quäkelbeck",
                            body="Quäkelbeck wünscht Löschung nach Art. 17 DSGVO.")
    index.update([secret], [], 2)
    index.update([], [RecordRef.parse("person:9")], 3)
    assert refs(index.search("Quäkelbeck")) == []
    assert b"quakelbeck" in index_bytes(index)  # whoosh keeps it until a merge
    index.optimize()
    assert b"quakelbeck" not in index_bytes(index)
    assert index.status(3).state is IndexState.FRESH
    assert len(index.search("Dortmund").hits) == 4
