"""Making the PDF (or the Word file): ask for the options, build it on the reader thread, open it when done.

The work is the core's progress generator (``build_briefing``), driven by the
window's operations helper: a progress dialog with „Abbrechen“ appears when it
takes a moment, and closing the generator leaves no file. The finished PDF
opens in the system's PDF viewer (a local file, nothing goes over the network);
the status bar says where it is, with „Ordner öffnen“. Characters the PDF font
lacks are reported in a note that does not block the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from sic_desktop import APP_NAME
from sic_desktop.core.errors import SicError
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.reports import RenderResult
from sic_desktop.reports.briefings import build_briefing, build_briefing_docx
from sic_desktop.ui.briefing.options_dialog import BriefingDialog, BriefingRequest, Subjects
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.saved_notice import show_saved_file


def ask_and_make_briefing(ctx: AppContext, kind: RecordType, refs: list[RecordRef], parent: QWidget) -> None:
    """Read the records' titles (and the theme fields) on the reader lane, then open the options dialog
    (not blocking); „PDF erstellen“ starts the work. Without theme fields a theme report says how to make one."""

    def ask(subjects: Subjects) -> None:
        if kind is RecordType.THEME and not subjects.themes:
            show_error(parent, SicError(QCoreApplication.translate(
                "Briefing", "Es gibt noch keine Themenfelder. Legen Sie eines unter „Bearbeiten → Themenfelder "
                "verwalten“ an.")))
            return
        dialog = BriefingDialog(ctx, kind, refs, subjects, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: make_briefing(ctx, not_none(dialog.request), parent))
        dialog.open()

    ctx.ops.read(parent, lambda ws: Subjects.read(ws, kind, refs)).success(ask).run()


def make_briefing(ctx: AppContext, request: BriefingRequest, parent: QWidget) -> None:
    if request.word:
        _make_word(ctx, request, parent)
        return
    ctx.ops.long_read(parent, lambda ws: build_briefing(ws, request.refs, request.options, request.target)).with_progress(
        QCoreApplication.translate("Briefing", "PDF wird erstellt …")
    ).success(lambda result: _finished(ctx, request, result, parent)).cancelled(
        lambda: ctx.status_message.emit(QCoreApplication.translate("Briefing", "Abgebrochen. Es wurde keine PDF gespeichert."))
    ).run()


def _make_word(ctx: AppContext, request: BriefingRequest, parent: QWidget) -> None:
    """The Word file, opened in Word (or whatever opens .docx) when done."""

    def finished(_document: object) -> None:
        path = request.target
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            text = QCoreApplication.translate("Briefing", "Word-Datei gespeichert: {path}").format(path=path)
        else:
            text = QCoreApplication.translate("Briefing", "Word-Datei gespeichert, ließ sich aber nicht öffnen: {path}").format(path=path)
        _announce(ctx, parent, path, text)

    ctx.ops.long_read(parent, lambda ws: build_briefing_docx(ws, request.refs, request.options, request.target)).with_progress(
        QCoreApplication.translate("Briefing", "Word-Datei wird erstellt …")
    ).success(finished).cancelled(
        lambda: ctx.status_message.emit(QCoreApplication.translate("Briefing", "Abgebrochen. Es wurde keine Word-Datei gespeichert."))
    ).run()


def _announce(ctx: AppContext, parent: QWidget, path: Path, text: str) -> QMainWindow | None:
    window = _main_window(parent)
    if window is None:
        ctx.status_message.emit(text)
    else:
        show_saved_file(window, path, text)
    return window


def _finished(ctx: AppContext, request: BriefingRequest, result: RenderResult, parent: QWidget) -> None:
    path = request.target
    pages = _pages(result.page_count)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        text = QCoreApplication.translate("Briefing", "PDF gespeichert ({pages}): {path}").format(pages=pages, path=path)
    else:
        text = QCoreApplication.translate(
            "Briefing", "PDF gespeichert ({pages}), ließ sich aber nicht öffnen: {path}"
        ).format(pages=pages, path=path)
    window = _announce(ctx, parent, path, text)
    if result.warnings:
        _glyph_note(window or parent, path.name, result.warnings)


def _glyph_note(parent: QWidget, name: str, warnings: tuple[str, ...]) -> QMessageBox:
    """Characters the font lacks: told once, in a box that leaves the window usable."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate("Briefing", "Hinweis zur PDF „{name}“").format(name=name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("glyphNote")
    box.setInformativeText("\n\n".join(warnings))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def _pages(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Briefing", "1 Seite")
    return QCoreApplication.translate("Briefing", "{count} Seiten").format(count=count)


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window above ``widget`` (which may sit in a dialog, like the Themenfelder)."""
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget
