"""„Daten auf den Teamserver übertragen“ and back: a whole workspace moved through the full JSON export.

The export carries everything (ids, stamps, history, saved searches, the privacy log), and its
import refuses anything but an empty target, so the move loses nothing and mixes nothing. The
JSON lies in a temporary folder that is removed afterwards, since it holds every person's data.
Closing the generator (Abbrechen) rolls the import back; a local folder made for the copy is
removed again.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json
from sic_desktop.io.json_import import held_sections, import_json
from sic_desktop.io.section_counts import counts_text


def transfer_to_server(server: Workspace, local_folder: Path) -> ProgressGenerator[dict[str, int]]:
    """Copy the data folder ``local_folder`` into the empty team server of ``server``; entries per section."""
    _require_server(server)
    folder = DataFolder(local_folder.expanduser().resolve())
    if not folder.database.is_file():
        raise SicError(translate("ServerTransfer", "Im Ordner „{folder}“ liegen keine Daten von SIC Desktop.").format(
            folder=folder.root))
    held = held_sections(server)
    if held:
        raise SicError(translate(
            "ServerTransfer",
            "Auf dem Teamserver liegen schon Daten ({held}). Übertragen lässt sich nur in einen leeren Teamserver, "
            "damit alle Nummern und Verknüpfungen gleich bleiben. Es wurde nichts übertragen.",
        ).format(held=counts_text(held)))
    with _work_file() as path:
        with Workspace.open(folder, user=server.user, local=True) as local:
            yield from export_json(local, path)
        return (yield from import_json(server, path))


def export_from_server(server: Workspace, target: Path) -> ProgressGenerator[dict[str, int]]:
    """Copy everything on the team server of ``server`` into the new data folder ``target``; entries per section."""
    _require_server(server)
    folder = DataFolder(target.expanduser().resolve())
    if folder.root.exists() and (not folder.root.is_dir() or any(folder.root.iterdir())):
        raise SicError(translate(
            "ServerTransfer", "Der Ordner „{folder}“ ist nicht leer. Bitte einen neuen, leeren Ordner wählen; "
            "es wurde nichts exportiert.").format(folder=folder.root))
    made = not folder.root.exists()
    done = False
    try:
        with _work_file() as path:
            yield from export_json(server, path)
            with Workspace.open(folder, user=server.user, local=True) as local:
                counts = yield from import_json(local, path)
        done = True
        return counts
    finally:
        if not done:  # cancelled or failed: no half-filled data folder stays behind
            _remove(folder.root, keep_folder=not made)


def _require_server(workspace: Workspace) -> None:
    if not on_server(workspace):
        raise SicError(translate(
            "ServerTransfer", "Das Programm arbeitet nicht mit einem Teamserver. Bitte zuerst mit dem Teamserver "
            "verbinden (Einstellungen → Teamserver oder --server)."))


def _remove(folder: Path, *, keep_folder: bool) -> None:
    if not keep_folder:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for child in folder.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


@contextmanager
def _work_file() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="sic-desktop-uebertragung-") as work:
        yield Path(work) / "gesamtexport.json"
