"""Keep spreadsheet programs from running exported cells as formulas.

A contact's note that starts with ``=`` (or ``+``, ``-``, ``@``, tab, carriage
return) is run as a formula when the CSV is opened in Excel, which can leak
data or start programs ("CSV injection"). The writer puts an apostrophe in
front, Excel's own "this is text" mark. To keep the round trip lossless a text
that already starts with apostrophes before such a character gets one more,
and the reader removes exactly one again.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _needs_guard(text: str) -> bool:
    return text.lstrip("'")[:1] in _TRIGGERS


def guard(text: str) -> str:
    """The text as written to a CSV cell."""
    return "'" + text if _needs_guard(text) else text


def unguard(text: str) -> str:
    """Undo ``guard``; other texts starting with an apostrophe stay as they are."""
    return text[1:] if text.startswith("'") and _needs_guard(text) else text
