"""Small text helpers for figures and command-line tables."""

from __future__ import annotations

from sic_desktop.core.i18n import number


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{count}`` filled in: „1 Kooperation“, „3 Kooperationen“."""
    return one if count == 1 else many.format(count=number(count))
