"""Briefing PDFs: a layout kit of building blocks on top of reportlab (no Qt, no database).

A briefing creates a :class:`Document`, adds blocks and calls :meth:`Document.render`.
"""

from typing import TYPE_CHECKING

from sic_desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from sic_desktop.reports.pdf_document import (
        Document,
        RenderCancelled,
        RenderResult,
        default_classification,
    )
    from sic_desktop.reports.tables import CellValue
    from sic_desktop.reports.timeline import TimelineEntry

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "pdf_document": ("Document", "RenderCancelled", "RenderResult", "default_classification"),
        "tables": ("CellValue",),
        "timeline": ("TimelineEntry",),
    },
)

__all__ = [
    "CellValue",
    "Document",
    "RenderCancelled",
    "RenderResult",
    "TimelineEntry",
    "default_classification",
]
