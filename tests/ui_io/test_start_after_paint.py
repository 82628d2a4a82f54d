"""The window is painted first, then the start page shows its data; the search index, the day's backup and the
erasure log follow."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from sic_desktop.core.backups import list_backups
from sic_desktop.core.models import Organisation
from sic_desktop.search import SearchService, SearchState
from sic_desktop.ui.first_paint import after_first_paint
from sic_desktop.ui.global_search.index_backend import IndexSearch
from sic_desktop.ui.start_page import Overview, StartPage


def test_backup_and_search_index_start_once_the_window_is_painted(qtbot, session, settle):
    session.workspace.organisations.create(Organisation(name="Stiftung Nord"))
    window = session.start()
    # Nothing of it has started while the window is being built and shown.
    assert session.ctx.search is None and not session.background_started
    assert SearchService.attached_to(session.workspace) is None
    qtbot.waitExposed(window)
    settle()  # the first paint has started the work after it
    assert [b.reason for b in list_backups(session.folder.backups_dir)] == ["start"]
    service = SearchService.attached_to(session.workspace)
    assert service is not None and isinstance(window.search_backend, IndexSearch)
    qtbot.waitUntil(lambda: service.state is SearchState.READY, timeout=30_000)
    assert [hit.title for hit in window.search_backend.search("Stiftung", 5).hits] == ["Stiftung Nord"]


def test_a_reopened_window_starts_its_search_index_again(qtbot, session, window, settle):
    first = session.ctx.search
    assert first is not None
    session.reopen("Einen Moment …", lambda folder: "Fertig.")
    qtbot.waitUntil(lambda: session.window is not window and session.window is not None, timeout=20_000)
    settle()
    assert session.ctx.search is not None and session.ctx.search is not first
    assert session.window.statusBar().currentMessage() == "Fertig."


def test_the_start_page_shows_its_data_before_the_work_after_the_paint_begins(qtbot, session, settle, monkeypatch):
    """Loading the search index's libraries keeps the UI thread busy: the overview must not wait behind it."""
    session.workspace.organisations.create(Organisation(name="Stiftung Nord"))
    painted = threading.Event()
    read = Overview.read

    def slow_read(ws):  # a big data folder: the overview arrives after the first paint
        painted.wait(timeout=30)
        return read(ws)

    monkeypatch.setattr(Overview, "read", slow_read)
    window = session.start()
    page = window.current_page()
    assert isinstance(page, StartPage)
    started_when_filled = []
    page.filled.connect(lambda: started_when_filled.append(session.background_started))
    after_first_paint(window, painted.set)
    qtbot.waitExposed(window)
    settle()
    assert started_when_filled[:1] == [False]
    assert session.ctx.search is not None


def test_the_window_is_painted_before_its_first_reads_start(qtbot, session, settle, monkeypatch):
    """The start page's and the status bar's reads would compete with the first paint for the processor."""
    read_before_paint = []
    read = Overview.read
    monkeypatch.setattr(Overview, "read", lambda ws: read_before_paint.append(True) or read(ws))
    window = session.start()
    after_first_paint(window, lambda: read_before_paint.append(False))
    qtbot.waitExposed(window)
    settle()
    assert read_before_paint == [False, True]
    assert "Organisationen" in window.statusBar().findChild(QLabel, "recordCounts").text()
