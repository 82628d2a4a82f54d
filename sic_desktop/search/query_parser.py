"""The query language users type, read into a small engine-neutral tree.

Syntax (``help_text.search_help_text()`` explains it to users): words must all
match; "a phrase" in quotes („…“ works too); ``OR``/``ODER`` between two parts
(binds tighter than the implicit AND, as in web search); ``-word`` excludes;
``prefix*``; field filters such as ``typ:notiz`` or ``themenfeld:"Work & Care"``;
``von:``/``bis:`` with German or ISO dates.

Reading never fails: whatever does not fit (an unknown filter value, a dangling
quote, a lone ``OR``) is read as plain words or dropped, and listed in
``ParsedQuery.unrecognized`` so the window can hint at it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sic_desktop.search import vocabulary
from sic_desktop.search.period_bounds import parse_period_bound


@dataclass(frozen=True)
class Word:
    """A word to find; ``span`` is its place in the query text (for „Meinten Sie“)."""

    text: str
    prefix: bool = False
    span: tuple[int, int] = field(default=(0, 0), compare=False)


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class FieldFilter:
    """``field`` is a document field ("type", "themes", …), ``value`` its stored form."""

    field: str
    value: str
    prefix: bool = False


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Not:
    clause: Clause


@dataclass(frozen=True)
class AnyOf:
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class AllOf:
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Synonym:
    """What the user typed (``original``, written ``typed`` in the synonym list) and the
    terms that mean the same, each as (written form, clause); see ``synonyms``."""

    original: Clause
    typed: str
    alternatives: tuple[tuple[str, Clause], ...]


Clause = Word | Phrase | FieldFilter | DateRange | Not | AnyOf | AllOf | Synonym


@dataclass(frozen=True)
class ParsedQuery:
    """``root`` is None for a query that asks for nothing (empty, only stop signs)."""

    text: str
    root: Clause | None
    unrecognized: tuple[str, ...] = ()

    def positive_words(self) -> list[Word]:
        """The words that must or may match (not excluded ones), in query order."""
        found: list[Word] = []

        def walk(clause: Clause) -> None:
            if isinstance(clause, Word):
                found.append(clause)
            elif isinstance(clause, (AllOf, AnyOf)):
                for child in clause.clauses:
                    walk(child)
            elif isinstance(clause, Synonym):
                walk(clause.original)

        if self.root is not None:
            walk(self.root)
        return found


_OR_WORDS = frozenset({"OR", "ODER"})
_QUOTES = {'"': '"', "„": "“", "“": "”", "»": "«"}
# A raw token: optional minus, optional "name:", then a quoted value or a bare run.
_TOKEN = re.compile(
    r"""(?P<neg>-)?
        (?:(?P<name>[^\s:"„“»()-][^\s:"„“»()]*):)?
        (?:(?P<open>["„“»])(?P<quoted>[^"“”«]*)(?P<close>["“”«])
          |(?P<bare>[^\s"„“»()]*))""",
    re.VERBOSE,
)


def parse_query(text: str) -> ParsedQuery:
    """Read ``text`` as typed in the search field; never raises."""
    unrecognized: list[str] = []
    groups: list[list[Clause]] = []
    pending_or = False
    pos = 0
    while pos < len(text):
        if text[pos].isspace() or text[pos] in "()":
            pos += 1
            continue
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:  # a lone quote sign: skip it
            unrecognized.append(text[pos])
            pos += 1
            continue
        pos = m.end()
        raw = m.group()
        if raw in _OR_WORDS:
            if not groups:
                unrecognized.append(raw)
            pending_or = bool(groups)
            continue
        clause = _read_token(m, text, unrecognized)
        if clause is None:
            continue
        if pending_or and groups:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        pending_or = False
    if pending_or:
        unrecognized.append("OR")
    parts: list[Clause] = []
    for group in groups:
        if len(group) > 1:
            parts.append(AnyOf(tuple(group)))
        elif isinstance(group[0], AllOf):  # "E-Mail" among other words: one level
            parts.extend(group[0].clauses)
        else:
            parts.append(group[0])
    parts = _merge_date_ranges(parts)
    root: Clause | None = None
    if len(parts) == 1:
        root = parts[0]
    elif parts:
        root = AllOf(tuple(parts))
    return ParsedQuery(text=text, root=root, unrecognized=tuple(unrecognized))


def _merge_date_ranges(parts: list[Clause]) -> list[Clause]:
    """„von:… bis:…“ as one range: a single lookup instead of two open-ended ones."""
    ranges = [p for p in parts if isinstance(p, DateRange)]
    if len(ranges) < 2:
        return parts
    starts = [r.start for r in ranges if r.start]
    ends = [r.end for r in ranges if r.end]
    merged = DateRange(max(starts, default=None), min(ends, default=None))
    first = parts.index(ranges[0])
    rest = [p for p in parts if not isinstance(p, DateRange)]
    return [*rest[:first], merged, *rest[first:]]


def _read_token(m: re.Match[str], text: str, unrecognized: list[str]) -> Clause | None:
    negate = m.group("neg") is not None
    name = m.group("name")
    quoted = m.group("quoted")
    value = quoted if quoted is not None else (m.group("bare") or "")
    clause: Clause | None
    if name is not None and vocabulary.is_filter_name(name):
        clause = _read_filter(name, value, quoted is not None)
        if clause is None:
            unrecognized.append(m.group().lstrip("-"))
            clause = _plain(text[m.start("name"):m.end()], m.start("name"))
    elif name is not None:  # "10:30", "https://…": not a filter, just words
        clause = _plain(text[m.start("name"):m.end()], m.start("name"))
    elif quoted is not None:
        clause = Phrase(quoted) if quoted.strip() else None
    else:
        clause = _plain(value, m.start("bare"))
    if clause is None:
        return None
    return Not(clause) if negate else clause


def _read_filter(name: str, value: str, quoted: bool) -> Clause | None:
    if bound := vocabulary.date_bound(name):
        day = parse_period_bound(value, end=bound == "to")
        if day is None:
            return None
        return DateRange(start=day) if bound == "from" else DateRange(end=day)
    doc_field = vocabulary.filter_field(name)
    if doc_field is None:
        return None
    prefix = not quoted and value.endswith("*")
    stored = vocabulary.filter_value(doc_field, value.rstrip("*") if prefix else value)
    if stored is None:
        return None
    return FieldFilter(doc_field, stored, prefix=prefix and doc_field in vocabulary.OPEN_FIELDS)


def _plain(text: str, start: int) -> Clause | None:
    """One typed run without field: a word, a prefix, or several words (``E-Mail``)."""
    prefix = text.endswith("*")
    words = [
        Word(w.group(), prefix=prefix and w.end() == len(text.rstrip("*")),
             span=(start + w.start(), start + w.end()))
        for w in re.finditer(r"\w+", text)
    ]
    if not words:
        return None
    if len(words) == 1:
        return words[0]
    return AllOf(tuple(words))
