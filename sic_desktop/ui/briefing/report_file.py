"""Where a report goes: a PDF or a Word file (the Wirkungsbericht, the Art. 30 record), one file dialog for both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sic_desktop.ui.briefing.target_field import PDF_SUFFIX, WORD_SUFFIX
from sic_desktop.ui.io import file_dialogs


def choose_report_file(parent: QWidget | None, title: str, name: str, suffix: str | None = None) -> Path | None:
    """The file to write, or None; ``suffix`` when a format chooser decided already, else PDF and Word are offered
    (the report writers write Word for a ``.docx``, so the chosen file's ending decides)."""
    pdf = QCoreApplication.translate("ReportFile", "PDF-Dateien (*.pdf)")
    word = QCoreApplication.translate("ReportFile", "Word-Dateien (*.docx)")
    filters = {PDF_SUFFIX: pdf, WORD_SUFFIX: word}.get(suffix or "", f"{pdf};;{word}")
    return file_dialogs.choose_save_file(parent, title, file_dialogs.dated_name(name, suffix or PDF_SUFFIX), filters)

