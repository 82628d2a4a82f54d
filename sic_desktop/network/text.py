"""Small text helpers for figures and command-line tables."""

from __future__ import annotations


def german_number(value: int) -> str:
    """``5.000``: thousands separated by a dot, as German readers expect."""
    return f"{value:,}".replace(",", ".")


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{count}`` filled in: „1 Kooperation“, „3 Kooperationen“."""
    return one if count == 1 else many.format(count=german_number(count))
