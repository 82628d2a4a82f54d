"""Header and footer of every page, including „Seite x von y“.

The total page count is known only at the end, so the canvas keeps each
finished page and draws header and footer on all of them when the document is
saved (reportlab's "NumberedCanvas" recipe). The recipe alone would point every
bookmark at page 1; :class:`DecoratedCanvas` keeps the page counter in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sic_desktop.core.dates import format_date, format_time
from sic_desktop.core.i18n import translate
from sic_desktop.pdf_fonts import SANS, SANS_BOLD
from sic_desktop.reports.glyphs import encodable
from sic_desktop.reports.pdf_dates import pdf_date
from sic_desktop.reports.styles import (
    FOOTER_BASELINE,
    HEADER_BASELINE,
    LEFT_MARGIN,
    MUTED,
    PAGE_SIZE,
    RIGHT_MARGIN,
    RULE,
    TEXT,
)

_SIZE = 8
_RIGHT = PAGE_SIZE[0] - RIGHT_MARGIN
_GAP = 12.0  # between texts sharing a line
_RULE_OFFSET = 4.0  # between a text line and its rule


@dataclass(frozen=True)
class PageDecoration:
    """What header and footer show; texts are already cleaned for their fonts."""

    title: str
    classification: str
    created_at: datetime

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        self._draw_header(canvas)
        self._draw_footer(canvas, page, pages)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        """Title left (shortened if need be), classification right, a rule below."""
        title_room = _RIGHT - LEFT_MARGIN
        if self.classification:
            canvas.setFillColor(TEXT)
            canvas.setFont(SANS_BOLD, _SIZE)
            canvas.drawRightString(_RIGHT, HEADER_BASELINE, self.classification)
            title_room -= stringWidth(self.classification, SANS_BOLD, _SIZE) + _GAP
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, _SIZE)
        canvas.drawString(LEFT_MARGIN, HEADER_BASELINE, _fit(encodable(self.title), SANS, title_room))
        rule = HEADER_BASELINE - _RULE_OFFSET
        canvas.line(LEFT_MARGIN, rule, _RIGHT, rule)

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """A rule, then creation time left, classification centre, page x of y right."""
        rule = FOOTER_BASELINE + _SIZE + _RULE_OFFSET - 2
        canvas.line(LEFT_MARGIN, rule, _RIGHT, rule)
        created = translate("Reports", "Erstellt am {date} um {time}").format(
            date=format_date(self.created_at), time=format_time(self.created_at)
        )
        numbering = translate("Reports", "Seite {page} von {pages}").format(page=page, pages=pages)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, _SIZE)
        canvas.drawString(LEFT_MARGIN, FOOTER_BASELINE, created)
        canvas.drawRightString(_RIGHT, FOOTER_BASELINE, numbering)
        if not self.classification:
            return
        # Marked at the top and the bottom of each page, as German rules for classified
        # papers ask: centred, or as near the centre as the texts beside it allow.
        half = stringWidth(self.classification, SANS_BOLD, _SIZE) / 2
        low = LEFT_MARGIN + stringWidth(created, SANS, _SIZE) + _GAP + half
        high = _RIGHT - stringWidth(numbering, SANS, _SIZE) - _GAP - half
        if low <= high:
            canvas.setFillColor(TEXT)
            canvas.setFont(SANS_BOLD, _SIZE)
            centre = min(max((LEFT_MARGIN + _RIGHT) / 2, low), high)
            canvas.drawCentredString(centre, FOOTER_BASELINE, self.classification)


def _fit(text: str, font: str, width: float) -> str:
    """``text`` shortened with „…“ so that it fits ``width``."""
    if stringWidth(text, font, _SIZE) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, _SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class DecoratedCanvas(Canvas):
    """A canvas that adds header and footer with the page total when it is saved."""

    def __init__(self, *args: Any, decoration: PageDecoration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._finished_pages: list[dict[str, Any]] = []
        self.setDateFormatter(lambda *_: pdf_date(decoration.created_at))

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._finished_pages.append(dict(self.__dict__))
        # Bookmarks made on the next page must name the next page.
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        pages = len(self._finished_pages)
        self._doc.pageCounter = 1
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            self._decoration.draw(self, number, pages)
            super().showPage()
        super().save()
