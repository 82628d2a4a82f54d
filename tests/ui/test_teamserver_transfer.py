"""Datei → „Daten auf den Teamserver übertragen …“ and back, in the window on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.models import Note, Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.io import server_transfer_action
from sic_desktop.ui.main_window import MainWindow


@pytest.fixture
def window_on(qtbot, close_window):
    opened: list[tuple[MainWindow, AppContext, Workspace]] = []

    def open_window(folder: Path, server: str | None) -> MainWindow:
        ws = Workspace.open(folder, user="anna", server=server)
        ctx = AppContext(ws)
        main = MainWindow(ctx)
        main.show()
        qtbot.waitExposed(main)
        opened.append((main, ctx, ws))
        return main

    yield open_window
    for main, ctx, ws in opened:
        close_window(main)
        ctx.close()
        ws.close()


def test_the_window_moves_a_local_folder_onto_the_server_and_copies_it_back(
    qtbot, postgres_url, tmp_path, window_on, monkeypatch
):
    local = tmp_path / "lokal"
    with Workspace.open(local, user="anna") as ws:
        jana = ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        ws.notes.create(Note(title="Werkstatt Nordstadt", note_date=date(2026, 11, 25), person_ids=[jana.id]))
    main = window_on(tmp_path / "pc", postgres_url)
    assert main.commands["server_transfer"].isVisible() and not main.commands["backup_now"].isVisible()

    monkeypatch.setattr(server_transfer_action, "choose_folder", lambda *_: local)
    with qtbot.waitSignal(main.ctx.status_message, timeout=20_000,
                          check_params_cb=lambda text: text.startswith("Auf den Teamserver übertragen")) as told:
        main.commands["server_transfer"].trigger()
    assert "1 Kontakt" in told.args[0] and "1 Notiz" in told.args[0]
    assert [p.last_name for p in main.ctx.ws.persons.list()] == ["Özdemir"]

    copy = tmp_path / "kopie"
    copy.mkdir()
    monkeypatch.setattr(server_transfer_action, "choose_folder", lambda *_: copy)
    with qtbot.waitSignal(main.ctx.status_message, timeout=20_000,
                          check_params_cb=lambda text: text.startswith("In den Datenordner")):
        main.commands["server_copy"].trigger()
    with Workspace.open(copy, local=True) as back:
        assert [n.title for n in back.notes.list()] == ["Werkstatt Nordstadt"]
        assert back.persons.get(jana.id).last_name == "Özdemir"


def test_an_editor_is_not_offered_the_transfer_that_brings_the_datenschutz_protokoll(
    postgres_cluster, postgres_url, tmp_path, window_on
):
    login = postgres_cluster.login("sic_bearbeiten")
    main = window_on(tmp_path / "pc", f"postgresql://{login}@{postgres_url.split('@', 1)[1]}")
    assert not main.commands["server_transfer"].isVisible() and main.commands["server_copy"].isVisible()


def test_the_local_window_offers_no_move_to_or_from_a_server(tmp_path, window_on):
    main = window_on(tmp_path / "lokal", None)
    assert not main.commands["server_transfer"].isVisible() and not main.commands["server_copy"].isVisible()
    assert main.commands["backup_now"].isVisible()
