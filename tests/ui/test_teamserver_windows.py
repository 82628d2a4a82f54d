"""Two colleagues' windows on one team server: what one saves appears in the other's window within 2 s
(list, open editor, start page).

Two Workspaces (two PostgreSQL clients, as on two PCs) with their own AppContext and MainWindow in
one test process; nothing but the server's change log and its notices connects them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.models import Note, Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io.start_backup import BackupWarningBar, start_backup
from sic_desktop.ui.main_window import MainWindow

SECONDS_2 = 2000  # the promise: another client's commit shows within 2 s


@pytest.fixture
def colleagues(
    qtbot, postgres_url: str, tmp_path: Path, answers, close_window: Callable[[MainWindow], None]
) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Anna's and Bernd's windows, each on its own PC's data folder, both on the test's server."""
    opened: list[tuple[Workspace, AppContext, MainWindow]] = []
    for user in ("anna", "bernd"):
        ws = Workspace.open(tmp_path / user, user=user, server=postgres_url)
        ctx = AppContext(ws)
        main = MainWindow(ctx)
        main.show()
        qtbot.waitExposed(main)
        opened.append((ws, ctx, main))
    yield opened[0][2], opened[1][2]
    for ws, ctx, main in opened:
        close_window(main)
        ctx.close()
        ws.close()


def _list_names(main: MainWindow) -> list[str]:
    page = main.page(RecordType.ORGANISATION.value)
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_save_in_one_window_shows_in_the_others_list_within_two_seconds(qtbot, colleagues) -> None:
    anna, bernd = colleagues
    bernd.go_to(RecordType.ORGANISATION.value)
    qtbot.waitUntil(lambda: bernd.ctx.ops.idle)
    assert _list_names(bernd) == []

    page = anna.new_record(RecordType.ORGANISATION)
    page.editor.form.widget("name").setText("Quartiersladen Nordstadt")
    with qtbot.waitSignal(page.editor.saved):
        page.editor.save()

    qtbot.waitUntil(lambda: _list_names(bernd) == ["Quartiersladen Nordstadt"], timeout=SECONDS_2)


def test_an_open_editor_shows_the_others_save_and_keeps_unsaved_input(qtbot, colleagues) -> None:
    anna, bernd = colleagues
    verein = anna.ctx.ws.organisations.create(Organisation(name="Kulturverein Hörde", district="Hörde"))
    bernd.open_record(verein.ref)
    editor = bernd.current_page().editor
    qtbot.waitUntil(lambda: editor.form.widget("district").text() == "Hörde")

    stored = anna.ctx.ws.organisations.get(verein.id)
    stored.district = "Hörde-Mitte"
    anna.ctx.ws.organisations.update(stored)
    qtbot.waitUntil(lambda: editor.form.widget("district").text() == "Hörde-Mitte", timeout=SECONDS_2)

    editor.form.widget("district").setText("Phoenix-See")  # Bernd types; Anna saves again meanwhile
    stored = anna.ctx.ws.organisations.get(verein.id)
    stored.name = "Kulturverein Hörde e. V."
    anna.ctx.ws.organisations.update(stored)
    qtbot.waitUntil(lambda: "Kulturverein Hörde e. V." in _list_names(bernd), timeout=SECONDS_2)
    assert editor.form.widget("district").text() == "Phoenix-See"  # his input is kept, not overwritten


def test_a_window_on_the_server_makes_no_file_backup_and_shows_no_warning(qtbot, colleagues) -> None:
    anna, _bernd = colleagues
    anna.ctx.ws.organisations.create(Organisation(name="Quartiersladen Nordstadt"))  # not empty: a file would be backed up
    start_backup(anna)
    qtbot.waitUntil(lambda: anna.ctx.ops.idle)
    assert not [bar for bar in anna.findChildren(BackupWarningBar) if bar.isVisible()]
    assert not anna.commands["backup_now"].isVisible() and not anna.commands["restore_backup"].isVisible()


def test_a_note_written_in_one_window_shows_on_the_others_start_page_within_two_seconds(qtbot, colleagues) -> None:
    anna, bernd = colleagues
    start = bernd.page("start")
    qtbot.waitUntil(lambda: bernd.ctx.ops.idle)

    def titles() -> list[str]:
        return [start.notes.topLevelItem(i).text(1) for i in range(start.notes.topLevelItemCount())]

    assert "Werkstattgespräch Nordstadt" not in titles()
    anna.ctx.ws.notes.create(Note(title="Werkstattgespräch Nordstadt", note_date=date(2026, 12, 3), text="Protokoll"))
    qtbot.waitUntil(lambda: "Werkstattgespräch Nordstadt" in titles(), timeout=SECONDS_2)
