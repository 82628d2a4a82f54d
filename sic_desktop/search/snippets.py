"""Short excerpts around the matched words, for the result list of window and CLI.

A snippet is a sequence of spans, each marked as hit or not; ``html`` (escaped,
hits in ``<b>…</b>``) serves the Qt window, ``plain`` the command line and JSON.
Words are matched by their analysed terms, so „Pflege“ lights up „pflegende“, and
by the parts of compounds, so „Garten“ lights up „Gemeinschaftsgarten“.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from dataclasses import dataclass

from sic_desktop.search.analysis import Token, tokens
from sic_desktop.search.compounds import parts

SNIPPET_CHARS = 220
CONTEXT_BEFORE = 60
ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SnippetSpan:
    text: str
    hit: bool = False


@dataclass(frozen=True)
class Snippet:
    spans: tuple[SnippetSpan, ...] = ()

    @property
    def plain(self) -> str:
        return "".join(s.text for s in self.spans)

    @property
    def html(self) -> str:
        return "".join(
            f"<b>{html.escape(s.text)}</b>" if s.hit else html.escape(s.text)
            for s in self.spans
        )

    @property
    def has_hits(self) -> bool:
        return any(s.hit for s in self.spans)


def highlight_window(text: str, terms: Collection[str],
                     max_chars: int = SNIPPET_CHARS) -> Snippet | None:
    """The stretch of ``text`` around its first matching word, or None if none matches."""
    found = tokens(text)
    first = next((t for t in found if _marked(t, text, terms)), None)
    if first is None:
        return None
    start = _word_start(text, max(0, first.start - CONTEXT_BEFORE), first.start)
    end = _word_end(text, start + max_chars, first.end)
    hits = [(first.start, first.end)]
    for t in found:
        if t.start >= end:
            break
        if _marked(t, text, terms) and t.end <= end:
            hits.append((t.start, t.end))
    return _spans(text, start, end, hits)


def highlight_all(text: str, terms: Collection[str]) -> Snippet:
    """All of a short ``text`` (a title, names) with every matching word marked."""
    hits = [(t.start, t.end) for t in tokens(text) if _marked(t, text, terms)]
    return _spans(text, 0, len(text), hits)


def _marked(token: Token, text: str, terms: Collection[str]) -> bool:
    return token.term in terms or any(p in terms for p in parts(text[token.start:token.end]))


def leading(text: str, max_chars: int = SNIPPET_CHARS) -> Snippet:
    """The start of ``text`` without marks, when the match lies elsewhere."""
    if not text:
        return Snippet()
    return _spans(text, 0, _word_end(text, max_chars, 0), [])


def _word_start(text: str, pos: int, limit: int) -> int:
    """Move ``pos`` forward to a word start, not past ``limit`` (the first hit)."""
    if pos == 0:
        return 0
    space = _SPACES.search(text, pos, limit)
    return limit if space is None else space.end()


def _word_end(text: str, pos: int, minimum: int) -> int:
    """Move ``pos`` back to a word end, not before ``minimum`` (the first hit's end)."""
    if pos >= len(text):
        return len(text)
    space = max(text.rfind(" ", minimum, pos), text.rfind("\n", minimum, pos))
    return pos if space < 0 else space


def _spans(text: str, start: int, end: int, hits: list[tuple[int, int]]) -> Snippet:
    spans: list[SnippetSpan] = []
    if start > 0:
        spans.append(SnippetSpan(ELLIPSIS + " "))
    pos = start
    for hit_start, hit_end in hits:
        if hit_start > pos:
            spans.append(SnippetSpan(_SPACES.sub(" ", text[pos:hit_start])))
        spans.append(SnippetSpan(text[hit_start:hit_end], hit=True))
        pos = hit_end
    if pos < end:
        spans.append(SnippetSpan(_SPACES.sub(" ", text[pos:end])))
    if end < len(text):
        spans.append(SnippetSpan(" " + ELLIPSIS))
    return Snippet(tuple(spans))
