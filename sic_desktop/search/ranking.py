"""Ranking rules on top of the engine's text score.

- Newer notes move up a little: up to 10 % for a note changed today, halving
  every year. Only notes, because an organisation is not less relevant for
  being old.
- Typo matches (fuzzy) only count when the exact search found little, and they
  always rank below every exact hit.
"""

from __future__ import annotations

import datetime as dt

RECENCY_WEIGHT = 0.10
RECENCY_HALF_LIFE_DAYS = 365.0
FUZZY_BELOW = 3  # try typo matches when the exact search finds fewer records
FUZZY_CEILING = 0.9  # the best typo hit reaches 90 % of the weakest exact hit


def recency_factor(record_type: str, updated: dt.date | None, today: dt.date) -> float:
    if record_type != "note" or updated is None:
        return 1.0
    age_days = max(0, (today - updated).days)
    return 1.0 + RECENCY_WEIGHT * 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)


def fuzzy_scores(scores: list[float], weakest_exact: float | None) -> list[float]:
    """Rescale typo-hit scores so that all of them stay below ``weakest_exact``."""
    if weakest_exact is None or not scores:
        return scores
    top = max(scores) or 1.0
    return [weakest_exact * FUZZY_CEILING * s / top for s in scores]
