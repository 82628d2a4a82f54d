"""Where the window's records lie, said for the about box: the local data folder, or the team server with
what this PC still keeps in its own folder (settings, search index, attachments)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.team_access import on_server, where_stored
from sic_desktop.core.workspace import Workspace


def about_where(ws: Workspace) -> str:
    """One HTML-free sentence with a line break (<br>) before the folder."""
    if on_server(ws):
        return QCoreApplication.translate(
            "WhereDataLies",
            "Die Daten liegen auf dem {server}. Dieser Rechner hält in seinem Datenordner nur Einstellungen, "
            "Suchindex und Anhänge:<br>{folder}",
        ).format(server=where_stored(ws)[1], folder=ws.folder.root)
    return QCoreApplication.translate(
        "WhereDataLies", "Alle Daten liegen im Datenordner auf diesem Rechner:<br>{folder}"
    ).format(folder=ws.folder.root)
