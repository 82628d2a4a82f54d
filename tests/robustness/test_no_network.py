"""The program never opens a network connection: a whole session in the window with the sockets guarded.

Every way Python reaches the network – connecting a socket, creating a connection,
looking up a host name – fails the test and is recorded; Qt's own network module
must not even be loaded.
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtCore import Qt

from sic_desktop.privacy.review import review_list
from sic_desktop.reports.briefings import BriefingOptions, build_briefing
from sic_desktop.ui.privacy import actions
from sic_desktop.ui.privacy.history_dialog import HistoryDialog


@pytest.fixture(autouse=True)
def attempts(monkeypatch) -> list[str]:
    """Connection attempts; each also raises, so nothing could succeed unnoticed.

    Autouse: pytest sets it up before any other fixture, so the guard is in place
    before the data folder is opened and the window is built.
    """
    seen: list[str] = []

    def refuse(what: str):
        def guarded(*args, **kwargs):
            seen.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network access in a test: {what}")

        return guarded

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return seen


def test_a_whole_session_opens_no_connection(attempts, qtbot, window, ctx, settle, tmp_path):
    # Demo data, as offered on the start page.
    window.load_demo()
    settle()
    assert ctx.ws.persons.count() > 0
    # Search.
    popup = window.show_search()
    qtbot.keyClicks(popup.field, "Kinderbetreuung")
    qtbot.waitUntil(lambda: popup.shown_text == "Kinderbetreuung", timeout=10_000)
    popup.hide()
    # Edit and save a contact.
    person = ctx.ws.persons.list()[0]
    window.open_record(person.ref)
    settle()
    persons = window.current_page()
    persons.editor.form.widget("notes").set_value("Telefonisch am Vormittag erreichbar.")
    with qtbot.waitSignal(persons.editor.saved, timeout=5000):
        qtbot.mouseClick(persons.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    # The Datenschutz page, an access request (PDF and JSON), a briefing PDF, a CSV of the change history.
    window.go_to("privacy")
    settle()
    due = review_list(ctx.ws)[0].person_id
    actions.export_access_to(ctx, [ctx.ws.persons.get(due).ref], tmp_path, window)
    settle()
    organisation = ctx.ws.organisations.list()[0]
    briefing = tmp_path / "briefing.pdf"
    ctx.ops.read(window, lambda ws: build_briefing(ws, organisation.ref, BriefingOptions(), briefing)).run()
    settle()
    dialog = HistoryDialog(ctx, person.ref, window)
    dialog.export_to(tmp_path / "protokoll.csv")
    settle()
    dialog.close()

    assert len(list(tmp_path.glob("auskunft-*.pdf"))) == 1 and briefing.stat().st_size > 0
    assert (tmp_path / "protokoll.csv").exists()
    assert attempts == []
    assert not [name for name in sys.modules if name.startswith("PySide6.QtNetwork")]
