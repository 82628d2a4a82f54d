"""„Serienbrief-Datenquelle …“: the selected contacts (record action) or those the contact list
shows with its filters (Datei menu) as a .xlsx or .csv file for Word's mail merge."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.io.mail_merge import MailMergeResult, export_mail_merge
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io import file_dialogs
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.saved_notice import show_saved_file

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow


def export_selected(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    _export(ctx, parent, person_ids=[ref.id for ref in refs], query=None)


def export_shown(window: MainWindow) -> None:
    """The contacts of the contact list with its filters, if it is shown; else all contacts."""
    page = window.current_page()
    query = page.query() if isinstance(page, ListPage) and page.record_type is RecordType.PERSON else ListQuery()
    _export(window.ctx, window, person_ids=[], query=query)


def _export(ctx: AppContext, parent: QWidget, *, person_ids: list[int], query: ListQuery | None) -> None:
    path = file_dialogs.choose_save_file(
        parent,
        QCoreApplication.translate("MailMergeAction", "Serienbrief-Datenquelle speichern"),
        file_dialogs.dated_name(QCoreApplication.translate("MailMergeAction", "Serienbrief"), ".xlsx"),
        QCoreApplication.translate("MailMergeAction", "Excel für Word (*.xlsx);;CSV für Word (*.csv)"),
    )
    if path is None:
        return
    if not path.suffix:
        path = path.with_suffix(".xlsx")
    window = parent.window()

    def done(result: MailMergeResult) -> None:
        if isinstance(window, QMainWindow):
            show_saved_file(window, path, result.summary())
        else:
            ctx.status_message.emit(result.summary())

    ctx.ops.long_read(parent, lambda ws: export_mail_merge(ws, Path(path), person_ids=person_ids, query=query)).with_progress(
        QCoreApplication.translate("MailMergeAction", "Serienbrief wird vorbereitet …")
    ).success(done).run()
