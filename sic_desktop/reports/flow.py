"""The flowables every block is made of, and what one rendering needs to make them.

A :class:`Flow` lives for one rendering: it holds the shared styles, the glyph
check that collects this rendering's warnings, and the outline levels so far.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn

from sic_desktop.reports.glyphs import GlyphCheck, encodable, one_line
from sic_desktop.reports.runs import Run, chunks, to_markup
from sic_desktop.reports.styles import Styles

# Headings longer than this are shortened on the page (the outline keeps them whole),
# so that no heading can be taller than a page.
_HEADING_CHARS = 300


class Heading(Paragraph):
    """A heading: never split across pages, optionally an entry of the PDF outline."""

    outline: tuple[str, str, int] | None = None  # bookmark key, title, level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        if self.outline:
            key, title, level = self.outline
            self.canv.bookmarkHorizontal(key, 0, self.height + self.style.fontSize)
            self.canv.addOutlineEntry(encodable(title), key, level)
        super().draw()


class KeepHeadingWithNext(KeepTogether):
    """Keeps headings together with the first lines of what follows them.

    reportlab's KeepTogether moves a heading and a long table after it to the
    next page as a whole, leaving half a page blank. This one starts a new page
    only when not even the first piece of the following block fits below the
    headings; otherwise the block is split right there.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        *heads, follower = self._content
        if aH >= self._H or not heads:
            return super().split(aW, aH)
        # Frames keep both the space after the last heading and before the follower.
        room = aH - _listWrapOn(heads, aW, self.canv)[1] - heads[-1].getSpaceAfter() - follower.getSpaceBefore()
        if room > 0:
            follower.wrapOn(self.canv, aW, room)
            pieces = follower.splitOn(self.canv, aW, room)
            if pieces:
                return [*heads, *pieces]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return [*heads, follower]
        return [FrameBreak(), *heads, follower]


class Flow:
    """Turns text runs into paragraphs for one rendering."""

    def __init__(self, styles: Styles, glyphs: GlyphCheck) -> None:
        self.styles = styles
        self.glyphs = glyphs
        self._outline_level = -1
        self._bookmarks = 0

    def paragraphs(
        self, runs: Sequence[Run], style: ParagraphStyle, *, bullet: str | None = None
    ) -> list[Flowable]:
        """``runs`` as paragraphs; long texts become several pieces (see :func:`chunks`)."""
        pieces = chunks(runs)
        return [
            Paragraph(
                self.markup(piece, style),
                self.styles.piece(style, index == 0, index == len(pieces) - 1),
                bulletText=bullet if index == 0 else None,
            )
            for index, piece in enumerate(pieces)
        ]

    def cell(self, content: str | Sequence[Run], style: ParagraphStyle) -> Paragraph:
        """One paragraph for a table cell (tables cannot split lists of paragraphs)."""
        runs = [Run(content)] if isinstance(content, str) else content
        return Paragraph(self.markup(runs, style), style)

    def markup(self, runs: Sequence[Run], style: ParagraphStyle) -> str:
        return to_markup(runs, self.glyphs, style.fontName)

    def heading(self, title: str, style: ParagraphStyle, *, outline_level: int | None = None) -> Heading:
        """A heading; with ``outline_level`` also a bookmark in the PDF outline."""
        shown = title if len(title) <= _HEADING_CHARS else title[: _HEADING_CHARS - 1] + "…"
        heading = Heading(self.markup([Run(shown)], style), style)
        if outline_level is not None:
            # PDF outlines may go down only one level at a time.
            level = max(0, min(outline_level, self._outline_level + 1))
            self._outline_level = level
            self._bookmarks += 1
            heading.outline = (f"section-{self._bookmarks}", one_line(title), level)
        return heading
