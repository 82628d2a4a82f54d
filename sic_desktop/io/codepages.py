"""Windows code page numbers, as Outlook stores them (PR_INTERNET_CPID, \\ansicpg), to Python's codecs."""

from __future__ import annotations

import codecs

_NAMES = {65001: "utf-8", 20127: "ascii", 28591: "latin-1", 28592: "iso8859-2", 28605: "iso8859-15", 936: "gbk"}


def windows_codec(codepage: int | None) -> str:
    """Python's name for ``codepage``; cp1252 (Western Europe) when there is none or Python does not know it."""
    if not codepage:
        return "cp1252"
    name = _NAMES.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
