"""The window offers what the user's role on the team server allows, asked of the server itself,
and the change history names the database user who made each change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QToolButton

from sic_desktop.core.models import Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.history_export import history_rows
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.main_window import MainWindow
from tests.postgres_server import PostgresCluster


def _as(cluster: PostgresCluster, url: str, role: str) -> tuple[str, str]:
    """A new login with ``role`` and the address of ``url``'s database for it."""
    login = cluster.login(role)
    return login, f"postgresql://{login}@{url.split('@', 1)[1]}"


@contextmanager
def _window(qtbot, url: str, folder: Path, close_window: Callable[[MainWindow], None]) -> Iterator[MainWindow]:
    ws = Workspace.open(folder, server=url)  # no user given: the server's login is who works
    ctx = AppContext(ws)
    main = MainWindow(ctx)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        close_window(main)
        ctx.close()
        ws.close()


def _visible_nav(main: MainWindow) -> list[str]:
    return [main.nav.item(i).text() for i in range(main.nav.count()) if not main.nav.item(i).isHidden()]


def test_a_reader_sees_records_but_no_way_to_change_them(
    qtbot, postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path, answers, close_window
) -> None:
    with Workspace.open(tmp_path / "it", server=postgres_url) as ws:
        jana = ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
    _login, reader = _as(postgres_cluster, postgres_url, "sic_lesen")
    with _window(qtbot, reader, tmp_path / "lena", close_window) as main:
        assert not main.commands["new"].isVisible() and not main.commands["import"].isVisible()
        assert main.commands["search"].isVisible() and main.commands["export"].isVisible()
        assert "Datenschutz" not in _visible_nav(main)
        main.open_record(jana.ref)
        page = main.current_page()
        assert isinstance(page, ListPage)
        qtbot.waitUntil(lambda: page.editor.form.widget("last_name").text() == "Özdemir")
        assert page.new_button.isHidden() and page.editor.save_button.isHidden()
        assert page.editor.form.widget("last_name").isReadOnly()
        assert not page.actions["trash"].isVisible() and not page.actions["erase"].isVisible()
        assert page.actions["history"].isVisible()
        trash_buttons = [b for b in page.findChildren(QToolButton) if b.defaultAction() is page.actions["trash"]]
        assert trash_buttons and all(b.isHidden() for b in trash_buttons)
        assert page.attachment_pane.add_button.isHidden()
        start = main.page("start")
        new_note = start.findChild(QPushButton, "new_note")
        assert new_note is not None and new_note.isHidden()


def test_an_editor_edits_only_the_datenschutz_role_erases_and_the_history_names_the_login(
    qtbot, postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path, answers, close_window
) -> None:
    emil, editor = _as(postgres_cluster, postgres_url, "sic_bearbeiten")
    with _window(qtbot, editor, tmp_path / "emil", close_window) as main:
        assert main.commands["new"].isVisible() and "Datenschutz" not in _visible_nav(main)
        assert not main.commands["backup_now"].isVisible()  # the server is backed up by IT (pg_dump)
        page = main.new_record(RecordType.PERSON)
        page.editor.form.widget("last_name").setText("Berg")
        with qtbot.waitSignal(page.editor.saved):
            page.editor.save()
        qtbot.waitUntil(lambda: main.ctx.ops.idle)
        assert page.actions["trash"].isVisible() and not page.actions["erase"].isVisible()
        assert not page.actions["access_request"].isVisible()
        berg = main.ctx.ws.persons.list()[0]
        assert [row[1:3] for row in history_rows(main.ctx.ws, berg.ref)] == [[emil, "angelegt"]]

    _login, privacy = _as(postgres_cluster, postgres_url, "sic_datenschutz")
    with _window(qtbot, privacy, tmp_path / "dana", close_window) as main:
        assert "Datenschutz" in _visible_nav(main)
        main.open_record(berg.ref)
        page = main.current_page()
        assert page.actions["erase"].isVisible() and page.actions["access_request"].isVisible()
