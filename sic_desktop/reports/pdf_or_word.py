"""Where a report goes (Wirkungsbericht, Art. 30 record): a PDF, or a Word file for a ``.docx``
target, so that the office edits its version in Word (from the Word template of the settings, like
the briefings)."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.word import write_docx


def write_pdf_or_word(ws: Workspace, document: Document, target: Path) -> RenderResult | None:
    """The PDF's result, or None for a Word file (it has no pages until Word lays it out).

    Charts are drawings of the PDF; in Word the tables beside them carry the same figures.
    """
    if target.suffix.casefold() != ".docx":
        return document.render(target)
    template = ws.settings.word_template
    write_docx(document, target, template=Path(template) if template else None)
    return None
