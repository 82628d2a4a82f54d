"""Make user text drawable: every character either has a glyph in its font or is replaced.

A TrueType font without a glyph makes reportlab draw the font's empty box
("tofu") with no word of complaint. Users type anything (emoji, Chinese names,
pasted control characters), so each text goes through :class:`GlyphCheck`
before it reaches a font; what had to be replaced is reported back to the
caller as one German warning.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from sic_desktop.core.i18n import translate

# U+FFFD is the replacement character readers know from e-mails and web pages;
# all shipped fonts have it, so it stands out and cannot be taken for tofu.
SUBSTITUTE = "\ufffd"
_SHOWN_IN_WARNING = 12


def _invisible(ch: str) -> bool:
    """Control, format and variation characters that draw nothing anyway."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Cc", "Cf")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


def one_line(text: str) -> str:
    """``text`` for a single line (header, outline): whitespace runs become one space,
    invisible characters go."""
    return " ".join("".join(ch for ch in text if not _invisible(ch) or ch.isspace()).split())


def _shown(ch: str) -> str:
    """How a missing character is named in the warning (invisible ones by code)."""
    if ch.isprintable() and unicodedata.category(ch) != "Cs":
        return ch
    return f"U+{ord(ch):04X}"


class GlyphCheck:
    """Cleans text for one font at a time and remembers every character it replaced."""

    def __init__(self, coverage: Mapping[str, frozenset[int]]) -> None:
        self._coverage = coverage
        self._missing: dict[str, None] = {}  # insertion-ordered set

    def clean(self, text: str, font: str) -> str:
        """``text`` with line ends as ``\\n`` and only characters ``font`` can draw.

        Missing spaces become plain spaces, invisible characters are dropped,
        anything else becomes :data:`SUBSTITUTE` and is remembered.
        """
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        covered = self._coverage[font]
        if covered.issuperset(map(ord, text.replace("\n", ""))):
            return text
        out = []
        for ch in text:
            if ch == "\n" or ord(ch) in covered:
                out.append(ch)
            elif ch == "\t" or unicodedata.category(ch) == "Zs":
                out.append(" ")
            elif not _invisible(ch):
                out.append(SUBSTITUTE)
                self._missing[ch] = None
        return "".join(out)

    @property
    def missing(self) -> tuple[str, ...]:
        """The replaced characters, each once, in order of appearance."""
        return tuple(self._missing)

    def warning(self) -> str | None:
        """The German message for the caller, or None when nothing was replaced."""
        if not self._missing:
            return None
        shown = " ".join(_shown(ch) for ch in self.missing[:_SHOWN_IN_WARNING])
        if len(self._missing) > _SHOWN_IN_WARNING:
            shown += " …"
        return translate(
            "Reports",
            "{count} Zeichen konnten in der PDF nicht dargestellt werden "
            "und erscheinen dort als „{substitute}“: {characters}",
        ).format(count=len(self._missing), substitute=SUBSTITUTE, characters=shown)


def encodable(text: str) -> str:
    """``text`` without lone surrogates, which no PDF string (metadata, outline) can hold."""
    return "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
