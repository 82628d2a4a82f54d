"""Datei → „Daten auf den Teamserver übertragen …“ and „Teamserver in lokalen Datenordner kopieren …“.

Both run in the background with progress and „Abbrechen“ (``io.server_transfer``); a cancelled
transfer stores nothing on the server, a cancelled copy leaves no half-filled folder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sic_desktop.io.section_counts import counts_text
from sic_desktop.io.server_transfer import export_from_server, transfer_to_server
from sic_desktop.ui.io.file_dialogs import choose_folder

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow
    from sic_desktop.ui.operations import Op


def transfer_folder(window: MainWindow) -> None:
    """Ask for the local data folder, then copy it into the (empty) team server."""
    folder = choose_folder(window, QCoreApplication.translate("ServerTransfer", "Lokalen Datenordner wählen, der auf den Teamserver kommt"))
    if folder is None:
        return
    _run(
        window.ctx.ops.write(window, lambda ws: transfer_to_server(ws, folder)), window,
        progress=QCoreApplication.translate("ServerTransfer", "Daten werden auf den Teamserver übertragen …"),
        done=lambda counts: QCoreApplication.translate("ServerTransfer", "Auf den Teamserver übertragen: {counts}.").format(counts=counts),
        cancelled=QCoreApplication.translate("ServerTransfer", "Übertragung abgebrochen. Auf dem Teamserver wurde nichts gespeichert."),
    )


def copy_server(window: MainWindow) -> None:
    """Ask for an empty folder, then copy everything on the team server into a new local data folder there."""
    folder = choose_folder(window, QCoreApplication.translate("ServerTransfer", "Leeren Ordner für die Kopie des Teamservers wählen"))
    if folder is None:
        return
    _run(
        window.ctx.ops.long_read(window, lambda ws: export_from_server(ws, folder)), window,
        progress=QCoreApplication.translate("ServerTransfer", "Der Teamserver wird in einen lokalen Datenordner kopiert …"),
        done=lambda counts: QCoreApplication.translate("ServerTransfer", "In den Datenordner „{folder}“ kopiert: {counts}.").format(
            folder=folder, counts=counts),
        cancelled=QCoreApplication.translate("ServerTransfer", "Kopie abgebrochen. Es wurde kein Datenordner angelegt."),
    )


def _run(op: Op[Any], window: MainWindow, *, progress: str, done: Callable[[str], str], cancelled: str) -> None:
    """Run ``op`` with progress and „Abbrechen“; ``done`` words the copied counts for the status bar."""
    status = window.ctx.status_message
    op.with_progress(progress).success(
        lambda counts: status.emit(done(counts_text(counts)))
    ).cancelled(lambda: status.emit(cancelled)).run()
