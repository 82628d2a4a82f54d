"""Other programs' writes reach the open window (issue 19, 13): a command-line import while the
window is open shows up in its lists and its full-text search, without a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sic_desktop.cli import main
from sic_desktop.core.models import Organisation
from sic_desktop.search import SearchState


def test_a_command_line_import_reaches_the_open_window(qtbot, window, ctx, tmp_path: Path):
    ctx.ws.organisations.create(Organisation(name="Stiftung Nord"))
    orgs = window.go_to("organisation")
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 1)
    ctx.start_search()
    qtbot.waitUntil(lambda: ctx.search.service.state is SearchState.READY, timeout=10_000)
    source = tmp_path / "organisationen.csv"
    source.write_text("Name;Ort\nQuartiersinitiative Marten e.V.;Dortmund\n", encoding="utf-8")

    assert main(["import", str(source), "--kind", "organisationen"]) == 0  # another program, its own connection
    ctx.outside_changes.check()  # as the timer or the window regaining the focus would

    qtbot.waitUntil(lambda: orgs.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: ctx.search.service.state is SearchState.READY
                    and [h.title for h in ctx.search.service.search("Quartiersinitiative").hits]
                    == ["Quartiersinitiative Marten e.V."], timeout=10_000)


def test_the_windows_own_saves_are_not_taken_for_outside_changes(qtbot, window, ctx, settle):
    ctx.ws.organisations.create(Organisation(name="Stiftung Nord"))
    settle()
    ctx.outside_changes.check()
    settle()
    assert "anderes Programm" not in window.statusBar().currentMessage()


def test_the_window_getting_the_focus_back_looks_for_outside_changes(qtbot, window, ctx, monkeypatch):
    """From the first paint on (the session calls ``watch_activation`` then), not before: PySide6 hands the
    signal's state to Python only once Qt's enums are built, which the start leaves until after its picture."""
    asked: list[bool] = []
    monkeypatch.setattr(ctx.outside_changes, "check", lambda: asked.append(True))
    ctx.outside_changes.watch_activation()
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # another program in front
    assert asked == []
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert asked == [True]
