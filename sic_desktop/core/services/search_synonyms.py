"""The team's own „Gleichbedeutende Begriffe“ for the search: „VHS = Volkshochschule“.

One group per line, terms separated by „=“; the search adds them to its shipped list
at query time (``search.synonyms``), so a change works at the next search without a
rebuild. Like saved searches they belong to the data folder (the whole team uses
them) and to the full export; saving them bumps no data generation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import FieldError, ValidationError
from sic_desktop.core.i18n import translate

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

SEPARATOR = "="
TERM_MAX = 100
GROUPS_MAX = 2000


@dataclass(frozen=True)
class SynonymRow:
    id: int
    terms: str
    updated_at: str
    updated_by: str


class SearchSynonymService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def all(self) -> list[SynonymRow]:
        rows = self._ws.database.query("SELECT * FROM search_synonym ORDER BY id")
        return [SynonymRow(**row) for row in rows]

    def lines(self) -> list[str]:
        """The groups as the user wrote them, one per line."""
        return [row.terms for row in self.all()]

    def replace(self, text: str) -> list[str]:
        """Keep the groups in ``text`` (one per line; blank lines and „#“ comments are
        left out) instead of the stored ones; returns the lines kept.

        Raises ValidationError naming each line that is not a group of two or more terms.
        """
        lines = [" = ".join(terms) for terms in _checked(text)]
        stamp = now_utc()
        with self._ws.database.write():
            self._ws.database.execute("DELETE FROM search_synonym")
            self._ws.database.executemany(
                "INSERT INTO search_synonym (terms, updated_at, updated_by) VALUES (?, ?, ?)",
                [(line, stamp, self._ws.user) for line in lines],
            )
        return lines

    def restore(self, rows: list[SynonymRow]) -> None:
        """Store groups as they are, ids and stamps included (reading a full export)."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO search_synonym (id, terms, updated_at, updated_by) VALUES (?, ?, ?, ?)",
                [(r.id, r.terms, r.updated_at, r.updated_by) for r in rows],
            )


def split_terms(line: str) -> tuple[str, ...]:
    """The distinct terms of one line, spaces tidied: „VHS = Volkshochschule“ → two terms."""
    return tuple(dict.fromkeys(" ".join(t.split()) for t in line.split(SEPARATOR) if t.strip()))


def _checked(text: str) -> list[tuple[str, ...]]:
    groups: list[tuple[str, ...]] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        terms = split_terms(line)
        if len(terms) < 2:
            problems.append(translate(
                "SearchSynonyms", "Zeile {line}: „{text}“ braucht mindestens zwei verschiedene Begriffe, getrennt "
                "durch „=“ (z. B. „VHS = Volkshochschule“).").format(line=number, text=line))
        elif any(len(t) > TERM_MAX for t in terms):
            problems.append(translate(
                "SearchSynonyms", "Zeile {line}: ein Begriff ist länger als {count} Zeichen.").format(
                    line=number, count=TERM_MAX))
        else:
            groups.append(terms)
    if len(groups) > GROUPS_MAX:
        problems.append(translate("SearchSynonyms", "Es sind höchstens {count} Zeilen möglich.").format(
            count=GROUPS_MAX))
    if problems:
        label = translate("SearchSynonyms", "Gleichbedeutende Begriffe")
        raise ValidationError([FieldError("synonyms", label, p) for p in problems])
    return groups
