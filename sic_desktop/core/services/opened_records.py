"""What a service last handed out of each record (opened in the window, or saved), for its next save.

A save of a record whose own fields alone changed since it was handed out needs no read first: the
version handed out goes into the UPDATE's condition, the changed fields follow from the fields handed
out, and the links (which such a save leaves alone) go back as they were handed out. On the team
server that makes the save one round trip instead of two (``RecordService._update_fields``).
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

# How many records a service keeps, the least recently handed out dropped first.
KEPT = 256


@dataclass(frozen=True)
class Opened:
    """A record as handed out: its version, its comparable fields (``RecordService._fingerprint``) and
    copies of its links, which its caller may change in place."""

    version: int
    fields: dict[str, Any]
    links: dict[str, Any]


class OpenedRecords:
    """Record id → ``Opened``, for the last ``KEPT`` records; safe for the window's reading and saving
    lanes at once."""

    def __init__(self) -> None:
        self._kept: OrderedDict[int, Opened] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, record_id: int, opened: Opened) -> None:
        with self._lock:
            self._kept[record_id] = opened
            self._kept.move_to_end(record_id)
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)

    def get(self, record_id: int) -> Opened | None:
        return self._kept.get(record_id)


def detached(value: Any) -> Any:
    """A link field's value that shares nothing its holder could change: a new list of copied items."""
    return [copy.copy(item) for item in value] if isinstance(value, list) else value
