"""Briefing PDFs of organisations, persons, cooperations and theme fields.

``build_briefing(ws, subject, options, target)`` is the one entry point: a
progress generator returning the ``RenderResult``; ``build_briefing_docx`` the same as a Word file. ``sections_for(record_type)``
names the sections a briefing dialog offers, ``file_name_for`` the file
its save dialog proposes.
"""

from sic_desktop.reports.briefings.build import build_briefing, build_briefing_docx, file_name_for
from sic_desktop.reports.briefings.options import BRIEFING_TYPES, BriefingOptions, Section, sections_for
from sic_desktop.reports.briefings.theme_figures import theme_field_figures

__all__ = [
    "BRIEFING_TYPES",
    "BriefingOptions",
    "Section",
    "build_briefing",
    "build_briefing_docx",
    "file_name_for",
    "sections_for",
    "theme_field_figures",
]
