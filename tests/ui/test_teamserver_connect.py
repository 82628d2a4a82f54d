"""Connecting to the team server from the window: the dialog „Mit Teamserver verbinden“ tests the
address over TLS, keeps the password in the credential store (a test store here, never the real
one) and not in settings.json, and the next start connects without asking."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.server_address import resolve_server
from sic_desktop.core.team_access import where_stored
from sic_desktop.core.team_server_login import KEYRING_SERVICE, ServerAddress, save_address, saved_address
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import team_server_connect
from sic_desktop.ui.team_server_at_start import choose_at_start
from sic_desktop.ui.team_server_connect import ConnectDialog
from tests.teamserver_fixtures import MemoryKeyring, server_address_of


def _connect(qtbot, dialog: ConnectDialog) -> None:
    """„Verbinden“, and wait for the test connection's answer (it runs beside the window)."""
    dialog.accept()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=20_000)


def test_connecting_tests_the_address_over_tls_and_keeps_the_password_only_in_the_credential_store(
    qtbot, store: MemoryKeyring, tls_cluster, postgres_url: str, data_dir: Path
) -> None:
    cluster, ca = tls_cluster
    dialog = ConnectDialog(server_address_of(cluster, postgres_url, tls="verify-full", ca_file=str(ca)))
    qtbot.addWidget(dialog)
    dialog.password.setText("geheim-123")
    _connect(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    with Workspace.open(data_dir, server=dialog.conninfo) as ws:  # what the window then opens
        assert where_stored(ws)[0] == f"Teamserver postgres@127.0.0.1:{cluster.port}"
        assert ws.database.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")[0]["ssl"]
    assert store.kept == {(KEYRING_SERVICE, dialog.address.account): "geheim-123"}

    settings = Settings.load(resolve_data_folder(data_dir).settings_file)
    save_address(settings, dialog.address)
    settings.save(resolve_data_folder(data_dir).settings_file)
    written = resolve_data_folder(data_dir).settings_file.read_text(encoding="utf-8")
    assert "geheim-123" not in written and json.loads(written)["team_server"]["tls"] == "verify-full"

    choose_at_start(resolve_data_folder(data_dir))  # the next start: no question, the stored password
    chosen = resolve_server()
    assert chosen is not None and "password=geheim-123" in chosen and "sslmode=verify-full" in chosen


def test_a_wrong_address_or_a_missing_ca_file_is_explained_in_german_and_nothing_is_kept(
    qtbot, store: MemoryKeyring, tls_cluster, postgres_url: str
) -> None:
    cluster, _ca = tls_cluster
    dialog = ConnectDialog(server_address_of(cluster, postgres_url, tls="verify-full", ca_file=""))
    qtbot.addWidget(dialog)
    _connect(qtbot, dialog)
    assert "CA-Datei" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted

    dialog.form.set_address(server_address_of(cluster, postgres_url, port=1))  # nothing listens there
    dialog.password.setText("geheim-123")
    _connect(qtbot, dialog)
    assert "nicht erreichbar" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert "postgres@127.0.0.1:1/" in dialog.message.text() and "geheim-123" not in dialog.message.text()
    assert store.kept == {}


def test_at_start_without_a_stored_password_the_dialog_asks_and_may_open_the_local_file(
    qtbot, store: MemoryKeyring, tls_cluster, postgres_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster, _ca = tls_cluster
    folder = resolve_data_folder(data_dir).ensure()
    settings = Settings.load(folder.settings_file)
    save_address(settings, server_address_of(cluster, postgres_url))
    settings.save(folder.settings_file)
    monkeypatch.setattr(ConnectDialog, "exec", lambda self: QDialog.DialogCode.Rejected)  # „Lokale Datei öffnen“
    choose_at_start(folder)
    assert resolve_server() is None
    assert saved_address(Settings.load(folder.settings_file)) is not None  # asked again next time
    assert team_server_connect.stored_password(server_address_of(cluster, postgres_url)) is None


def test_the_window_stays_usable_while_the_connection_is_tested(qtbot, store: MemoryKeyring, monkeypatch) -> None:
    """An unreachable server takes the whole connect timeout: meanwhile the dialog says so and can be cancelled."""
    answer = threading.Event()

    def slow_server(conninfo: str) -> str:
        answer.wait(10)
        return "Teamserver sic@server.example:5432"

    monkeypatch.setattr(team_server_connect, "try_connection", slow_server)
    dialog = ConnectDialog(ServerAddress(host="server.example", user="sic"))
    qtbot.addWidget(dialog)
    dialog.password.setText("geheim-123")
    dialog.accept()  # returns at once
    assert dialog.message.text() == "Die Verbindung wird geprüft …" and not dialog.connect_button.isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted
    answer.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.server_label == "Teamserver sic@server.example:5432"
