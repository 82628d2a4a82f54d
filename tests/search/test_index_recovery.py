"""A damaged, missing or outdated index is noticed, and a rebuild makes search work."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import (
    IndexState,
    SearchDocument,
    SearchIndex,
    SearchIndexLockedError,
    SearchUnavailableError,
    index_files,
    whoosh_search,
)

from .conftest import FIXTURE_DOCS, build, killed_when_ready, refs

NEW_NOTE = SearchDocument(ref=RecordRef.parse("note:99"), title="Nachtrag Lastenfahrrad",
                          body="Das Lastenfahrrad wird ab Mai verliehen.")


def current_folder(index: SearchIndex) -> Path:
    marker = json.loads((index.root / index_files.MARKER_NAME).read_text())
    return index.root / marker["folder"]


def test_a_new_folder_is_missing_until_built(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        assert index.status(0).state is IndexState.MISSING
        with pytest.raises(SearchUnavailableError, match="Suchindex"):
            index.search("Pflege")
        assert index.doc_count() == 0
        build(index, generation=7)
        status = index.status(7)
        assert status.state is IndexState.FRESH and status.generation == 7
        assert index.doc_count() == len(FIXTURE_DOCS)


def test_an_index_of_another_generation_is_stale(index: SearchIndex) -> None:
    status = index.status(2)
    assert status.state is IndexState.STALE and status.generation == 1
    assert status.needs_rebuild


def test_deleted_folder_is_detected_and_rebuilt(index: SearchIndex) -> None:
    shutil.rmtree(index.root)
    assert index.status(1).state is IndexState.MISSING
    with pytest.raises(SearchUnavailableError):
        index.search("Pflege")
    build(index)
    assert index.status(1).state is IndexState.FRESH
    assert refs(index.search("Pflege"))


def test_deleted_index_folder_under_an_intact_marker_is_missing(index: SearchIndex) -> None:
    index.close()
    shutil.rmtree(current_folder(index))
    assert index.status(1).state is IndexState.MISSING


@pytest.mark.parametrize("keep", [0.0, 0.5, 0.99])
@pytest.mark.parametrize("suffix", [".pst", ".trm", "._stored.col", ".toc"])
def test_truncated_segment_file_is_broken_and_rebuilt(index: SearchIndex, keep: float,
                                                      suffix: str) -> None:
    segment = next(current_folder(index).glob(f"*{suffix}"))
    os.truncate(segment, int(segment.stat().st_size * keep))
    index.close()
    assert index.status(1).state is IndexState.BROKEN
    with pytest.raises(SearchUnavailableError):
        index.search("Dortmund")
    build(index)
    assert index.status(1).state is IndexState.FRESH
    assert len(index.search("Dortmund").hits) == 4


def test_a_search_that_fails_on_damage_marks_the_index_for_rebuild(index: SearchIndex) -> None:
    # Damage the size check cannot see: bytes changed in place.
    postings = next(current_folder(index).glob("*.pst"))
    data = bytearray(postings.read_bytes())
    data[4:-4] = bytes(len(data) - 8)
    postings.write_bytes(bytes(data))
    index.close()
    with pytest.raises(SearchUnavailableError):
        index.search("Dortmund")
    assert index.status(1).state is IndexState.BROKEN
    build(index)
    assert len(index.search("Dortmund").hits) == 4


def test_a_bug_is_not_taken_for_damage(index: SearchIndex, monkeypatch) -> None:
    def failing(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(whoosh_search, "evaluate", failing)
    with pytest.raises(RuntimeError):
        index.search("Dortmund")
    assert index.status(1).state is IndexState.FRESH  # no rebuild loop over a bug


def test_unreadable_marker_is_broken(index: SearchIndex) -> None:
    (index.root / index_files.MARKER_NAME).write_text("{kaputt")
    assert index.status(1).state is IndexState.BROKEN


def test_a_marker_pointing_outside_the_search_folder_is_broken(index: SearchIndex) -> None:
    path = index.root / index_files.MARKER_NAME
    marker = json.loads(path.read_text())
    path.write_text(json.dumps({**marker, "folder": "index-x/../../elsewhere"}))
    assert index.status(1).state is IndexState.BROKEN


def test_index_of_an_older_program_version_is_stale(index: SearchIndex) -> None:
    path = index.root / index_files.MARKER_NAME
    marker = json.loads(path.read_text())
    path.write_text(json.dumps({**marker, "schema": 0}))
    assert index.status(1).state is IndexState.STALE


CHILD = r"""
import sys
from pathlib import Path
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchDocument, SearchIndex, index_files
from sic_desktop.search.whoosh_imports import index as whoosh_index

def pause_then(original):
    def paused(*args):
        print("ready", flush=True)
        sys.stdin.readline()  # blocks until the parent kills this process
        return original(*args)
    return paused

if sys.argv[2] == "before-whoosh-commit":
    whoosh_index.TOC.write = pause_then(whoosh_index.TOC.write)
else:
    index_files.write_marker = pause_then(index_files.write_marker)
SearchIndex(Path(sys.argv[1])).update(
    [SearchDocument(ref=RecordRef.parse("note:99"), title="Nachtrag Lastenfahrrad", body="Lastenfahrrad")],
    [RecordRef.parse("note:1")], 2)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("moment", ["before-whoosh-commit", "before-marker"])
def test_writer_killed_mid_commit_is_detected_and_rebuilt(index: SearchIndex, moment: str) -> None:
    assert killed_when_ready(CHILD, str(index.root), moment) == -signal.SIGKILL

    # The database committed generation 2; the index must not claim it.
    assert index.status(2).state is IndexState.STALE
    build(index, [*FIXTURE_DOCS[1:], NEW_NOTE], generation=2)
    assert index.status(2).state is IndexState.FRESH
    assert refs(index.search("Lastenfahrrad")) == ["note:99"]
    assert "note:1" not in refs(index.search("Kinderbetreuung"))
    # The dead writer's locks died with it.
    index.update([], [RecordRef.parse("note:99")], 3)
    assert index.status(3).state is IndexState.FRESH


def test_a_writer_waits_for_the_lock_then_gives_a_german_message(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search", lock_timeout=0.2) as index:
        build(index)
        with index_files.hold_lock(index.root / index_files.LOCK_NAME, 0), pytest.raises(SearchIndexLockedError) as raised:
            index.update([NEW_NOTE], [], 2)
        assert "Suchindex" in str(raised.value) and "gespeichert" in str(raised.value)
        assert index.status(2).state is IndexState.STALE  # nothing was half-written
        index.update([NEW_NOTE], [], 2)
        assert index.status(2).state is IndexState.FRESH


def test_rebuild_leaves_no_folder_behind(index: SearchIndex) -> None:
    stale = index.root / "index-20200101-000000-deadbeef"
    stale.mkdir()
    (stale / "MAIN_1.seg").write_bytes(b"old")
    build(index, generation=2)
    folders = [p.name for p in index.root.iterdir() if p.is_dir()]
    assert folders == [current_folder(index).name]


def test_a_folder_still_in_use_is_removed_later(index: SearchIndex, monkeypatch) -> None:
    # On Windows an old folder cannot be deleted while another window reads it.
    old = current_folder(index)
    monkeypatch.setattr(index_files.shutil, "rmtree", lambda *a, **k: None)
    build(index, generation=2)
    assert old.exists()
    assert index.status(2).state is IndexState.FRESH
    monkeypatch.undo()
    build(index, generation=3)
    assert not old.exists()


def test_a_folder_being_built_elsewhere_is_left_alone(index: SearchIndex) -> None:
    busy = index.root / "index-20990101-000000-0000beef"
    busy.mkdir()
    with index_files.hold_lock(busy / index_files.BUILDING_LOCK_NAME, 0):
        build(index, generation=2)
        assert busy.exists()
