"""Connecting to the team server: the dialog „Mit Teamserver verbinden“ and the Einstellungen page
„Teamserver“ (the choice at start: ``team_server_at_start``).

The address goes to settings.json, the password only to the credential store (``core.team_server_login``).
Connecting from an open window reopens it on the server (the session's reopen, as after a restore);
the connection string stays in this process (``choose_server``), never in the environment.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from functools import partial

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.errors import SicError
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.server_address import choose_server
from sic_desktop.core.team_access import on_server, where_stored
from sic_desktop.core.team_server_login import (
    CredentialStoreError,
    ServerAddress,
    current_address,
    save_address,
    saved_address,
    store_password,
    stored_password,
    try_connection,
)
from sic_desktop.ui.beside import call_beside
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.team_server_form import ServerForm


class ConnectDialog(QDialog):
    """The address, the password (kept in the credential store if wished) and a test connection."""

    def __init__(self, address: ServerAddress | None, parent: QWidget | None = None, *, at_start: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Mit Teamserver verbinden"))
        self.setWindowIcon(icon("app"))
        self.address = address or ServerAddress()  # once connected: the address that worked
        self.conninfo = ""
        self.server_label = ""
        self._attempt = 0  # the test connection whose answer is awaited
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Auf dem Teamserver arbeitet das ganze Team mit einem gemeinsamen Datenbestand. Die Angaben "
                "erhalten Sie von Ihrer IT. Das Passwort wird in keiner Datei gespeichert, nur auf Wunsch in der "
                "Anmeldeinformationsverwaltung von Windows."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ServerForm(address, self)
        layout.addWidget(self.form)
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if address is not None and not address.kerberos:
            self.password.setText(stored_password(address) or "")
        label = QLabel(self.tr("Pass&wort:"), self)
        label.setBuddy(self.password)
        self.remember = QCheckBox(self.tr("Passwort in der Anmeldeinformationsverwaltung von Windows merken"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        rows = self.form.rows
        rows.insertRow(rows.rowCount() - 1, label, self.password)  # above „Beim Start …“
        rows.insertRow(rows.rowCount() - 1, "", self.remember)
        self.message = QLabel(self)
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.connect_button = buttons.addButton(self.tr("&Verbinden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        buttons.addButton(
            self.tr("&Lokale Datei öffnen") if at_start else self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.sign_in.currentIndexChanged.connect(self._follow_sign_in)
        self._follow_sign_in()
        self.setMinimumWidth(560)

    def _follow_sign_in(self) -> None:
        kerberos = bool(self.form.sign_in.currentData())
        self.password.setEnabled(not kerberos)
        self.remember.setEnabled(not kerberos)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()  # room for the message without squeezing the form

    def accept(self) -> None:
        """Connect once to test the address, on a thread of its own (an unreachable server takes the whole
        connect timeout); only a working address is kept. „Abbrechen“ meanwhile forgets the attempt."""
        address = self.form.address()
        problems = address.problems()
        if problems:
            self._say(" ".join(problems))
            return
        password = None if address.kerberos else self.password.text()
        conninfo = address.conninfo(password)
        self._say(self.tr("Die Verbindung wird geprüft …"))
        self.connect_button.setEnabled(False)
        self._attempt += 1
        call_beside(lambda: try_connection(conninfo), "sic-connection-test",
                    partial(self._tested, self._attempt, address, password, conninfo))

    def reject(self) -> None:
        self._attempt += 1  # a test still running is no longer waited for
        super().reject()

    def _tested(self, attempt: int, address: ServerAddress, password: str | None, conninfo: str,
                done: Future[str]) -> None:
        if not shiboken6.isValid(self) or attempt != self._attempt:
            return  # closed, or asked again meanwhile
        self.connect_button.setEnabled(True)
        error = done.exception()
        if isinstance(error, SicError):
            self._say(str(error))
            return
        if error is not None:
            self._say("")
            show_error(self, error)
            return
        self.server_label = done.result()
        try:
            store_password(address, password if self.remember.isChecked() else None)
        except CredentialStoreError as error:
            self._say(str(error))  # connected all the same; the password is asked again next time
        self.address, self.conninfo = address, conninfo
        super().accept()


class TeamServerSection(QGroupBox):
    """Einstellungen, „Teamserver“: where the window works now, connect to the server or back to the local file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ws = ctx.ws
        self.setObjectName("teamServerSection")
        self.setTitle(self.tr("Teamserver"))
        self._ctx = ctx
        row = QHBoxLayout(self)  # one line: the dialog must fit a 768-pixel-high screen
        label, address = where_stored(ws)
        self.where = QLabel(self.tr("Dieses Fenster arbeitet mit: {where}").format(where=label), self)
        self.where.setObjectName("workingOnSetting")
        self.where.setToolTip(address)
        row.addWidget(self.where, 1)
        self.connect_button = QPushButton(icon("settings"), self.tr("Mit Teamserver &verbinden …"), self)
        self.connect_button.setObjectName("connectTeamServer")
        self.connect_button.clicked.connect(self._connect)
        row.addWidget(self.connect_button)
        self.local_button = QPushButton(self.tr("Mit der lo&kalen Datei arbeiten"), self)
        self.local_button.setObjectName("useLocalFile")
        self.local_button.setEnabled(on_server(ws))
        self.local_button.clicked.connect(self._use_local_file)
        row.addWidget(self.local_button)
        self._address = saved_address(ws.settings) or current_address(ws)

    def apply(self, settings: Settings) -> None:
        if self._address is not None:
            save_address(settings, self._address)

    def _connect(self) -> None:
        dialog = ConnectDialog(self._address, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._address = dialog.address
        self._reopen(dialog.conninfo, self.tr("Verbunden mit dem Teamserver {server}.").format(server=dialog.server_label))

    def _use_local_file(self) -> None:
        if self._address is not None:
            self._address = replace(self._address, connect_at_start=False)
        self._reopen(None, self.tr("Das Fenster arbeitet wieder mit der lokalen Datei."))

    def _reopen(self, conninfo: str | None, done: str) -> None:
        """Close the Einstellungen (they are saved), then reopen the window on the chosen database."""
        settings_dialog = self.window()
        if isinstance(settings_dialog, QDialog):
            settings_dialog.accept()
        choose_server(conninfo)
        self._ctx.reopen_requested.emit(self.tr("Die Datenbank wird gewechselt …"), lambda _folder: done)
