"""The blocks of a :class:`~sic_desktop.reports.pdf_document.Document` as plain data.

The PDF keeps its blocks as reportlab closures; the Word output (``reports/word``)
reads these records of the same calls instead, so both files always hold the same
headings, tables and texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from sic_desktop.reports.tables import CellValue
from sic_desktop.reports.timeline import TimelineEntry


@dataclass(frozen=True)
class Heading:
    title: str
    level: int


@dataclass(frozen=True)
class Text:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, CellValue], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[CellValue, ...], ...]


@dataclass(frozen=True)
class Markdown:
    text: str


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class Hint:
    text: str


@dataclass(frozen=True)
class Figures:
    """Drawings of the PDF: charts Word gets as pictures (``rows``, side by side per row), or a network
    map that only the PDF shows (``rows`` empty)."""

    count: int
    rows: tuple[tuple[Drawing, ...], ...] = ()


@dataclass(frozen=True)
class PageBreak:
    pass


Part = Heading | Text | KeyValues | Table | Markdown | Timeline | Hint | Figures | PageBreak
