"""Where the window's records lie, said for the about box: the local data folder, or the team server with
what this PC still keeps in its own folder (settings, search index, attachments)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from sic_desktop.core.team_access import on_server, where_stored
from sic_desktop.core.workspace import Workspace


def about_where(ws: Workspace) -> str:
    """One sentence with a line break (<br>) before the folder, for rich text: the folder and the server's
    address are escaped, so a folder named „a<b“ or „Müller & Co“ shows as it is."""
    folder = escape(str(ws.folder.root))
    if on_server(ws):
        return QCoreApplication.translate(
            "WhereDataLies",
            "Die Daten liegen auf dem {server}. Dieser Rechner hält in seinem Datenordner nur Einstellungen, "
            "Suchindex und Anhänge:<br>{folder}",
        ).format(server=escape(where_stored(ws)[1]), folder=folder)
    return QCoreApplication.translate(
        "WhereDataLies", "Alle Daten liegen im Datenordner auf diesem Rechner:<br>{folder}"
    ).format(folder=folder)
