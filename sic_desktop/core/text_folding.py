"""Text folding for comparing and sorting names the way German speakers expect.

Names are compared and sorted as in DIN 5007-2 (the phone-book rule): ä = ae,
ö = oe, ü = ue, ß = ss, case ignored. Other accented Latin letters count as their
base letter (DIN 5007-1), so „Şahin“ is found by „Sahin“, „Dąbrowski“ sorts among
the Da… names and „Petrović“ next to „Petrovic“ – the spelling of a name in an
address book exported abroad often differs only in these marks. A name stored
decomposed (as macOS writes it, „u“ + combining diaeresis) folds like the composed one.

The team server's ``sic_fold`` function is written from the same table
(``server_fold_sql``), so both backends filter and sort alike.
"""

from __future__ import annotations

import unicodedata

_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}
# Letters whose base letter Unicode does not give by decomposition.
_OWN_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l",
                "æ": "ae", "œ": "oe", "þ": "th", "ĸ": "k"}
# Marks left over after lower-casing („İ“ becomes „i“ + dot above) or in decomposed text.
_MARKS = ("\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0326\u0327\u0328")


def _letter_folds() -> dict[str, str]:
    """Every Latin letter with a mark (Latin-1 Supplement, Extended-A and -B), both cases, to
    what its lower-case form folds to."""
    folds: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        letter = chr(code)
        lower = letter.lower()
        if len(lower) != 1 or not lower.isalpha():
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
        folded = _GERMAN.get(lower) or _OWN_LETTERS.get(lower) or base
        if folded.isascii() and folded.isalpha() and folded != letter:
            folds[letter] = folded
    folds.update({letter.upper(): folded for letter, folded in _GERMAN.items() if len(letter.upper()) == 1})
    folds.update(_GERMAN)
    folds["İ"] = "i"  # Turkish capital I with dot: lower-cased it is „i“ + a mark
    return folds


_FOLDS = _letter_folds()
_TABLE = str.maketrans({**_FOLDS, **dict.fromkeys(_MARKS, "")})


def fold(text: str) -> str:
    """„Öffentliche Aufgabe“ → „oeffentliche aufgabe“, „Çelik“ → „celik“."""
    return " ".join(fold_stored(text).replace("_", " ").split())


def fold_stored(text: str | None) -> str:
    """``fold`` for stored single-line values, as SQL's ``sic_fold``: called once per row when a
    list is filtered, so it skips what validation already did (blanks are collapsed on save)."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.casefold().translate(_TABLE)


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere in a folded column."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def server_fold_sql() -> str:
    """The body of the team server's ``sic_fold(value text)``: the same folding in SQL, one
    expression PostgreSQL inlines into a list filter. It runs once or twice per row of a filtered
    list, so each value takes the shortest way: plain ASCII is only lower-cased, a value whose only
    other letters are Umlaute and ß gets their replacements; only the rest goes through the whole
    table (a ``translate`` over some hundred letters costs as much as the rest of the filter)."""
    single = {letter: folded for letter, folded in _FOLDS.items() if len(folded) == 1}
    double = {letter: folded for letter, folded in _FOLDS.items() if len(folded) > 1}
    german = {letter: folded for letter, folded in double.items() if letter.lower() in _GERMAN}
    german_only = lower = "lower(value)"
    for letter, spelled in german.items():
        german_only = f"replace({german_only}, '{letter}', '{spelled}')"
    everything = (f"translate(lower(normalize(value, NFC)), '{''.join(single)}{_MARKS}', "
                  f"'{''.join(single.values())}')")
    for letter, spelled in double.items():
        everything = f"replace({everything}, '{letter}', '{spelled}')"
    without_german = f"translate(value, '{''.join(german)}', '')"
    return (f"SELECT coalesce(CASE WHEN octet_length(value) = char_length(value) THEN {lower} "
            f"WHEN octet_length({without_german}) = char_length({without_german}) THEN {german_only} "
            f"ELSE {everything} END, '')")
