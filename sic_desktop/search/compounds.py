"""German compounds split into their parts, so that „Beratung“ finds „Schuldnerberatungsstelle“.

The splitter works on index terms (``analysis.term``: stemmed, folded), the form both
the index and the query already have, and looks the pieces up in a word list made
from the German Wiktionary's nouns (``resources/search/compound_words.txt.gz``,
CC BY-SA 4.0, see ``tools/make_compound_words.py``). A term is cut in two where

- the left piece is a noun as spelled („schuldner“, „kinder“), one followed by a
  linking element „s“, „es“, „n“ or „en“ („gemeinschaft|s“, „frau|en“), one that
  dropped its final „e“ („Schul|sozialarbeit“), or one of a few verb stems that
  begin many compounds of the sector („Förder|mittel“, „Wohn|raum“);
- the right piece is the term of a noun („stell“ for „Stelle“, „Stellen“) or can be
  cut again;
- both pieces have at least four letters; a few short, frequent nouns may end a
  compound („Jugend|amt“, „Stiftungs|tag“). So „Beruf“ stays whole, and so do words
  whose only cut would leave a derivational ending („Wirt|schaft“, „Gesell|schaft“).

Of several cuts the most even one wins (the longer of the two shorter pieces), which
is rarely wrong for the right-headed German compound; a linking „s“ after endings that
always take one („Arbeit|s|amt“, „Stiftung|s|tag“, not „Arbeit|samt“) wins over that.
Then both pieces are cut again.
A compound yields every piece on the way down: „Schuldnerberatungsstelle“ gives
„schuldn“, „beratungsstell“, „berat“, „stell“.

The word list is read on first use (about 0.2 s); ``warm()`` does it ahead of time.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterable, Mapping
from importlib import resources

from sic_desktop.search import analysis

MIN_PART = 4
# Nouns of three letters that often end a compound; others of that length mostly cut
# words where they are none („Be|ruf“, „Aus|bildung“).
SHORT_HEADS = frozenset({"amt", "tag", "rat", "hof", "weg", "bau", "ort", "zug", "bad", "rad", "bus", "kur"})
# Pieces that are nouns in the dictionary but, inside a word, mostly are something
# else: derivational endings and prepositions („Unter|nehmen“).
NO_PARTS = frozenset({
    "schaft", "heit", "keit", "nehm", "unt", "unter", "ober", "hint", "wied", "geg",
    "ander", "erst", "heim", "halt", "stand", "lich", "ung", "ling", "nis",
})
LINKS = ("s", "es", "n", "en")
# Left pieces before which a linking „s“ is the rule, so „…ungs|tag“ beats „…ung|stag“.
S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "tat", "itat", "tum", "ling", "arbeit", "amt")
# Verb stems that begin compounds, each with the noun whose term a user would type.
VERB_STEMS = {"forder": "Förderung", "wohn": "Wohnen", "lern": "Lernen", "treff": "Treffen"}
_CACHE_LIMIT = 300_000
WORDS_RESOURCE = ("search", "compound_words.txt.gz")


class CompoundSplitter:
    """Splits index terms with a word list of (folded spelling → index term)."""

    def __init__(self, words: Mapping[str, str]) -> None:
        self._left = {w: t for w, t in words.items() if len(w) >= MIN_PART and t not in NO_PARTS}
        self._left.update({stem: analysis.term(noun) or stem for stem, noun in VERB_STEMS.items()})
        self._heads = {t for t in words.values()
                       if (len(t) >= MIN_PART or t in SHORT_HEADS) and t not in NO_PARTS}
        self._cache: dict[str, tuple[str, ...]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        """The pieces of a compound term, outermost first; () for a word that is none."""
        found = self._cache.get(word)
        if found is None:
            found = tuple(dict.fromkeys(self._pieces(word)))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = found
        return found

    def expand(self, terms: Iterable[str]) -> list[str]:
        """The parts of every compound among ``terms``, in order, repeats kept."""
        out: list[str] = []
        for term in terms:
            if len(term) >= 2 * MIN_PART - 1:
                out += self.parts(term)
        return out

    def _pieces(self, term: str) -> list[str]:
        cut = self._best_cut(term)
        if cut is None:
            return []
        left, head = cut
        return [left, head, *self.parts(left), *self.parts(head)]

    def _best_cut(self, term: str) -> tuple[str, str] | None:
        best: tuple[int, str, str] | None = None
        for i in range(MIN_PART, len(term) - 2):
            head = term[i:]
            left = self._left_term(term[:i])
            if left is None or not self._is_head(head):
                continue
            score = min(i, len(head))
            if term[i - 1] == "s" and term[: i - 1].endswith(S_LINKED):
                score += len(term)
            if best is None or score > best[0]:
                best = (score, left, head)
        return None if best is None else (best[1], best[2])

    def _left_term(self, piece: str) -> str | None:
        found = self._left.get(piece)
        if found is not None:
            return found
        for link in LINKS:
            if piece.endswith(link) and len(piece) - len(link) >= MIN_PART:
                found = self._left.get(piece[: -len(link)])
                if found is not None:
                    return found
        return self._left.get(piece + "e")

    def _is_head(self, head: str) -> bool:
        if head in self._heads:
            return True
        return len(head) >= 2 * MIN_PART and bool(self.parts(head))


def read_words() -> dict[str, str]:
    """The shipped word list as folded spelling → index term."""
    source = resources.files("sic_desktop.resources").joinpath(*WORDS_RESOURCE)
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        fields = text.read().split()  # one split is ten times faster than one per line
    return dict(zip(fields[::2], fields[1::2]))


_splitter: CompoundSplitter | None = None
_loading = threading.Lock()


def splitter() -> CompoundSplitter:
    """The splitter with the shipped word list, made once per process."""
    global _splitter
    if _splitter is None:
        with _loading:
            if _splitter is None:
                _splitter = CompoundSplitter(read_words())
    return _splitter


def parts(term: str) -> tuple[str, ...]:
    """The pieces of a compound index term (see ``CompoundSplitter.parts``)."""
    return splitter().parts(term)
