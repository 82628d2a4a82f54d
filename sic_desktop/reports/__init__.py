"""Briefing PDFs: a layout kit of building blocks on top of reportlab (no Qt, no database).

A briefing creates a :class:`Document`, adds blocks and calls :meth:`Document.render`.
"""

from sic_desktop.reports.document import (
    Document,
    RenderCancelled,
    RenderResult,
    default_classification,
)
from sic_desktop.reports.tables import CellValue
from sic_desktop.reports.timeline import TimelineEntry

__all__ = [
    "CellValue",
    "Document",
    "RenderCancelled",
    "RenderResult",
    "TimelineEntry",
    "default_classification",
]
