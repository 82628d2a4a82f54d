"""Styled text runs: the one way user text becomes reportlab Paragraph markup.

Blocks describe text as runs (text plus bold/italic/mono/strike) instead of
markup strings, so that escaping, the glyph check per font and the cutting of
very long texts happen in one place and never break a tag apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from sic_desktop.pdf_fonts import MONO, font_name, font_style
from sic_desktop.reports.glyphs import GlyphCheck

# reportlab re-wraps the whole rest of a paragraph at every page break, which
# makes one paragraph of 200 pages take minutes; pieces of this size keep it linear.
CHUNK_CHARS = 2000
_CODE_BACKGROUND = "#EEF0F3"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text in one style; ``\\n`` inside ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    mono: bool = False
    strike: bool = False


Line = list[Run]


def to_markup(runs: Sequence[Run], glyphs: GlyphCheck, paragraph_font: str) -> str:
    """Paragraph markup for ``runs`` in a paragraph set in ``paragraph_font``."""
    bold, italic, mono = font_style(paragraph_font)
    parts = []
    for run in runs:
        font = font_name(bold=bold or run.bold, italic=italic or run.italic, mono=mono or run.mono)
        text = escape(glyphs.clean(run.text, font)).replace("\n", "<br/>")
        if run.strike:
            text = f"<strike>{text}</strike>"
        if run.italic and not italic:
            text = f"<i>{text}</i>"
        if run.bold and not bold:
            text = f"<b>{text}</b>"
        if run.mono and not mono:
            text = f'<font face="{MONO}" backColor="{_CODE_BACKGROUND}">{text}</font>'
        parts.append(text)
    return "".join(parts)


def chunks(runs: Sequence[Run], limit: int = CHUNK_CHARS) -> list[list[Run]]:
    """Cut a paragraph into pieces of at most ``limit`` characters.

    Pieces end at line breaks, so they read exactly like the uncut text; only
    a single line longer than ``limit`` is cut, after a space where there is one.
    """
    pieces: list[list[Run]] = []
    current: list[Run] = []
    size = 0
    fresh = True  # no line in ``current`` yet
    for line in _lines(runs):
        parts = _cut_line(line, limit)
        if len(parts) > 1 or (not fresh and size + 1 + _length(parts[0]) > limit):
            if not fresh:
                pieces.append(current)
            current, size, fresh = [], 0, True
        if not fresh:
            current.append(Run("\n"))
            size += 1
        *whole, last = parts
        pieces.extend(whole)
        current.extend(last)
        size += _length(last)
        fresh = False
    pieces.append(current)
    return pieces


def _length(line: Line) -> int:
    return sum(len(run.text) for run in line)


def _lines(runs: Sequence[Run]) -> Iterator[Line]:
    line: Line = []
    for run in runs:
        first, *rest = run.text.split("\n")
        if first:
            line.append(replace(run, text=first))
        for text in rest:
            yield line
            line = [replace(run, text=text)] if text else []
    yield line


def _cut_line(line: Line, limit: int) -> list[Line]:
    """``line`` in pieces of at most ``limit`` characters, cut after spaces if possible."""
    text = "".join(run.text for run in line)
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        space = text.rfind(" ", start + 1, start + limit)
        start = space + 1 if space > start else start + limit
        cuts.append(start)
    if not cuts:
        return [line]
    pieces: list[Line] = [[]]
    pos = 0
    pending = iter(cuts)
    cut = next(pending, None)
    for run in line:
        rest = run.text
        while cut is not None and cut < pos + len(rest):
            head = cut - pos
            if head:
                pieces[-1].append(replace(run, text=rest[:head]))
            pieces.append([])
            rest, pos = rest[head:], cut
            cut = next(pending, None)
        if rest:
            pieces[-1].append(replace(run, text=rest))
            pos += len(rest)
    return pieces
