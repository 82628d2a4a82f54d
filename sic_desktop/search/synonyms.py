"""Terms that mean the same („VHS“ = „Volkshochschule“), applied to the query, not the index.

A shipped list for municipal and social-sector German (``resources/search/synonyms.txt``)
and the team's own groups (``ws.search_synonyms``, Einstellungen → Suche) are read as
groups: one group per line, terms separated by „=“; every term of a group finds the
others. Applying them when searching needs no rebuild, so a group added in the
settings works at the next search.

A query word (or a run of words, „SGB II“) that is a term of a group becomes a
``query_parser.Synonym``: the word itself or any other term of the group (a phrase if it has
several words). Terms are compared in analysed form, so „Flüchtlinge“ also stands
for „Flüchtling“ and „fluechtlinge“. The evaluator notes which hits were found only
through another term, so the result line can say „gefunden über VHS = Volkshochschule“.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sic_desktop.core.services.search_synonyms import SEPARATOR, split_terms
from sic_desktop.search.analysis import WORD, fold, term
from sic_desktop.search.query_parser import AllOf, AnyOf, Clause, ParsedQuery, Phrase, Synonym, Word

SHIPPED_RESOURCE = ("search", "synonyms.txt")



@dataclass(frozen=True)
class SynonymGroup:
    """Terms as written, in their order."""

    terms: tuple[str, ...]

    @property
    def text(self) -> str:
        return f" {SEPARATOR} ".join(self.terms)


def parse_line(line: str) -> SynonymGroup | None:
    """One line of a list; None for a blank line, a comment (#) or fewer than two terms."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    terms = split_terms(line)
    return SynonymGroup(terms) if len(terms) >= 2 else None


def parse_groups(text: str) -> list[SynonymGroup]:
    return [group for line in text.splitlines() if (group := parse_line(line))]


def key(text: str) -> tuple[str, ...]:
    """The analysed form of a term: „Flüchtlinge“ and „Fluechtling“ give the same key.
    A stop word keeps its folded form, so that „OB“ can stand for something."""
    return tuple(term(w) or fold(w) for w in WORD.findall(text))


@lru_cache(maxsize=1)
def shipped_groups() -> tuple[SynonymGroup, ...]:
    # One argument: the frozen program's namespace path takes no more.
    source = resources.files("sic_desktop.resources").joinpath("/".join(SHIPPED_RESOURCE))
    return tuple(parse_groups(source.read_text(encoding="utf-8")))


class SynonymTable:
    """Looks up typed words in ``groups`` and rewrites queries with what they stand for."""

    def __init__(self, groups: Iterable[SynonymGroup]) -> None:
        self._by_key: dict[tuple[str, ...], list[tuple[str, SynonymGroup]]] = {}
        for group in groups:
            for written in group.terms:
                found = key(written)
                if found:
                    self._by_key.setdefault(found, []).append((written, group))
        self._longest = max((len(k) for k in self._by_key), default=0)

    def expand(self, parsed: ParsedQuery) -> ParsedQuery:
        """``parsed`` with every known term turned into a ``Synonym`` clause."""
        if parsed.root is None or not self._by_key:
            return parsed
        return ParsedQuery(parsed.text, self._clause(parsed.root), parsed.unrecognized)

    def _clause(self, clause: Clause) -> Clause:
        if isinstance(clause, Word):
            return self._run([clause])[0]
        if isinstance(clause, AllOf):
            parts = self._run(list(clause.clauses))
            return parts[0] if len(parts) == 1 else AllOf(tuple(parts))
        if isinstance(clause, AnyOf):
            return AnyOf(tuple(self._clause(c) for c in clause.clauses))
        return clause

    def _run(self, clauses: list[Clause]) -> list[Clause]:
        """Clauses with each longest run of plain words that is a known term replaced."""
        out: list[Clause] = []
        i = 0
        while i < len(clauses):
            for length in range(min(self._longest, len(clauses) - i), 0, -1):
                words = clauses[i:i + length]
                plain = [w for w in words if isinstance(w, Word) and not w.prefix]
                if len(plain) == len(words):
                    found = self._synonym(plain)
                    if found is not None:
                        out.append(found)
                        i += length
                        break
            else:
                child = clauses[i]
                out.append(self._clause(child) if isinstance(child, AnyOf) else child)
                i += 1
        return out

    def _synonym(self, words: list[Word]) -> Synonym | None:
        typed = key(" ".join(w.text for w in words))
        entries = self._by_key.get(typed)
        if not entries:
            return None
        alternatives: dict[tuple[str, ...], tuple[str, Clause]] = {}
        for _, group in entries:
            for other in group.terms:
                other_key = key(other)
                if other_key and other_key != typed and other_key not in alternatives:
                    alternatives[other_key] = (other, _clause_for(other))
        if not alternatives:
            return None
        # As typed: the words (stop words left out), not a phrase: reading word positions
        # would cost more than it helps.
        kept = [w for w in words if term(w.text)] or words
        original: Clause = kept[0] if len(kept) == 1 else AllOf(tuple(kept))
        return Synonym(original, entries[0][0], tuple(alternatives.values()))


def _clause_for(text: str) -> Clause:
    words = WORD.findall(text)
    return Word(words[0]) if len(words) == 1 else Phrase(text)


@lru_cache(maxsize=8)
def table_for(lines: tuple[str, ...]) -> SynonymTable:
    """The table of the shipped groups and the team's ``lines``, built once per list:
    building it analyses every term (several milliseconds), and each new search
    service, the first search after opening included, would do it again."""
    return SynonymTable([*shipped_groups(), *(group for line in lines if (group := parse_line(line)))])
