"""„In den Kalender exportieren (.ics) …“: the chosen follow-ups, or all open ones of the chosen records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.calendar_export import CalendarExport, export_followups_ics, followups_to_export
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io import file_dialogs


def export_calendar(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Ask where to write, then write the .ics on the writer thread (the folder's name may be made)."""
    path = file_dialogs.choose_save_file(
        parent,
        QCoreApplication.translate("CalendarAction", "Wiedervorlagen in den Kalender exportieren"),
        file_dialogs.dated_name(QCoreApplication.translate("CalendarAction", "Wiedervorlagen"), ".ics"),
        QCoreApplication.translate("CalendarAction", "Kalenderdatei (*.ics)"),
    )
    if path is None:
        return
    followup_ids = [ref.id for ref in refs if ref.type is RecordType.FOLLOWUP]
    owners = [ref for ref in refs if ref.type is not RecordType.FOLLOWUP]

    def work(ws: Workspace) -> CalendarExport:
        return export_followups_ics(ws, followups_to_export(ws, followup_ids=followup_ids, owners=owners), path)

    def done(result: CalendarExport) -> None:
        ctx.status_message.emit(f"{result.summary()} {path}")

    ctx.ops.write(parent, work).success(done).run()
