"""The choice at start: the team server saved in the settings, before the window opens.

Apart from „Mit Teamserver verbinden“ (``team_server_connect``), which loads only when
it must ask for the password: most starts use the local file and show no dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import Settings
from sic_desktop.core.storage.server_address import choose_server, resolve_server
from sic_desktop.core.team_server_login import save_address, saved_address, stored_password


def choose_at_start(folder: DataFolder, parent: QWidget | None = None) -> None:
    """Before the window opens: the team server saved in the settings, with the password from the
    credential store; without a stored password the dialog asks (or the user opens the local file)."""
    settings = Settings.load(folder.settings_file)
    address = saved_address(settings)
    if resolve_server() or address is None or not address.connect_at_start:
        return  # --server or SIC_DESKTOP_SERVER, or no team server chosen: as given
    password = None if address.kerberos else stored_password(address)
    if address.kerberos or password:
        choose_server(address.conninfo(password))
        return
    from sic_desktop.ui.team_server_connect import ConnectDialog  # the form: only when it asks

    dialog = ConnectDialog(address, parent, at_start=True)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        save_address(settings, dialog.address)
        settings.save(folder.settings_file)
        choose_server(dialog.conninfo)
    else:
        choose_server(None)
