"""A note's Markdown as Word paragraphs: lists as Word lists, quotes, code, bold and italic.

Parsed with the same parser as the PDF (``reports.markdown``), so both show the same
text. A heading inside a note becomes a bold paragraph, not a Word heading: the
document's outline stays the briefing's sections, as in the PDF.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.shared import Pt

from sic_desktop.reports.markdown import PARSER, inline_runs
from sic_desktop.reports.runs import Run

_MONO = "Courier New"
_LIST_STYLES = {False: ("List Bullet", "List Bullet 2", "List Bullet 3"), True: ("List Number", "List Number 2", "List Number 3")}


def add_markdown(word: WordDocument, text: str) -> None:
    """Append the paragraphs of one Markdown text to ``word``."""
    lists: list[bool] = []  # ordered?, innermost last
    quotes = 0
    heading = False
    for token in PARSER.parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind in ("blockquote_open", "blockquote_close"):
            quotes += 1 if kind == "blockquote_open" else -1
        elif kind == "heading_open":
            heading = True
        elif kind == "inline":
            style = _LIST_STYLES[lists[-1]][min(len(lists), 3) - 1] if lists else ("Quote" if quotes else None)
            paragraph = word.add_paragraph(style=style)
            _runs(paragraph, inline_runs(token.children or []), bold=heading)
            heading = False
        elif kind in ("fence", "code_block"):
            _runs(word.add_paragraph(), [Run(token.content.rstrip("\n"), mono=True)])
        elif kind == "hr":
            word.add_paragraph("―" * 12)


def _runs(paragraph, runs: list[Run], *, bold: bool = False) -> None:
    for piece in runs:
        for index, line in enumerate(piece.text.split("\n")):
            run = paragraph.add_run()
            if index:
                run.add_break()
            run.add_text(line)
            run.bold = (piece.bold or bold) or None
            run.italic = piece.italic or None
            run.font.strike = piece.strike or None
            if piece.mono:
                run.font.name, run.font.size = _MONO, Pt(9)



