"""Tables of records and profile tables (label: value), wrapping and breaking across pages.

Every cell is a Paragraph of the cell's full width, so long names, e-mail
addresses and URLs wrap inside their column instead of running over the
next one; the header row repeats on every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from sic_desktop.core.dates import format_date, format_datetime
from sic_desktop.reports.flow import Flow
from sic_desktop.reports.styles import FRAME_HEIGHT, FRAME_WIDTH, ROW_RULE, RULE, TABLE_HEADER_BACKGROUND, Styles

CellValue = str | int | float | date | datetime | None

# Rows taller than a whole page are split inside the row, but never
# into a piece lower than this (about two lines of cell text).
_MIN_ROW_PIECE = 24
_PADDING = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]
# Left and right padding as in _PADDING, plus a point so rounding never breaks the longest word.
_CELL_PADDING = 9.0
_MEASURED_ROWS = 200  # enough to judge a column, cheap for long tables
_MAX_WORD_SHARE = 0.3  # a single long URL must not take the whole table
_ROW_LINES = [("LINEBELOW", (0, 0), (-1, -1), 0.4, ROW_RULE)]


def cell_text(value: CellValue) -> str:
    """The text a cell shows: dates the German way, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def weighted_widths(weights: Sequence[float]) -> list[float]:
    """Column widths that fill the frame in proportion to ``weights``."""
    return [FRAME_WIDTH * weight / sum(weights) for weight in weights]


def content_widths(texts: Sequence[Sequence[str]], styles: Styles) -> list[float]:
    """Column widths that fill the frame, laid out as browsers lay out tables.

    ``texts`` are the header and the rows. Each column first gets its longest
    word (so words are not torn apart; only when the longest words do not fit side
    by side, a long one such as an address is limited to a share of the width
    and broken). Of the rest, the modest columns get all they need to stay on
    one line (a „Telefon“ column, smallest need first, each at most half of
    what is left), and the remainder goes to the others in proportion to
    their need („Beschreibung“ wraps).
    """
    header, *rows = texts
    longest_words, longest_lines = [], []
    for column, title in enumerate(header):
        lines = [_text_width(title, styles.header_cell)]
        lines += [_text_width(row[column], styles.cell) for row in rows[:_MEASURED_ROWS]]
        words = [_word_width(title, styles.header_cell)]
        words += [_word_width(row[column], styles.cell) for row in rows[:_MEASURED_ROWS]]
        longest_words.append(max(words) + _CELL_PADDING)
        longest_lines.append(max(lines) + _CELL_PADDING)
    least = longest_words
    if sum(least) > FRAME_WIDTH:  # only then may a long word (an address) be broken
        least = [min(width, FRAME_WIDTH * _MAX_WORD_SHARE + _CELL_PADDING) for width in longest_words]
    most = [max(line, word) for line, word in zip(longest_lines, least, strict=False)]
    if sum(most) <= FRAME_WIDTH:
        return weighted_widths(most)
    if sum(least) >= FRAME_WIDTH:
        return weighted_widths(least)
    widths, spare = least[:], FRAME_WIDTH - sum(least)
    wanting = {column: most[column] - least[column] for column in range(len(most))}
    for column in sorted(wanting, key=wanting.__getitem__):
        if wanting[column] > spare / 2:
            break
        need = wanting.pop(column)
        widths[column] += need
        spare -= need
    total = sum(wanting.values())
    for column, need in wanting.items():
        widths[column] += spare * need / total
    return widths


def _text_width(text: str, style: ParagraphStyle) -> float:
    return max(stringWidth(line, style.fontName, style.fontSize) for line in text.split("\n"))


def _word_width(text: str, style: ParagraphStyle) -> float:
    return max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0.0)


class _Sheet(Table):
    """A table that breaks inside a row only when the row could never fit a page whole.

    reportlab first breaks between rows; if it then tries the rest of the table
    in the space left below, it breaks inside the next row there, which prints a
    second header row and two lines of a row at the bottom of the page.
    """

    splitInRow: int  # reportlab's own setting (0: never break inside a row)  # noqa: N815 (reportlab's name)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        in_row, self.splitInRow = self.splitInRow, 0
        try:
            pieces = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = in_row
        for piece in pieces:
            piece.splitInRow = in_row
        if pieces or not in_row or not self._next_row_outgrows_a_page():
            return pieces
        return super().split(availWidth, availHeight)

    def _next_row_outgrows_a_page(self) -> bool:
        repeated = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        heights = self._rowHeights
        return len(heights) > repeated and sum(heights[: repeated + 1]) > FRAME_HEIGHT


def sheet(
    data: Sequence[Sequence[object]], col_widths: list[float], commands: Sequence[tuple[Any, ...]], **options: object
) -> Table:
    """A table as all tables here are: left-aligned, breaking inside rows taller than a page."""
    return _Sheet(
        data,
        colWidths=col_widths,
        splitInRow=_MIN_ROW_PIECE,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=10,
        style=TableStyle(commands),
        **options,
    )


def data_table(
    flow: Flow,
    header: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    weights: Sequence[float] | None = None,
) -> Table:
    """A table with a header row that repeats on each page; short rows are filled up."""
    texts = [list(header)]
    texts += [[cell_text(value) for value in row] + [""] * (len(header) - len(row)) for row in rows]
    styles = flow.styles
    widths = weighted_widths(weights) if weights else content_widths(texts, styles)
    data: list[list[object]] = [[flow.cell(text, styles.header_cell) for text in texts[0]]]
    data += [[_body_cell(flow, text, width) for text, width in zip(row, widths, strict=False)] for row in texts[1:]]
    header_look = [
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ]
    return sheet(data, widths, _PADDING + _ROW_LINES + header_look + _plain_cells(styles.cell), repeatRows=1)


def _body_cell(flow: Flow, text: str, width: float) -> Paragraph | str:
    """A cell of one short line as a plain string, set in the cell style by the table
    itself: it looks the same as a Paragraph and is laid out several times faster,
    which counts in a report of thousands of rows. Anything longer wraps as a Paragraph."""
    style = flow.styles.cell
    if "\n" in text or stringWidth(text, style.fontName, style.fontSize) > width - _CELL_PADDING:
        return flow.cell(text, style)
    return " ".join(flow.glyphs.clean(text, style.fontName).split())


def _plain_cells(style: ParagraphStyle) -> list[tuple[object, ...]]:
    """Table commands that set plain-string body cells like ``style``."""
    body = ((0, 1), (-1, -1))
    return [
        ("FONTNAME", *body, style.fontName),
        ("FONTSIZE", *body, style.fontSize),
        ("LEADING", *body, style.leading),
        ("TEXTCOLOR", *body, style.textColor),
    ]


def key_value_table(flow: Flow, rows: Iterable[tuple[str, CellValue]]) -> Table:
    """A profile table: labels left, values right; empty values show a dash.

    ``rows`` must not be empty (reportlab cannot draw a table without rows).
    """
    styles = flow.styles
    data = [
        [flow.cell(label, styles.label_cell), flow.cell(cell_text(value) or "–", styles.cell)]
        for label, value in rows
    ]
    return sheet(data, weighted_widths([3, 7]), [*_PADDING, *_ROW_LINES])
