"""The start page on the team server speaks of the team server: an empty one offers the transfer of the
team's data folder (or says who may do it), never the demo data; a filled one says nothing of a data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.io import server_transfer_action
from sic_desktop.ui.start_page import StartPage
from tests.postgres_server import PostgresCluster
from tests.ui.test_teamserver_roles import _as, _window


def _start_page(qtbot, main) -> StartPage:
    page = main.page("start")
    assert isinstance(page, StartPage)
    qtbot.waitUntil(lambda: main.ctx.ops.idle and page.empty_text.text() != "", timeout=10_000)
    return page


def test_an_empty_team_server_offers_the_transfer_not_the_demo(
    qtbot, postgres_url: str, tmp_path: Path, answers, close_window, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(server_transfer_action, "choose_folder", lambda parent, title: asked.append(title))
    with _window(qtbot, postgres_url, tmp_path / "it", close_window) as main:
        page = _start_page(qtbot, main)
        assert page.empty_box.isVisible()
        text = page.empty_text.text()
        assert "Teamserver" in text and "„Daten auf den Teamserver übertragen …“" in text
        assert "Datenordner ist noch leer" not in text
        assert page.demo_button.isHidden() and page.transfer_button.isVisible()
        page.transfer_button.click()  # the user lets the folder dialog go: nothing is transferred
        assert asked == ["Lokalen Datenordner wählen, der auf den Teamserver kommt"]


def test_an_empty_team_server_tells_an_editor_who_may_transfer(
    qtbot, postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path, answers, close_window
) -> None:
    _login, editor = _as(postgres_cluster, postgres_url, "sic_bearbeiten")
    with _window(qtbot, editor, tmp_path / "anna", close_window) as main:
        page = _start_page(qtbot, main)
        assert page.empty_box.isVisible() and page.transfer_button.isHidden() and page.demo_button.isHidden()
        assert "Datenschutz-Rolle" in page.empty_text.text() and "Neue Notiz" in page.empty_text.text()


def test_a_filled_team_server_says_nothing_of_a_data_folder(
    qtbot, postgres_url: str, tmp_path: Path, answers, close_window, when_dialog
) -> None:
    with Workspace.open(tmp_path / "it", server=postgres_url) as ws:
        ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
    with _window(qtbot, postgres_url, tmp_path / "lena", close_window) as main:
        page = _start_page(qtbot, main)
        assert page.empty_box.isHidden()
        about: list[str] = []
        when_dialog(QMessageBox, lambda box: (about.append(box.text()), box.accept()))
        main.commands["about"].trigger()
        assert "Die Daten liegen auf dem Teamserver" in about[0] and "Alle Daten liegen im Datenordner" not in about[0]
