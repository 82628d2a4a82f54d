"""German text analysis: the same words become the same index terms, typed any way.

Index and query run through ``terms()``, so both sides agree by construction:

1. words are runs of letters/digits (``\\w+``), lower-cased; German stop words
   (also typed without Umlaut: „fuer“, „ueber“) and single characters are dropped;
2. the Snowball German stemmer reduces inflections („Kooperationen“ → „kooperation“)
   and already maps ß→ss and ä/ö/ü→a/o/u;
3. a participle rule of ours strips „-end“ from long stems, so „pflegende“,
   „Teilnehmende“ meet „Pflege“, „Teilnehmer“;
4. ``fold()`` then maps what Snowball left: the spellings ae/oe/ue → a/o/u („Mueller“
   and „Müller“ both end as „mull“), other accents („Çelik“, „Yılmaz“) to plain letters.

Folding *after* stemming matters: folding „Frauen“ to „fraun“ first would hide its
„-en“ ending from the stemmer. Words where „ue“ is no Umlaut („aktuell“) fold the
same on both sides, so they still find each other; the price is a rare collision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from sic_desktop.search.whoosh_imports import GermanStemmer, stoplists

WORD = re.compile(r"\w+")
_SPECIAL_LETTERS = str.maketrans(
    {"ß": "ss", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
     "þ": "th"}
)
_PARTICIPLE = "end"
_PARTICIPLE_MIN_STEM = 7  # „pflegend“ → „pfleg“, but „legend“, „jugend“ stay
_CACHE_LIMIT = 300_000


def fold(text: str) -> str:
    """Lower-case ``text`` and fold ß, Umlaut spellings and accents to plain letters."""
    text = text.lower().translate(_SPECIAL_LETTERS)
    text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text


def keyword_key(value: str) -> str:
    """The comparable form of a tag, theme field, district or other keyword value."""
    return " ".join(fold(value).replace(",", " ").split())


def _stop_words() -> frozenset[str]:
    words = set(stoplists["de"]) | {"dass"}
    return frozenset(words | {fold(w) for w in words} | {_spelled_out(w) for w in words})


def _spelled_out(word: str) -> str:
    """„für“ as typed on a keyboard without Umlauts: „fuer“."""
    return word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


_STOP_WORDS = _stop_words()
_stem = GermanStemmer().stem
_term_cache: dict[str, str | None] = {}


def term(word: str) -> str | None:
    """The index term of one word, or None for a stop word or a single character."""
    try:
        return _term_cache[word]
    except KeyError:
        pass
    lower = word.lower()
    result: str | None = None
    if len(lower) > 1 and lower not in _STOP_WORDS:
        stem = _stem(lower)
        if stem.endswith(_PARTICIPLE) and len(stem) >= _PARTICIPLE_MIN_STEM:
            stem = stem[: -len(_PARTICIPLE)]
        result = fold(stem)
    if len(_term_cache) >= _CACHE_LIMIT:
        _term_cache.clear()
    _term_cache[word] = result
    return result


def terms(text: str) -> list[str]:
    """All index terms of ``text`` in order (stop words left out)."""
    return terms_of(WORD.findall(text))


def terms_of(words: Iterable[str]) -> list[str]:
    """The index terms of ``words`` (found by ``WORD``) in order; the known ones from
    the cache without a call each (a full build looks up five million words)."""
    known = _term_cache.get
    out: list[str] = []
    for word in words:
        found = known(word, word)  # the word itself: not cached yet (or, rarely, its own term)
        if found is word:
            found = term(word)
        if found:
            out.append(found)
    return out


class Token(NamedTuple):
    """One analysed word with its place in the original text (for highlighting)."""

    term: str
    start: int
    end: int


def tokens(text: str) -> Iterator[Token]:
    """The analysed words of ``text`` with character offsets, lazily."""
    for match in WORD.finditer(text):
        t = term(match.group())
        if t:
            yield Token(t, match.start(), match.end())
