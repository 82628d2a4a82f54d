"""German compounds split into their parts, so that „Beratung“ finds „Schuldnerberatungsstelle“.

The splitter cuts words as written (folded: „Übergangswohnungen“ → „ubergangswohnungen“)
and gives the index terms (``analysis.term``) of the pieces, as each piece would have
typed alone: stemming the whole compound would turn its end into „…wohn“, where
„Wohnungen“ alone becomes „wohnung“. Pieces are looked up in a word list made from the
German Wiktionary's nouns (``resources/search/compound_words.txt.gz``, CC BY-SA 4.0,
see ``tools/make_compound_words.py``). A word is cut in two where

- the left piece is a noun as spelled („schuldner“, „kinder“), one followed by a
  linking element „s“, „es“, „n“ or „en“ („gemeinschaft|s“, „frau|en“), one that
  dropped its final „e“ („Schul|sozialarbeit“), or one of a few verb stems that
  begin many compounds of the sector („Förder|mittel“, „Wohn|raum“);
- the right piece is a noun, also inflected („…gartens“), or can be cut again;
- both pieces have at least four letters; a few short, frequent nouns may end a
  compound („Jugend|amt“, „Stiftungs|tag“). So „Beruf“ stays whole, and so do words
  whose only cut would leave a derivational ending („Wirt|schaft“, „Gesell|schaft“).

Of several cuts the most even one wins (the longer of the two shorter pieces), which
is rarely wrong for the right-headed German compound; a linking „s“ after endings that
always take one („Arbeit|s|amt“, „Stiftung|s|tag“, not „Arbeit|samt“) wins over that.
Then both pieces are cut again.
A compound yields every piece on the way down: „Schuldnerberatungsstelle“ gives
„schuldn“, „beratungsstell“, „berat“, „stell“.

The word list is read on first use (about 0.3 s); the index's warm-up after opening
does it ahead of the first search.
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
SHORT_HEADS = frozenset({"amt", "tag", "rat", "hof", "weg", "bau", "ort", "zug", "bad", "rad", "bus"})
# Pieces that are nouns in the dictionary but, inside a word, mostly are something
# else: derivational endings and prepositions („Unter|nehmen“).
NO_PARTS = frozenset({
    "schaft", "heit", "keit", "nehm", "unt", "unter", "ober", "hint", "wied", "geg",
    "ander", "erst", "heim", "halt", "stand", "lich", "ung", "ling", "nis", "ster",
})
LINKS = ("s", "es", "n", "en")
ENDINGS = ("s", "es", "n", "en", "e", "ern")  # inflection of a last piece: „…gartens“, „…kindern“
# Left pieces before which a linking „s“ is the rule, so „…ungs|tag“ beats „…ung|stag“.
S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "tat", "itat", "tum", "ling", "arbeit", "amt")
# Verb stems that begin compounds, each with the noun whose term a user would type.
VERB_STEMS = {"forder": "Förderung", "wohn": "Wohnen", "lern": "Lernen", "treff": "Treffen", "trink": "Trinken"}
_CACHE_LIMIT = 300_000
WORDS_RESOURCE = ("search", "compound_words.txt.gz")


class CompoundSplitter:
    """Splits words with a word list of (folded spelling → index term)."""

    def __init__(self, words: Mapping[str, str]) -> None:
        self._words = {w: t for w, t in words.items() if t not in NO_PARTS}
        self._words.update({stem: analysis.term(noun) or stem for stem, noun in VERB_STEMS.items()})
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        """The index terms of a compound's pieces, outermost first; () for a word that is none."""
        return self._split(word)[0]

    def atoms(self, word: str) -> tuple[str, ...]:
        """The index terms of the pieces that are no compounds themselves („schuldn“, „berat“, „stell“)."""
        return self._split(word)[1]

    def expand(self, words: Iterable[str]) -> list[str]:
        """The parts of every compound among ``words`` (as written), in order."""
        out: list[str] = []
        known = self._cache.get
        for word in words:
            if len(word) >= 2 * MIN_PART - 1:
                found = known(word)
                out += found[0] if found is not None else self.parts(word)
        return out

    def _split(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self._cache.get(word)  # as written, then folded: most words come again as written
        if found is None:
            folded = analysis.fold(word)
            found = self._cache.get(folded)
            if found is None:
                found = self._pieces(folded)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = self._cache[folded] = found
        return found

    def _pieces(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        cut = self._best_cut(word)
        if cut is None:
            return (), ()
        (left, left_term), (head, head_term) = cut
        left_parts, left_atoms = self._split(left)
        head_parts, head_atoms = self._split(head)
        parts = dict.fromkeys([left_term, head_term, *left_parts, *head_parts])
        atoms = dict.fromkeys([*(left_atoms or (left_term,)), *(head_atoms or (head_term,))])
        return tuple(parts), tuple(atoms)

    def _best_cut(self, word: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
        best = None
        for i in range(MIN_PART, len(word) - 2):
            left = self._left(word[:i])
            if left is None:
                continue
            head = self._head(word[i:])
            if head is None:
                continue
            score = min(i, len(word) - i)
            if word[i - 1] == "s" and word[: i - 1].endswith(S_LINKED):
                score += len(word)
            if best is None or score >= best[0]:  # a tie: the longer left piece („Stadtteil|laden“)
                best = (score, left, head)
        return None if best is None else (best[1], best[2])

    def _left(self, piece: str) -> tuple[str, str] | None:
        """(spelling, term) of a left piece, its linking element or dropped „e“ undone."""
        for spelling in (piece, *(piece[: -len(link)] for link in LINKS if piece.endswith(link)), piece + "e"):
            if len(spelling) >= MIN_PART and (found := self._words.get(spelling)):
                return spelling, found
        return None

    def _head(self, piece: str) -> tuple[str, str] | None:
        """(spelling, term) of the last piece, also inflected („…gartens“) or a compound itself."""
        if len(piece) < MIN_PART and piece not in SHORT_HEADS:
            return None
        for spelling in (piece, *(piece[: -len(end)] for end in ENDINGS if piece.endswith(end))):
            if (len(spelling) >= MIN_PART or spelling in SHORT_HEADS) and (found := self._words.get(spelling)):
                return piece, found
        if len(piece) >= 2 * MIN_PART and self.parts(piece):
            return piece, analysis.term(piece) or piece
        return None


def read_words() -> dict[str, str]:
    """The shipped word list as folded spelling → index term."""
    # One argument: the frozen program's namespace path takes no more.
    source = resources.files("sic_desktop.resources").joinpath("/".join(WORDS_RESOURCE))
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        fields = text.read().split()  # one split is ten times faster than one per line
    return dict(zip(fields[::2], fields[1::2], strict=False))


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


def parts(word: str) -> tuple[str, ...]:
    """The index terms of a compound's pieces (see ``CompoundSplitter.parts``)."""
    return splitter().parts(word)


def atoms(word: str) -> tuple[str, ...]:
    """The index terms of a compound's smallest pieces (see ``CompoundSplitter.atoms``)."""
    return splitter().atoms(word)
