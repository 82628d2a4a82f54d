"""Where the index lives in the data folder, and how it changes there safely.

Layout of the index folder (``DataFolder.index_dir``)::

    <data folder>/index/
      search-index.json   the marker: which folder is current, which data generation
                          and which whoosh commit it reflects (replaced atomically)
      write.lock          held by whoever changes the index or the marker
      index-<id>/         the current whoosh index; a rebuild writes a new sibling
                          folder and then only swaps the marker, so readers keep
                          using the old one meanwhile and a crash leaves it intact
      index-<id>/building.lock  held while that folder is still being built

Folders not named by the marker are leftovers (an old index still open on Windows,
a rebuild that crashed); ``remove_leftovers`` deletes them when nobody holds them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from sic_desktop.search.search_errors import SearchIndexLockedError
from sic_desktop.search.whoosh_imports import FileLock

MARKER_NAME = "search-index.json"
LOCK_NAME = "write.lock"
BUILDING_LOCK_NAME = "building.lock"
FOLDER_PREFIX = "index-"
MARKER_FORMAT = 1
_LOCK_POLL_SECONDS = 0.05
_SHARING_RETRIES = 20
_FOLDER_NAME = re.compile(FOLDER_PREFIX + r"[0-9a-z-]+")  # never a path elsewhere
T = TypeVar("T")


class MarkerBrokenError(Exception):
    """The marker exists but cannot be read: treat the index as broken."""


@dataclass(frozen=True)
class IndexMarker:
    """``generation``: the data generation the index reflects; ``commit``: whoosh's
    own generation of the index at that moment, to notice a commit made after it;
    ``files``: name → size of the files of that commit, to notice damage;
    ``damaged``: a search failed on this index, it must be rebuilt."""

    folder: str
    generation: int
    schema: int
    commit: int = -1
    files: dict[str, int] = field(default_factory=dict)
    damaged: bool = False
    format: int = MARKER_FORMAT


def _patiently(action: Callable[[], T]) -> T:
    """Run a file operation, retrying briefly on PermissionError: on Windows a file
    cannot be replaced while another window reads it, nor read while replaced."""
    for _ in range(_SHARING_RETRIES):
        try:
            return action()
        except PermissionError:
            time.sleep(_LOCK_POLL_SECONDS)
    return action()


def read_marker(root: Path) -> IndexMarker | None:
    """The marker, None if there is none; raises MarkerBrokenError if unreadable."""
    try:
        raw = _patiently(lambda: (root / MARKER_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise MarkerBrokenError(str(error)) from error
    try:
        data = json.loads(raw)
        marker = IndexMarker(**data)
    except (ValueError, TypeError, RecursionError) as error:
        raise MarkerBrokenError(str(error)) from error
    if not _well_typed(marker) or marker.format != MARKER_FORMAT or not _FOLDER_NAME.fullmatch(marker.folder):
        raise MarkerBrokenError(f"unexpected marker {data!r}"[:200])
    return marker


def _well_typed(marker: IndexMarker) -> bool:
    """Garbage that happens to be JSON (a number where a name belongs) is a broken marker too."""
    numbers = (marker.generation, marker.schema, marker.commit, marker.format)
    return (
        isinstance(marker.folder, str)
        and all(type(number) is int for number in numbers)
        and type(marker.damaged) is bool
        and isinstance(marker.files, dict)
        and all(isinstance(name, str) and type(size) is int for name, size in marker.files.items())
    )


def damaged_file(folder: Path, marker: IndexMarker) -> str | None:
    """The first file of the marker's commit that is missing or has another size."""
    for name, size in marker.files.items():
        try:
            actual = (folder / name).stat().st_size
        except OSError:
            return f"{name} is missing"
        if actual != size:
            return f"{name} has {actual} bytes instead of {size}"
    return None


def write_marker(root: Path, marker: IndexMarker) -> None:
    """Replace the marker atomically: readers see the old or the new one, whole."""
    temp = root / f"{MARKER_NAME}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(asdict(marker), out)
            out.flush()
            os.fsync(out.fileno())
        _patiently(lambda: os.replace(temp, root / MARKER_NAME))
    finally:
        temp.unlink(missing_ok=True)


def marker_signature(root: Path) -> tuple[int, int, int] | None:
    """Changes whenever the marker is replaced (cheap to compare before each search)."""
    try:
        st = (root / MARKER_NAME).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def new_folder_name() -> str:
    return f"{FOLDER_PREFIX}{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"


@contextmanager
def hold_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold an OS file lock on ``path``; wait up to ``timeout`` seconds for it.

    OS locks vanish with the process that held them, so a crash never leaves the
    index locked for good.
    """
    lock = FileLock(str(path))
    deadline = time.monotonic() + timeout
    while not lock.acquire(blocking=False):
        if time.monotonic() >= deadline:
            raise SearchIndexLockedError()
        time.sleep(_LOCK_POLL_SECONDS)
    try:
        yield
    finally:
        lock.release()


def remove_leftovers(root: Path, keep: set[str]) -> list[str]:
    """Delete index folders other than ``keep`` that nobody builds; return the rest.

    A folder that cannot be deleted (on Windows: still open in another window) is
    left for the next call.
    """
    remaining: list[str] = []
    for path in sorted(root.glob(f"{FOLDER_PREFIX}*")):
        if path.name in keep or not path.is_dir():
            continue
        lock = FileLock(str(path / BUILDING_LOCK_NAME))
        try:
            free = lock.acquire(blocking=False)
        except OSError:
            free = False
        if not free:
            remaining.append(path.name)
            continue
        lock.release()
        shutil.rmtree(path, ignore_errors=True)
        if path.exists():
            remaining.append(path.name)
    return remaining
