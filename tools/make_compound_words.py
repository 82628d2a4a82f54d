"""Make ``resources/search/compound_words.txt.gz``, the word list the compound splitter uses.

    python tools/make_compound_words.py PATH/TO/nouns.csv

The source is the noun list of the package ``german-nouns`` 1.2.5 (compiled from the
German Wiktionary, licence CC BY-SA 4.0; ``pip download german-nouns==1.2.5`` and
unpack ``german_nouns/nouns.csv``). Kept: common nouns (no first names, surnames,
place names, abbreviations, affixes) of 3 to 24 letters, with their nominative
plural forms, because compounds often begin with a plural („Kinder-“, „Frauen-“).

Each line holds a word as it is spelled, folded (``analysis.fold``), and its index
term (``analysis.term``), separated by a tab: the splitter then needs no stemming at
start. ``tests/search/test_compounds.py`` checks that the terms still agree with the
analysis; after a change of the analysis, run this again.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sic_desktop.search.analysis import fold, term

TARGET = Path(__file__).resolve().parent.parent / "resources" / "search" / "compound_words.txt.gz"
_SKIPPED_KINDS = {
    "Toponym", "Vorname", "Nachname", "Eigenname", "Abkürzung", "Buchstabe", "Symbol",
    "Straßenname", "Affix", "Suffix", "Gebundenes Lexem", "Wortverbindung", "Redewendung",
    "Grußformel", "Geflügeltes Wort", "Zahlklassifikator", "Partikel",
}
_WORD = re.compile(r"[a-z]{3,24}")  # checked after folding, so „Café“ is kept as „cafe“
_FORM_COLUMNS = ("nominativ singular", "nominativ plural")


def words(source: Path) -> set[str]:
    with source.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        columns = [i for i, name in enumerate(header) if name.startswith(_FORM_COLUMNS)]
        found: set[str] = set()
        for row in rows:
            if _SKIPPED_KINDS.intersection(row[1].split(",")):
                continue
            for value in (row[0], *(row[i] for i in columns)):
                word = value.strip().lower()
                if _WORD.fullmatch(fold(word)):
                    found.add(word)
    return found


def main() -> None:
    source = Path(sys.argv[1])
    lines = sorted({f"{fold(w)}\t{t}" for w in words(source) if (t := term(w))})
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(TARGET, "wb", mtime=0) as out:  # mtime 0: the same input gives the same file
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} words → {TARGET} ({TARGET.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
