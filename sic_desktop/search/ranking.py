"""Ranking rules on top of the engine's text score.

- Newer notes move up a little: up to 10 % for a note changed today, halving
  every year. Only notes, because an organisation is not less relevant for
  being old.
- Typo matches (fuzzy) only count when the exact search found little, and they
  always rank below every exact hit ...
- ... except that ranks come in tiers before scores: a person or organisation whose
  name holds every query word (exactly, as the start of a word, or with a typo:
  „Schaefr“ → Jens Schäfer) comes first, then any record whose title holds every
  word exactly, as a start or as a part of a compound; only then the text score decides. So a contact is
  found above the ten notes that mention the contact, and a note about a thing above
  notes that mention it in passing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

RECENCY_WEIGHT = 0.10
RECENCY_HALF_LIFE_DAYS = 365.0
FUZZY_BELOW = 3  # try typo matches when the exact search finds fewer records
FUZZY_CEILING = 0.9  # the best typo hit reaches 90 % of the weakest exact hit
NAMED_TYPES = frozenset({"person", "organisation"})
PREFIX_MIN = 4  # a query word shorter than this must match a title word whole


def recency_factor(record_type: str, updated: dt.date | None, today: dt.date) -> float:
    if record_type != "note" or updated is None:
        return 1.0
    age_days = max(0, (today - updated).days)
    return 1.0 + RECENCY_WEIGHT * float(0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS))


def fuzzy_scores(scores: list[float], weakest_exact: float | None) -> list[float]:
    """Rescale typo-hit scores so that all of them stay below ``weakest_exact``."""
    if weakest_exact is None or not scores:
        return scores
    top = max(scores) or 1.0
    return [weakest_exact * FUZZY_CEILING * s / top for s in scores]


def title_tier(record_type: str, title_terms: Sequence[str], choices: Sequence[Collection[str]],
               near: Callable[[str, str], bool]) -> int:
    """2: a person or organisation named by the query (typos allowed); 1: a record whose
    title holds every query word; 0: anything else. ``choices`` holds, per query word,
    the terms that stand for it (the word and its synonyms); ``near(a, b)`` says
    whether ``b`` is ``a`` with a typo."""
    if not choices or not title_terms:
        return 0
    if all(any(_starts(t, c) for t in title_terms for c in terms) for terms in choices):
        return 2 if record_type in NAMED_TYPES else 1
    if record_type in NAMED_TYPES and all(
        any(near(c, t) for t in title_terms for c in terms) for terms in choices
    ):
        return 2
    return 0


def _starts(title_term: str, choice: str) -> bool:
    return title_term == choice or (len(choice) >= PREFIX_MIN and title_term.startswith(choice))
