"""Where a name or address turns up in free text: for access requests and erasure.

Links say which notes belong to a person; free text does not. Before an erasure
or an access request (Art. 15/17 DSGVO) staff need the records whose texts
mention the person without being linked, to review them by hand. Matching is
folded (case, Umlaute) and generous: a false hit costs a glance, a missed one a
forgotten copy of personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.text_folding import fold

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
        "impact_problem": "impact_problem",
        "impact_target_direct": "impact_target_direct",
        "impact_target_indirect": "impact_target_indirect",
        "impact_outcomes": "impact_outcomes",
        "impact_assumptions": "impact_assumptions",
    },
    RecordType.INDICATOR: {"name": "name", "definition": "definition", "source": "source"},
    RecordType.MEASUREMENT: {"comment": "comment"},
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
        folded = [fold(p) for p in dict.fromkeys(phrases) if p.strip()]
        if not folded:
            return []
        found: list[Mention] = []
        for record_type, columns in TEXT_COLUMNS.items():
            found += [m for m in self._find_in(record_type, columns, folded) if m.ref not in exclude]
        in_text = {m.ref: m for m in found}
        for mention in self._find_in_attachments(folded):
            if mention.ref in exclude:
                continue
            if mention.ref in in_text:  # one entry per record: „Text, Anhänge“
                found.remove(in_text[mention.ref])
                mention = replace(in_text[mention.ref], fields=(*in_text[mention.ref].fields, *mention.fields))
            found.append(mention)
        order = list(RecordType)
        return sorted(found, key=lambda m: (order.index(m.ref.type), m.title.casefold(), m.ref.id))

    def _find_in(self, record_type: RecordType, columns: dict[str, str], folded: list[str]) -> list[Mention]:
        # SQLite's LIKE narrows the rows down fast; folding in Python then decides.
        patterns = [_rough_pattern(f) for f in folded]
        any_column = " OR ".join(f"({sql}) LIKE ? ESCAPE '\\'" for sql in columns.values() for _ in patterns)
        rows = self._ws.database.execute(
            f"SELECT id, deleted_at IS NOT NULL, {', '.join(columns.values())} FROM {record_type.value} "
            f"WHERE {any_column}",
            patterns * len(columns),
        )
        hits: dict[RecordRef, tuple[tuple[str, ...], bool]] = {}
        for row in rows:
            fields = tuple(
                name for name, value in zip(columns, row[2:], strict=False) if any(f in fold(value or "") for f in folded)
            )
            if fields:
                hits[RecordRef(record_type, row[0])] = (fields, bool(row[1]))
        titles = self._ws.titles(list(hits), include_trashed=True)
        return [Mention(ref, titles.get(ref, ""), fields, trashed) for ref, (fields, trashed) in hits.items()]


    def _find_in_attachments(self, folded: list[str]) -> list[Mention]:
        """Records whose attachments name the person in their file name or extracted text."""
        patterns = [_rough_pattern(f) for f in folded]
        condition = " OR ".join("name LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\'" for _ in patterns)
        rows = self._ws.database.execute(
            "SELECT note_id, organisation_id, person_id, cooperation_id, name, text FROM attachment "
            f"WHERE {condition}",
            [p for pattern in patterns for p in (pattern, pattern)],
        )
        owners: set[RecordRef] = set()
        for row in rows:
            if any(f in fold(row[4]) or f in fold(row[5] or "") for f in folded):
                kind, number = next((t, i) for t, i in zip(_ATTACHMENT_OWNERS, row[:4], strict=False) if i is not None)
                owners.add(RecordRef(kind, number))
        titles = self._ws.titles(list(owners), include_trashed=True)
        return [
            Mention(ref, titles.get(ref, ""), ("attachments",), not self._ws.service(ref.type).exists(ref.id))
            for ref in owners
        ]


_ATTACHMENT_OWNERS = (RecordType.NOTE, RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION)


def _rough_pattern(folded: str) -> str:
    """A LIKE pattern that matches at least every text whose folded form contains ``folded``.

    LIKE ignores case only for ASCII letters, so whatever folding may have produced
    (ä → ae, ß → ss, any other non-ASCII letter, runs of blanks) becomes a wildcard.
    """
    parts = re.split(r"ae|oe|ue|ss|[^\x00-\x7f]|\s+", folded)
    escaped = [p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for p in parts]
    return "%" + "%".join(p for p in escaped if p) + "%"
