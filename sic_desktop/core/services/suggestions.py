"""Suggestions for the type-ahead pickers: which record is which, and how it was found.

A picker shows a few records for a few typed letters. Names alone do not tell two
„Nikola Nowak“ apart, so each suggestion carries a detail (function and
organisation of a person, the date of a note, the status of a cooperation, the
district of an organisation). The lists' own text filter finds the records (folded:
„mueller“ finds „Müller“); „Nowak, Nikola“ is read as last name, first name; and
when nothing matches, a name with one typo („Schaefr“) is found among persons and
organisations. A suggestion not found by the letters as typed says so
(``similar``), so nobody links the wrong record unawares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.similarity import within_one_edit
from sic_desktop.core.text_folding import fold

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

# Names are short; a typo in fewer letters would match far too much.
FUZZY_MIN_LETTERS = 4
_FUZZY_TYPES = (RecordType.PERSON, RecordType.ORGANISATION)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Suggestion:
    ref: RecordRef
    title: str
    detail: str  # „Vorstand, Stiftung Dortmund“, „25.11.2026 · Gesprächsnotiz“
    similar: bool = False  # found by a folded or misspelt form, not the letters as typed

    def label(self, *, with_type: bool) -> str:
        """One line for the suggestion list: title, detail, type, and how it was found."""
        parts = [self.detail] if self.detail else []
        if with_type:
            parts.insert(0, self.ref.type.label)
        text = f"{self.title} ({' · '.join(parts)})" if parts else self.title
        if self.similar:
            text += " – " + translate("Suggestions", "ähnlich geschrieben")
        return text


class SuggestionService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def suggest(self, text: str, types: Iterable[RecordType], *, limit: int = 12) -> list[Suggestion]:
        """Up to ``limit`` records per type whose name or title contains ``text``, with details."""
        text = text.strip()
        if not text:
            return []
        suggestions: list[Suggestion] = []
        for record_type in types:
            ids = self._matching_ids(record_type, text, limit)
            suggestions += self._describe(record_type, ids, text)
        return _told_apart(suggestions)

    def _matching_ids(self, record_type: RecordType, text: str, limit: int) -> list[int]:
        service = self._ws.service(record_type)
        ids = service.ids(ListQuery(text=text, limit=limit))
        if record_type is RecordType.PERSON and "," in text:
            last, first = (part.strip() for part in text.split(",", 1))
            ids += service.ids(ListQuery(text=f"{first} {last}".strip(), limit=limit))
        if not ids and record_type in _FUZZY_TYPES:
            ids = self._misspelt(record_type, text, limit)
        return list(dict.fromkeys(ids))[:limit]

    def _misspelt(self, record_type: RecordType, text: str, limit: int) -> list[int]:
        """Records whose name has a word for each typed word, allowing one wrong letter."""
        wanted = _WORD.findall(fold(text.replace(",", " ")))
        if not wanted or min(len(word) for word in wanted) < FUZZY_MIN_LETTERS:
            return []
        found = []
        for record_id, key in self._ws.service(record_type).sort_keys():
            words = _WORD.findall(key)
            if all(any(_close(word, candidate) for candidate in words) for word in wanted):
                found.append(record_id)
                if len(found) == limit:
                    break
        return found

    def _describe(self, record_type: RecordType, ids: list[int], text: str) -> list[Suggestion]:
        if not ids:
            return []
        refs = [RecordRef(record_type, record_id) for record_id in ids]
        titles = self._ws.titles(refs)
        rows = {row["id"]: row for row in self._ws.service(record_type).summaries(ids)}
        typed = _WORD.findall(text.casefold())
        result = []
        for ref in refs:
            if ref not in titles:
                continue
            title = titles[ref]
            row = rows.get(ref.id, {})
            literal = title.casefold()
            similar = not all(word in literal for word in typed) and not _in_email(row, text)
            result.append(Suggestion(ref, title, _detail(record_type, row), similar))
        return result


def _close(typed: str, word: str) -> bool:
    """``word`` starts with ``typed`` or is (or starts with) ``typed`` with one letter wrong."""
    return word.startswith(typed) or within_one_edit(typed, word) or within_one_edit(typed, word[: len(typed)])


def _in_email(row: dict[str, Any], text: str) -> bool:
    return bool(text) and text.casefold() in str(row.get("email", "")).casefold()


def _detail(record_type: RecordType, row: dict[str, Any]) -> str:
    """What tells this record from another of the same name."""
    if record_type is RecordType.PERSON:
        functions = [f for f in str(row.get("functions", "")).split("; ") if f]
        organisations = [o for o in str(row.get("organisations", "")).split("; ") if o]
        first = ", ".join(part for part in (functions[:1] + organisations[:1]) if part)
        if len(organisations) > 1:
            first = translate("Suggestions", "{first} u. a.").format(first=first)
        return first or str(row.get("email", ""))
    if record_type is RecordType.NOTE:
        return " · ".join(part for part in (row.get("note_date", ""), row.get("kind", "")) if part)
    if record_type is RecordType.COOPERATION:
        return str(row.get("status", ""))
    if record_type is RecordType.ORGANISATION:
        return " · ".join(part for part in (row.get("district", ""), row.get("sector", "")) if part)
    return ""


def _told_apart(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Two suggestions that would read the same get their record number added."""
    seen: dict[tuple[RecordType, str, str], int] = {}
    for suggestion in suggestions:
        key = (suggestion.ref.type, suggestion.title.casefold(), suggestion.detail.casefold())
        seen[key] = seen.get(key, 0) + 1
    result = []
    for suggestion in suggestions:
        key = (suggestion.ref.type, suggestion.title.casefold(), suggestion.detail.casefold())
        if seen[key] > 1:
            number = translate("Suggestions", "Nr. {id}").format(id=suggestion.ref.id)
            detail = f"{suggestion.detail} · {number}" if suggestion.detail else number
            suggestion = Suggestion(suggestion.ref, suggestion.title, detail, suggestion.similar)
        result.append(suggestion)
    return result
