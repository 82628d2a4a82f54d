"""What the search index knows about one record: a flat, engine-neutral document.

The core turns each record into a ``SearchDocument`` (linked names resolved, theme
fields as their names); the index never reads SQLite itself. That keeps the index a
cache that can be rebuilt from the database at any time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sic_desktop.core.record_ref import RecordRef, RecordType

# The record types the index holds; ``RECORD_TYPES`` are their values in the index's ``type`` field.
SEARCHED_TYPES: tuple[RecordType, ...] = (
    RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE,
)
RECORD_TYPES: tuple[str, ...] = tuple(t.value for t in SEARCHED_TYPES)


@dataclass(frozen=True)
class SearchDocument:
    """One record as the search sees it.

    ``title`` and ``names`` weigh more than ``body`` in the ranking. Keyword fields
    (``tags`` … ``kind``) are matched by the field filters of the query language
    and, except ``sector``, ``status`` and ``kind``, also by plain words.
    ``date`` feeds ``von:``/``bis:``; ``updated`` lifts newer notes slightly.
    ``links`` are the refs of the records whose names or facets this document
    shows (a note: its organisations, persons, cooperations and theme fields),
    so that a change of those finds the documents to renew.
    """

    ref: RecordRef
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
    links: tuple[RecordRef, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.ref, RecordRef) or self.ref.type not in SEARCHED_TYPES:
            raise ValueError(f"not a searched record: {self.ref!r}")
        for name in ("names", "tags", "themes", "sector", "districts", "links"):
            value = getattr(self, name)
            if isinstance(value, str):  # a lone string would be split into letters
                raise TypeError(f"SearchDocument.{name} must be a sequence of strings")
            object.__setattr__(self, name, tuple(value))
        if isinstance(self.date, dt.datetime):
            object.__setattr__(self, "date", self.date.date())
