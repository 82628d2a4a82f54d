"""A briefing as a Word file (.docx): the same blocks as the PDF, in Word's own structure.

Section headings are Word's „Überschrift 1–3“ (Heading 1–3), tables are real tables
with a repeating header row and columns as wide as the PDF's (fitted to their contents),
lists are Word lists, charts are pictures drawn from the PDF's own drawings
(``drawing_png``): Word's „Als PDF speichern“ then makes an accessible PDF with bookmarks. The text goes into a template the office
can edit (``word_template``); its header and footer keep their layout, and the
placeholders {{Titel}}, {{Einstufung}}, {{Datum}} and {{Uhrzeit}} are filled in.
"""

from __future__ import annotations

import copy
import functools
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph
from reportlab.lib.styles import ParagraphStyle

from sic_desktop.core.dates import format_date, format_time
from sic_desktop.core.i18n import translate
from sic_desktop.reports import parts
from sic_desktop.reports.drawing_png import UnsupportedDrawing, drawing_png
from sic_desktop.reports.pdf_document import Document, write_pdf
from sic_desktop.reports.styles import FRAME_WIDTH, Styles, styles
from sic_desktop.reports.tables import CellValue, cell_text, content_widths
from sic_desktop.reports.timeline import TimelineEntry
from sic_desktop.reports.word_markdown import add_markdown
from sic_desktop.reports.word_template import open_template

_TABLE_STYLE = "Table Grid"
_MAX_HEADING = 3
_LABEL_SHARE = 0.28
_WORD_CELL_SIZE = 9.6  # DejaVu points as wide as Word's Arial at 10 pt, plus its 2 × 0.08" cell margins
_PICTURE_LINE = 0.9  # of the text width: pictures in a row leave room for Word's spacing between them


def write_docx(document: Document, target: str | os.PathLike[str] | BinaryIO, *, template: Path | None = None) -> None:
    """Write ``document`` into ``template`` (None: the shipped one) and save it to ``target``.

    A file is replaced only when the new one is complete (as with the PDF).
    """
    word = open_template(template)
    _clear_body(word)
    _fill_placeholders(word, document)
    word.core_properties.title = document.title
    word.core_properties.subject = document.subject
    word.core_properties.author = document.author
    word.core_properties.keywords = ", ".join(document.keywords)
    word.core_properties.language = "de-DE"
    word.add_paragraph(document.title, style="Title")
    if document.subject:
        word.add_paragraph(document.subject, style="Subtitle")
    for part in document.parts:
        _add(word, part)
    buffer = io.BytesIO()
    word.save(buffer)
    write_pdf(buffer.getvalue(), target)  # the same all-or-nothing file replacement


def _add(word: WordDocument, part: parts.Part) -> None:
    if isinstance(part, parts.Heading):
        word.add_heading(part.title, level=min(part.level + 1, _MAX_HEADING))
    elif isinstance(part, parts.Text):
        _lines(word.add_paragraph(), part.text, italic=part.muted)
    elif isinstance(part, parts.Hint):
        _lines(word.add_paragraph(), part.text, italic=True)
    elif isinstance(part, parts.KeyValues):
        _table(word, None, [[label, value] for label, value in part.rows], bold_first_column=True)
    elif isinstance(part, parts.Table):
        _table(word, list(part.header), [list(row) for row in part.rows])
    elif isinstance(part, parts.Timeline):
        rows = [[entry.when, _step(entry)] for entry in part.entries]
        _table(word, [translate("Word", "Wann"), translate("Word", "Status")], rows)
    elif isinstance(part, parts.Markdown):
        add_markdown(word, part.text)
    elif isinstance(part, parts.Figures):
        _figures(word, part)
    elif isinstance(part, parts.PageBreak):
        word.add_page_break()


def _figures(word: WordDocument, part: parts.Figures) -> None:
    """Charts as pictures, side by side as in the PDF; a network map (or a chart that cannot be drawn) is named."""
    try:
        pictures = [[(drawing_png(d), d.width) for d in row] for row in part.rows]
    except UnsupportedDrawing:
        pictures = []
    if not pictures:
        _lines(word.add_paragraph(), translate("Word", "[Abbildung: nur in der PDF-Fassung]"), italic=True)
    line = Emu(_text_width(word)).pt * _PICTURE_LINE
    for row in pictures:
        paragraph = word.add_paragraph()
        shrink = min(1.0, line / sum(width for _, width in row))  # side by side as in the PDF, never wrapped
        for png, width in row:
            paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(width * shrink))


def _step(entry: TimelineEntry) -> str:
    return f"{entry.label} – {entry.detail}" if entry.detail else entry.label


def _lines(paragraph: Paragraph, text: str, *, italic: bool = False, bold: bool = False) -> None:
    """Text with its line breaks kept as Word line breaks."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        run.italic, run.bold = italic or None, bold or None
        if index:
            run.add_break()
        run.add_text(line)


def _table(word: WordDocument, header: list[str] | None, rows: Sequence[Sequence[CellValue]], *, bold_first_column: bool = False) -> None:
    columns = len(header) if header else max((len(row) for row in rows), default=1)
    table = word.add_table(rows=0, cols=columns)
    table.style = word.styles[_TABLE_STYLE]
    if header:
        cells = table.add_row().cells
        for cell, title in zip(cells, header, strict=False):
            _lines(cell.paragraphs[0], title, bold=True)
        _repeat_as_header(table.rows[0])
    texts = [[cell_text(value) for value in row] + [""] * (columns - len(row)) for row in rows]
    for row in texts:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=False)):
            _lines(cell.paragraphs[0], text, bold=bold_first_column and index == 0)
    if bold_first_column:  # a profile table: labels in a narrow column, values in the rest of the line
        shares = [_LABEL_SHARE, 1 - _LABEL_SHARE]
    else:  # as wide as the PDF's columns: a date stays on one line, a description wraps
        shares = [width / FRAME_WIDTH for width in content_widths([header or [""] * columns, *texts], _word_measures())]
    _column_widths(word, table, shares)
    word.add_paragraph()  # Word glues two tables in a row together without a paragraph between


def _column_widths(word: WordDocument, table: Table, shares: list[float]) -> None:
    """Fixed widths, as shares of the text width (Word's automatic layout would make all columns equal)."""
    width = _text_width(word)
    table.autofit = False
    widths = [int(width * share) for share in shares]
    for column, column_width in zip(table.columns, widths, strict=False):
        column.width = column_width  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = column_width  # the cells Word reads


@functools.cache
def _word_measures() -> Styles:
    """The PDF's cell styles at the size Word's 10 pt Arial takes up (DejaVu is wider per point), and
    room for Word's wider cell margins, so a column the PDF keeps on one line stays so in Word."""
    measures = copy.copy(styles())  # a copy: the PDF's styles object is shared
    measures.cell = ParagraphStyle("word_cell", parent=measures.cell, fontSize=_WORD_CELL_SIZE)
    measures.header_cell = ParagraphStyle("word_header", parent=measures.header_cell, fontSize=_WORD_CELL_SIZE)
    return measures


def _text_width(word: WordDocument) -> int:
    """The width between the margins of the template's page (EMU)."""
    section = word.sections[-1]
    return int((section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0))


def _repeat_as_header(row: _Row) -> None:
    """Mark the row as the table's header: repeated on each page, read as header by screen readers."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _clear_body(word: WordDocument) -> None:
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _fill_placeholders(word: WordDocument, document: Document) -> None:
    values = {
        "{{Titel}}": document.title,
        "{{Einstufung}}": document.classification,
        "{{Datum}}": format_date(document.created_at),
        "{{Uhrzeit}}": format_time(document.created_at),
    }
    for section in word.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs + [p for t in part.tables for r in t.rows for c in r.cells for p in c.paragraphs]:
                _replace(paragraph, values)


def _replace(paragraph: Paragraph, values: dict[str, str]) -> None:
    """Replace within runs; a placeholder Word split over several runs is joined into the first."""
    for run in paragraph.runs:
        for key, value in values.items():
            if key in run.text:
                run.text = run.text.replace(key, value)
    if any(key in paragraph.text for key in values):
        text = paragraph.text
        for key, value in values.items():
            text = text.replace(key, value)
        runs = paragraph.runs
        runs[0].text = text
        for run in runs[1:]:
            run._r.getparent().remove(run._r)
