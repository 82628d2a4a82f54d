"""Briefing PDFs from the window: „Briefing als PDF …“ on records, „Themenfeldbericht …“ in the menu.

``brief_records`` is the record action of organisations, persons and cooperations
(several selected records make one PDF with a chapter each); ``open_theme_report``
asks for the theme field (preselected when started from the Themenfelder dialog).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.briefing.run_briefing import ask_and_make_briefing
from sic_desktop.ui.context import AppContext


def brief_records(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """„Briefing als PDF …“ for the chosen records (all of one type, as a list shows them)."""
    ask_and_make_briefing(ctx, refs[0].type, refs, parent)


def open_theme_report(ctx: AppContext, theme: RecordRef | None, parent: QWidget) -> None:
    """„Themenfeldbericht …“: the options dialog with a choice of theme field (or, without any, how to make one)."""
    ask_and_make_briefing(ctx, RecordType.THEME, [theme] if theme else [], parent)
