"""Where a name or address turns up in free text: for access requests and erasure.

Links say which notes belong to a person; free text does not. Before an erasure
or an access request (Art. 15/17 DSGVO) staff need the records whose texts
mention the person without being linked, to review them by hand. Matching is
folded (case, Umlaute) and generous: a false hit costs a glance, a missed one a
forgotten copy of personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.text import like_pattern

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

# Per record type: the free-text columns (SQL expressions) a person may be named in.
TEXT_COLUMNS: dict[RecordType, dict[str, str]] = {
    RecordType.NOTE: {"title": "title", "text": "text", "participants": "participants"},
    RecordType.FOLLOWUP: {"text": "text"},
    RecordType.PERSON: {"name": "first_name || ' ' || last_name", "notes": "notes", "emails": "emails"},
    RecordType.ORGANISATION: {"name": "name", "description": "description", "email": "email"},
    RecordType.COOPERATION: {
        "title": "title",
        "description": "description",
        "goals": "goals",
        "agreements": "agreements",
        "results": "results",
    },
}


@dataclass(frozen=True)
class Mention:
    ref: RecordRef
    title: str
    fields: tuple[str, ...]  # field names whose text matched
    trashed: bool


class MentionService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def find(self, phrases: list[str], *, exclude: set[RecordRef] | frozenset[RecordRef] = frozenset()) -> list[Mention]:
        """Records (trash included) whose free text contains any of ``phrases``, by type then title."""
        patterns = [like_pattern(p) for p in dict.fromkeys(phrases) if p.strip()]
        if not patterns:
            return []
        found: list[Mention] = []
        for record_type, columns in TEXT_COLUMNS.items():
            found += [m for m in self._find_in(record_type, columns, patterns) if m.ref not in exclude]
        order = list(RecordType)
        return sorted(found, key=lambda m: (order.index(m.ref.type), m.title.casefold(), m.ref.id))

    def _find_in(self, record_type: RecordType, columns: dict[str, str], patterns: list[str]) -> list[Mention]:
        # Every row's flags are read and filtered here: each column is folded once, not twice.
        flags = ", ".join(
            "(" + " OR ".join(f"sic_fold({sql}) LIKE ? ESCAPE '\\'" for _ in patterns) + ")" for sql in columns.values()
        )
        rows = self._ws.database.execute(
            f"SELECT id, deleted_at IS NOT NULL, {flags} FROM {record_type.value}", patterns * len(columns)
        )
        names = list(columns)
        hits = {
            RecordRef(record_type, row[0]): (tuple(n for n, hit in zip(names, row[2:]) if hit), bool(row[1]))
            for row in rows
            if any(row[2:])
        }
        titles = self._ws.titles(list(hits), include_trashed=True)
        return [Mention(ref, titles.get(ref, ""), fields, trashed) for ref, (fields, trashed) in hits.items()]
