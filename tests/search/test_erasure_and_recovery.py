"""Erasure leaves no trace in the index files; a damaged or missing index is rebuilt at start."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from sic_desktop.core.models import Note
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import IndexState, SearchService, SearchState, erase_from_search_index
from sic_desktop.search.analysis import term

from .conftest import Network, found, killed_when_ready


def index_files_contain(root: Path, data: bytes) -> bool:
    return any(data in path.read_bytes() for path in root.rglob("*") if path.is_file())


@pytest.mark.parametrize("listening", [True, False])
@pytest.mark.parametrize("warmed", [False, True])
def test_erasure_removes_a_person_from_the_index_files(network: Network, listening: bool, warmed: bool) -> None:
    """With the window's service attached, or from a command line that has none; with the
    posting files the window's warm-up writes (the name in their lexicon) or without."""
    ws = network.ws
    network.anna.last_name = "Zwiebelhuber"
    ws.persons.update(network.anna)
    name_term = term("Zwiebelhuber").encode()
    service = SearchService(ws, listen=listening)
    run_to_end(service.rebuild())
    if warmed:
        service.warm()
        assert found(service, "Zwiebelhuber") and list(ws.folder.index_dir.rglob("*.sicpost"))
    if not listening:
        service.close()
    assert index_files_contain(ws.folder.index_dir, name_term)

    if listening:  # the window: the Datenschutz erasure calls the service's purger
        assert erase(ws, network.anna.id).complete
    else:  # a command line without a service: the function it registers as purger
        ws.persons.purge(network.anna.id)
        erase_from_search_index(ws, [network.anna.ref])

    assert not index_files_contain(ws.folder.index_dir, name_term)
    with SearchService(ws, listen=False) as check:
        assert found(check, "Zwiebelhuber") == [] and found(check, "Anna") == []
        assert str(network.note.ref) in found(check, "Kinderbetreuungsangebote")
    service.close()


def test_an_anonymised_text_leaves_no_old_version_behind(network: Network, service: SearchService) -> None:
    network.note.text = "Frau Zwiebelhuber berichtete über Kinderbetreuungsangebote."
    network.ws.notes.update(network.note)
    network.note = network.ws.notes.get(network.note.id)
    network.note.text = "Eine Teilnehmerin berichtete über Kinderbetreuungsangebote."
    network.ws.notes.update(network.note)
    assert index_files_contain(service.index.root, term("Zwiebelhuber").encode())  # old version still on disk

    erase_from_search_index(network.ws, [network.note.ref])

    assert not index_files_contain(service.index.root, term("Zwiebelhuber").encode())
    assert found(service, "Teilnehmerin") == [str(network.note.ref)]
    assert service.status().state is IndexState.FRESH


def start_again(ws: Workspace) -> SearchService:
    """What the window does at start: check, rebuild in the background if needed."""
    service = SearchService(ws)
    service.start_background()
    service.wait_for_background()
    return service


def test_a_deleted_index_folder_is_rebuilt_at_start(network: Network) -> None:
    with SearchService(network.ws) as first:
        run_to_end(first.rebuild())
    shutil.rmtree(network.ws.folder.index_dir)
    with start_again(network.ws) as service:
        assert service.state is SearchState.READY
        assert found(service, "Kinderbetreuungsangebote") == [str(network.note.ref)]


def test_a_truncated_segment_file_is_rebuilt_at_start(network: Network) -> None:
    with SearchService(network.ws) as first:
        run_to_end(first.rebuild())
    segment = next(network.ws.folder.index_dir.rglob("*.pst"))
    os.truncate(segment, segment.stat().st_size // 2)
    with start_again(network.ws) as service:
        assert service.state is SearchState.READY
        assert found(service, "Kinderbetreuungsangebote") == [str(network.note.ref)]


WRITER = r"""
import sys, datetime as dt
from sic_desktop.core.models import Note
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import SearchService
from sic_desktop.search.whoosh_imports import index as whoosh_index

original = whoosh_index.TOC.write
def paused(*args):
    print("ready", flush=True)
    sys.stdin.readline()  # blocks until the parent kills this process
    return original(*args)
whoosh_index.TOC.write = paused

ws = Workspace.open(sys.argv[1], user="kind")
SearchService(ws)  # follows commits, like the window
ws.notes.create(Note(title="Nachtrag Lastenfahrrad", note_date=dt.date(2026, 5, 4),
                     text="Das Lastenfahrrad wird ab Mai verliehen."))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_writer_killed_mid_commit_is_noticed_and_rebuilt_at_start(network: Network) -> None:
    with SearchService(network.ws) as first:
        run_to_end(first.rebuild())
    # killed when the note is committed, the index not
    assert killed_when_ready(WRITER, str(network.ws.folder.root)) == -signal.SIGKILL

    with start_again(network.ws) as service:
        assert service.state is SearchState.READY
        assert found(service, "Lastenfahrrad") == [str(RecordRef(RecordType.NOTE, network.note.id + 1))]
        network.ws.notes.create(Note(title="Lastenfahrrad zurück", note_date=network.note.note_date))
        assert len(found(service, "Lastenfahrrad")) == 2  # the dead writer's lock died with it
