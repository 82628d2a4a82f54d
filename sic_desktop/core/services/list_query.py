"""What a list asks for: filters, sorting and paging, the same for every record type.

A service refuses filters it does not understand (a programming error, not user
input), so a list never silently shows unfiltered rows.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date


@dataclass
class ListQuery:
    text: str = ""  # part of a name or title, case and Umlaut-insensitive
    theme_id: int | None = None
    tag: str | None = None
    sector: str | None = None  # organisations, persons (via their organisations)
    status: str | None = None  # cooperations
    kind: str | None = None  # notes
    organisation_id: int | None = None
    person_id: int | None = None
    cooperation_id: int | None = None
    date_from: date | None = None  # notes: date; cooperations: start; follow-ups: due
    date_to: date | None = None
    done: bool | None = None  # follow-ups
    trashed: bool = False  # True: only records in the trash
    sort: str | None = None
    descending: bool = False
    limit: int | None = None
    offset: int = 0

    def active_filters(self) -> set[str]:
        """Names of the filters that are set (paging, sorting and the trash flag excluded)."""
        skip = {"sort", "descending", "limit", "offset", "trashed"}
        default = ListQuery()
        return {
            f.name
            for f in fields(self)
            if f.name not in skip and getattr(self, f.name) != getattr(default, f.name)
        }


# Ids per statement: well within SQLite's limit on parameters.
CHUNK = 5000


def chunks(values: list[int], size: int = CHUNK) -> list[list[int]]:
    """Split id lists so that no statement exceeds SQLite's parameter limit."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def placeholders(values: Collection[object]) -> str:
    return ", ".join("?" for _ in values)
