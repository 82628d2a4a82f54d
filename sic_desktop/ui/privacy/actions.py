"""What the privacy record actions do: history, access request, anonymise, delete for good.

Each function has the signature of ``RecordAction.run(ctx, refs, parent)``; the
record actions list (``ui/record_actions.py``) and the Datenschutz-Prüfliste use them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.privacy.access_export import export_access_request
from sic_desktop.privacy.erasure import ErasurePreview, ErasureReport, erase, preview_erasure
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.privacy.erase_dialog import EraseDialog
from sic_desktop.ui.privacy.erasure_report_dialog import ErasureReportDialog
from sic_desktop.ui.privacy.history_dialog import HistoryDialog


def show_history(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """The change history of the first chosen record, in a window of its own."""
    dialog = HistoryDialog(ctx, refs[0], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def export_access(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Ask for a folder, then write the access request (PDF and JSON) of each chosen person."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PrivacyActions", "Ordner für die Auskunft wählen"), start
    )
    if folder:
        export_access_to(ctx, refs, Path(folder), parent)


def export_access_to(ctx: AppContext, refs: list[RecordRef], folder: Path, parent: QWidget) -> None:
    ids = [ref.id for ref in refs]

    def done(files: list[tuple[Path, Path]]) -> None:
        names = ", ".join(path.name for pair in files for path in pair)
        ctx.status_message.emit(
            QCoreApplication.translate(
                "PrivacyActions", "Auskunft gespeichert in {folder}: {files}. Vor der Herausgabe prüfen."
            ).format(folder=folder, files=names)
        )

    # On the writer: each access request is noted in the Datenschutz-Protokoll.
    ctx.ops.write(parent, lambda ws: [export_access_request(ws, i, folder) for i in ids]).success(done).run()


def anonymise_person(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    _erase(ctx, refs, parent, anonymise=True)


def delete_person(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    _erase(ctx, refs, parent, anonymise=False)


def _erase(ctx: AppContext, refs: list[RecordRef], parent: QWidget, *, anonymise: bool) -> None:
    """Show what the erasure touches, ask, erase, then report what is left to check by hand."""
    if len(refs) != 1:
        ctx.status_message.emit(
            QCoreApplication.translate("PrivacyActions", "Bitte genau einen Kontakt auswählen: Jede Löschung wird einzeln bestätigt.")
        )
        return
    person_id = refs[0].id
    ctx.status_message.emit(QCoreApplication.translate("PrivacyActions", "Es wird geprüft, wo die Person vorkommt …"))
    ctx.ops.read(parent, lambda ws: preview_erasure(ws, person_id)).success(
        lambda preview: _confirm(ctx, preview, parent, anonymise=anonymise)
    ).run()


def _confirm(ctx: AppContext, preview: ErasurePreview, parent: QWidget, *, anonymise: bool) -> None:
    ctx.status_message.emit("")
    dialog = EraseDialog(preview, anonymise=anonymise, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    reason = dialog.reason()
    if anonymise:
        label = QCoreApplication.translate(
            "PrivacyActions", "Die Person wird anonymisiert und ihre Angaben werden aus dem Suchindex entfernt …"
        )
    else:
        label = QCoreApplication.translate(
            "PrivacyActions", "Die Person wird endgültig gelöscht und aus dem Suchindex entfernt …"
        )
    # Not cancellable: the database part is one short transaction, and the long index merge after its
    # commit must run to the end, or the index would still hold what the database no longer does.
    ctx.ops.write(parent, lambda ws: erase(ws, preview.person_id, anonymise=anonymise, reason=reason)).with_progress(
        label, cancellable=False
    ).success(lambda report: _report(ctx, report, preview.title, parent)).run()


def _report(ctx: AppContext, report: ErasureReport, title: str, parent: QWidget) -> None:
    dialog = ErasureReportDialog(report, title, parent)
    dialog.open_requested.connect(ctx.open)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
