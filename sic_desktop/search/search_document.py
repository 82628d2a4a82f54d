"""What the search index knows about one record: a flat, engine-neutral document.

The core turns each record into a ``SearchDocument`` (linked names resolved, theme
fields as their names); the index never reads SQLite itself. That keeps the index a
cache that can be rebuilt from the database at any time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

RECORD_TYPES: tuple[str, ...] = ("organisation", "person", "cooperation", "note")


def make_ref(record_type: str, record_id: int) -> str:
    """The document id of a record, e.g. ``make_ref("note", 42) == "note:42"``."""
    if record_type not in RECORD_TYPES:
        raise ValueError(f"unknown record type {record_type!r}")
    return f"{record_type}:{record_id}"


def split_ref(ref: str) -> tuple[str, int]:
    """``"note:42"`` → ``("note", 42)``; raises ValueError for anything else."""
    record_type, sep, number = ref.partition(":")
    if not sep or record_type not in RECORD_TYPES or not number.isdigit():
        raise ValueError(f"not a search document ref: {ref!r}")
    return record_type, int(number)


@dataclass(frozen=True)
class SearchDocument:
    """One record as the search sees it.

    ``title`` and ``names`` weigh more than ``body`` in the ranking. Keyword fields
    (``tags`` … ``kind``) are matched by the field filters of the query language
    and, except ``sector``, ``status`` and ``kind``, also by plain words.
    ``date`` feeds ``von:``/``bis:``; ``updated`` lifts newer notes slightly.
    ``links`` are the refs of the records whose names or facets this document
    shows (a note: its organisations, persons, cooperations and theme fields as
    ``"theme:3"``), so that a change of those finds the documents to renew.
    """

    ref: str
    title: str
    names: tuple[str, ...] = ()
    body: str = ""
    tags: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    sector: tuple[str, ...] = ()
    status: str | None = None
    districts: tuple[str, ...] = ()
    kind: str | None = None
    date: dt.date | None = None
    updated: dt.datetime | None = None
    links: tuple[str, ...] = ()
    type: str = field(init=False)
    record_id: int = field(init=False)

    def __post_init__(self) -> None:
        record_type, record_id = split_ref(self.ref)
        object.__setattr__(self, "type", record_type)
        object.__setattr__(self, "record_id", record_id)
        for name in ("names", "tags", "themes", "sector", "districts", "links"):
            value = getattr(self, name)
            if isinstance(value, str):  # a lone string would be split into letters
                raise TypeError(f"SearchDocument.{name} must be a sequence of strings")
            object.__setattr__(self, name, tuple(value))
        if isinstance(self.date, dt.datetime):
            object.__setattr__(self, "date", self.date.date())
