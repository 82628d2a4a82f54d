"""Page geometry, colours and paragraph styles of all SIC Desktop PDFs.

A4 with the margins of German office letters (DIN 5008: 25 mm left, 20 mm
right), 10 pt text, restrained colour that still reads when printed in black
and white. Styles are made once per process; blocks never change them.
"""

from __future__ import annotations

import functools

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from sic_desktop.pdf_fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

PAGE_SIZE = A4
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
HEADER_BASELINE = PAGE_SIZE[1] - 13 * mm
FOOTER_BASELINE = 11 * mm
FRAME_WIDTH = PAGE_SIZE[0] - LEFT_MARGIN - RIGHT_MARGIN
FRAME_HEIGHT = PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN

TEXT = HexColor("#1A1A1A")
MUTED = HexColor("#5B626B")
ACCENT = HexColor("#1F4E79")
RULE = HexColor("#AEB6BF")
ROW_RULE = HexColor("#D5DAE0")
TABLE_HEADER_BACKGROUND = HexColor("#E6EAEE")

LIST_INDENT = 16.0  # per list level
LIST_BULLET_INDENT = 3.0  # of the outermost bullets
QUOTE_INDENT = 12.0


class Styles:
    """The named paragraph styles; derived styles are made on demand and cached."""

    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle(
            "body",
            fontName=SANS,
            fontSize=10,
            leading=14,
            textColor=TEXT,
            spaceAfter=6,
            allowWidows=0,
            allowOrphans=0,
            bulletFontName=SANS,
        )
        self.muted = ParagraphStyle("muted", parent=self.body, fontSize=9, leading=12.5, textColor=MUTED)
        self.quote = ParagraphStyle("quote", parent=self.body, textColor=MUTED)
        self.hint = ParagraphStyle("hint", parent=self.muted, fontName=SANS_ITALIC, spaceAfter=8)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=SANS_BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=3
        )
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=11, leading=14, textColor=MUTED, spaceAfter=12)
        heading = ParagraphStyle("heading", parent=self.body, fontName=SANS_BOLD, keepWithNext=1)
        self.headings = (
            ParagraphStyle("h0", parent=heading, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=14, spaceAfter=6),
            ParagraphStyle("h1", parent=heading, fontSize=12, leading=15.5, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
            ParagraphStyle("h2", parent=heading, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        )
        # Headings inside a note stay below the section headings they are filed under.
        self.note_headings = (
            ParagraphStyle("md1", parent=heading, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
            ParagraphStyle("md2", parent=heading, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2),
            ParagraphStyle("md3", parent=heading, fontSize=10, leading=14, spaceBefore=6, spaceAfter=2),
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5, spaceAfter=0)
        self.header_cell = ParagraphStyle("header_cell", parent=self.cell, fontName=SANS_BOLD, fontSize=8.5)
        self.label_cell = ParagraphStyle("label_cell", parent=self.cell, fontName=SANS_BOLD, textColor=MUTED)
        self.code = ParagraphStyle(
            "code",
            parent=self.body,
            fontName=MONO,
            fontSize=8.5,
            leading=11,
            backColor=HexColor("#F1F3F5"),
            borderPadding=(3, 4, 3, 4),
            leftIndent=4,
            rightIndent=4,
            spaceBefore=4,
            spaceAfter=8,
        )

    def heading(self, level: int) -> ParagraphStyle:
        return self.headings[min(level, len(self.headings) - 1)]

    def note_heading(self, level: int) -> ParagraphStyle:
        """Style of a Markdown heading ``#``… (level 1 to 6)."""
        return self.note_headings[min(level, len(self.note_headings)) - 1]

    @functools.cache  # noqa: B019 (one Styles object lives as long as the process)
    def indented(self, style: ParagraphStyle, indent: float, hanging: float = 0.0) -> ParagraphStyle:
        """``style`` starting ``indent`` points further right.

        List items (``hanging`` > 0) put their bullet there, the text ``hanging``
        points further, and sit closer together.
        """
        return ParagraphStyle(
            f"{style.name}+{indent:g}/{hanging:g}",
            parent=style,
            leftIndent=style.leftIndent + indent + hanging,
            bulletIndent=style.leftIndent + indent,
            spaceAfter=min(style.spaceAfter, 3) if hanging else style.spaceAfter,
        )

    @functools.cache  # noqa: B019
    def kept_with_next(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` for a line that must not end a page without what follows it."""
        return ParagraphStyle(f"{style.name}+keep", parent=style, keepWithNext=1)

    @functools.cache  # noqa: B019
    def piece(self, style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
        """``style`` for one piece of a cut paragraph: no space between the pieces."""
        if first and last:
            return style
        return ParagraphStyle(
            f"{style.name}[{int(first)}{int(last)}]",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )


@functools.cache
def styles() -> Styles:
    return Styles()
