"""No file of the index is left for the garbage collector to close (a ResourceWarning; on Windows
a folder with a file still open cannot be removed for the rebuild): not after a save renewed the
searcher, not after damage broke an open halfway."""

from __future__ import annotations

import dataclasses
import gc
import os
import warnings
from collections.abc import Callable

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchIndex, SearchUnavailableError, index_files

from .conftest import FIXTURE_DOCS, build


def left_open(action: Callable[[], object]) -> list[str]:
    """The files ``action`` opened and the collector had to close."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        action()
        gc.collect()
    return [str(warning.message) for warning in caught if issubclass(warning.category, ResourceWarning)]


def test_saves_that_add_segments_leave_no_file_open(index: SearchIndex) -> None:
    def saves_and_searches() -> None:
        for number in range(3):  # each save a segment of its own beside the first
            note = dataclasses.replace(FIXTURE_DOCS[0], ref=RecordRef.parse(f"note:{100 + number}"), title=f"Nachtrag {number}")
            index.update([note], [], 2 + number)
            assert index.search("Nachtrag").total == number + 1

    assert left_open(saves_and_searches) == []


@pytest.mark.parametrize("suffix", [".pst", ".trm", ".toc"])
def test_a_cut_off_file_leaves_no_file_open(index: SearchIndex, suffix: str) -> None:
    folder = index.root / index_files.read_marker(index.root).folder
    segment = next(folder.glob(f"*{suffix}"))
    os.truncate(segment, segment.stat().st_size // 2)
    index.close()

    def meets_the_damage() -> None:
        index.status(1)
        with pytest.raises(SearchUnavailableError):
            index.search("Dortmund")

    assert left_open(meets_the_damage) == []
    build(index)  # the damaged folder goes
    assert not folder.exists()
