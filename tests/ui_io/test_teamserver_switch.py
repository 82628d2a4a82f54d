"""From the local file to the team server and back, in the running program: Einstellungen →
„Teamserver“ → „Mit Teamserver verbinden …“ reopens the window on the server, the status bar says so,
„Mit der lokalen Datei arbeiten“ brings the file's window back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from sic_desktop.core.models import Organisation
from sic_desktop.core.settings import Settings
from sic_desktop.core.team_server_login import saved_address
from sic_desktop.ui.session import Session
from sic_desktop.ui.settings_dialog import SettingsDialog
from sic_desktop.ui.team_server_connect import ConnectDialog, TeamServerSection
from tests.teamserver_fixtures import MemoryKeyring, server_address_of


def _working_on(session: Session) -> str:
    assert session.window is not None
    return session.window.statusBar().findChild(QLabel, "workingOn").text()


def _section(session: Session) -> TeamServerSection:
    assert session.window is not None
    dialog = SettingsDialog(session.window.ctx, session.window)
    dialog.show()
    section = dialog.findChild(TeamServerSection)
    assert section is not None
    return section


def test_connecting_from_the_settings_reopens_the_window_on_the_server_and_back(
    qtbot, session: Session, window, settle, store: MemoryKeyring, tls_cluster, postgres_url: str, monkeypatch
) -> None:
    cluster, _ca = tls_cluster
    window.ctx.ws.organisations.create(Organisation(name="Nur in der lokalen Datei"))
    assert _working_on(session).startswith("Lokale Datei")
    with_server = server_address_of(cluster, postgres_url)

    def connect(dialog: ConnectDialog) -> QDialog.DialogCode:
        dialog.form.set_address(with_server)
        dialog.password.setText("geheim-123")
        dialog.accept()  # the test connection runs beside the window
        qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=20_000)
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", connect)
    _section(session).connect_button.click()
    qtbot.waitUntil(lambda: session.window is not None and _working_on(session).startswith("Teamserver"), timeout=10_000)
    settle()
    assert _working_on(session) == f"Teamserver postgres@127.0.0.1:{cluster.port}"
    assert session.workspace.organisations.list() == []  # the server's records, not the file's
    assert saved_address(Settings.load(session.folder.settings_file)) == with_server

    _section(session).local_button.click()
    qtbot.waitUntil(lambda: session.window is not None and _working_on(session).startswith("Lokale Datei"), timeout=10_000)
    settle()
    assert [o.name for o in session.workspace.organisations.list()] == ["Nur in der lokalen Datei"]
    assert not saved_address(Settings.load(session.folder.settings_file)).connect_at_start
