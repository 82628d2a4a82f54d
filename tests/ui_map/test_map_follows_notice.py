"""The map computes anew for changes of what it shows, not for every saved note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from sic_desktop.core.models import Note, Organisation
from sic_desktop.ui.map import MapView


def test_a_saved_note_leaves_the_map_alone_a_new_organisation_does_not(qtbot, ctx, workspace, opened) -> None:
    view = MapView(ctx, opened.append)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.shown_map, timeout=20000):
        view.show()
    before = len(view.canvas.scene().nodes)
    computed: list[object] = []
    view.shown_map.connect(computed.append)
    view.hide()  # another page is open meanwhile
    workspace.notes.create(Note(title="Telefonat", note_date=dt.date(2026, 11, 25), text="Rückruf erbeten."))
    QApplication.processEvents()  # the change notice arrives
    view.show()  # back on the map: nothing of it changed, so it is not drawn anew
    with qtbot.waitSignal(view.shown_map, timeout=20000):
        workspace.organisations.create(Organisation(name="Neue Initiative Eving", sector="zivilgesellschaft"))
    assert len(computed) == 1
    assert len(view.canvas.scene().nodes) == before + 1
