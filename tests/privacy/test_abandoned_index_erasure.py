"""A rebuild killed half-way leaves a whole index folder behind (issue 19, 10): it goes at the next
start, and an erasure covers it, down to text the index keeps zlib-compressed."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import erase_from_search_index
from sic_desktop.search.index_files import FOLDER_PREFIX, read_marker
from sic_desktop.search.service import SearchService
from tests.privacy.conftest import find_secrets, inflated_streams

# Builds the index anew and is killed once the new folder is written, before the marker names it.
KILLED_REBUILD = """
import os, signal, sys
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.documents import all_documents
from sic_desktop.search.service import SearchService

ws = Workspace.open(sys.argv[1])
service = SearchService(ws, listen=False)
def killed():
    os.kill(os.getpid(), signal.SIGKILL)
for _ in service.index.rebuild(all_documents(ws), killed):
    pass
"""


def _index_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{FOLDER_PREFIX}*"))


def _kill_a_rebuild(workspace: Workspace) -> str:
    """The abandoned folder's name; the current index stays as it was."""
    with SearchService(workspace, listen=False) as service:
        for _ in service.rebuild():
            pass
    before = _index_folders(workspace.folder.index_dir)
    done = subprocess.run([sys.executable, "-c", KILLED_REBUILD, str(workspace.folder.root)], capture_output=True)
    assert done.returncode != 0  # killed
    [abandoned] = sorted(set(_index_folders(workspace.folder.index_dir)) - set(before))
    return abandoned


def test_the_byte_scan_inflates_compressed_text():
    packed = b"\x00\x01" + zlib.compress(b"W.Quaestenberg@example.org Wilhelmine" * 3) + b"\xff"
    assert b"wilhelmine" not in packed.lower()
    assert any(b"Wilhelmine" in stream for stream in inflated_streams(packed))


def test_an_abandoned_index_folder_goes_at_the_next_start(workspace, subject, capsys):
    abandoned = _kill_a_rebuild(workspace)
    assert find_secrets(workspace.folder.index_dir / abandoned)  # the killed build wrote the person there
    workspace.close()

    assert main(["search", "Marten"]) == 0  # the next start of a command that uses the index

    assert abandoned not in _index_folders(workspace.folder.index_dir)
    assert _index_folders(workspace.folder.index_dir) == [read_marker(workspace.folder.index_dir).folder]


def test_an_erasure_covers_every_index_folder(workspace, subject, secrets_in):
    _kill_a_rebuild(workspace)
    workspace.add_purger(lambda refs: erase_from_search_index(workspace, refs))

    report = erase(workspace, subject.person.id)

    assert report.complete
    workspace.close()
    assert secrets_in(workspace.folder.root) == []
