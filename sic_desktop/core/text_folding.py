"""Text folding for comparing and sorting names the way German speakers expect.

Names are compared and sorted as in DIN 5007-2 (the phone-book rule): ä = ae,
ö = oe, ü = ue, ß = ss, case ignored. So „Müller“ and „Mueller“ are the same when
filtering, and sort next to each other.
"""

from __future__ import annotations

_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    """„Öffentliche Aufgabe“ → „oeffentliche aufgabe“."""
    return " ".join(text.casefold().translate(_FOLDS).replace("_", " ").split())


def fold_stored(text: str | None) -> str:
    """``fold`` for stored single-line values, as SQL's ``sic_fold``: called once per row when a
    list is filtered, so it skips what validation already did (blanks are collapsed on save)."""
    return text.casefold().translate(_FOLDS) if text else ""


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere in a folded column."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
