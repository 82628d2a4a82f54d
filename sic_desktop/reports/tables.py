"""Tables of records and profile tables (label: value), wrapping and breaking across pages.

Every cell is a Paragraph of the cell's full width, so long names, e-mail
addresses and URLs wrap inside their column instead of running over the
next one; the header row repeats on every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from sic_desktop.core.dates import format_date, format_datetime
from sic_desktop.reports.flow import Flow
from sic_desktop.reports.styles import FRAME_WIDTH, ROW_RULE, RULE, TABLE_HEADER_BACKGROUND, Styles

CellValue = str | int | float | date | datetime | None

# Rows taller than what is left on a page are split inside the row, but never
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
    word (so words are not torn apart). Of the rest, the modest columns get all they need to stay on
    one line (a „Telefon“ column, smallest need first, each at most half of
    what is left), and the remainder goes to the others in proportion to
    their need („Beschreibung“ wraps).
    """
    header, *rows = texts
    least, most = [], []
    for column, title in enumerate(header):
        widths = [_text_width(title, styles.header_cell)]
        widths += [_text_width(row[column], styles.cell) for row in rows[:_MEASURED_ROWS]]
        words = [_word_width(title, styles.header_cell)]
        words += [_word_width(row[column], styles.cell) for row in rows[:_MEASURED_ROWS]]
        least.append(min(max(words), FRAME_WIDTH * _MAX_WORD_SHARE) + _CELL_PADDING)
        most.append(max(max(widths) + _CELL_PADDING, least[-1]))
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


def sheet(data: list[list[object]], col_widths: list[float], commands: list[tuple[object, ...]], **options: object) -> Table:
    """A table as all tables here are: left-aligned, breaking inside tall rows."""
    return Table(
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
    data = [[flow.cell(text, styles.header_cell) for text in texts[0]]]
    data += [[flow.cell(text, styles.cell) for text in row] for row in texts[1:]]
    header_look = [
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ]
    widths = weighted_widths(weights) if weights else content_widths(texts, styles)
    return sheet(data, widths, _PADDING + _ROW_LINES + header_look, repeatRows=1)


def key_value_table(flow: Flow, rows: Iterable[tuple[str, CellValue]]) -> Table:
    """A profile table: labels left, values right; empty values show a dash.

    ``rows`` must not be empty (reportlab cannot draw a table without rows).
    """
    styles = flow.styles
    data = [
        [flow.cell(label, styles.label_cell), flow.cell(cell_text(value) or "–", styles.cell)]
        for label, value in rows
    ]
    return sheet(data, weighted_widths([3, 7]), _PADDING + _ROW_LINES)
