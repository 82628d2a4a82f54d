"""How this PC reaches the team server: the address in settings.json, the password in the operating
system's credential store (``keyring``: the Windows Credential Manager), never in a file.

TLS is on by default (``sslmode=require``); ``verify-full`` also checks the server's certificate
against the CA file IT hands out. Where IT offers Kerberos (Windows sign-in, GSSAPI), no password
is asked or kept at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.settings import Settings

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

SETTINGS_KEY = "team_server"  # in settings.json, beside the data folder's other settings
KEYRING_SERVICE = "SIC Desktop Teamserver"
TLS_MODES = ("require", "verify-full")


class CredentialStoreError(SicError):
    """The operating system's credential store refused to keep or give the password."""


@dataclass(frozen=True)
class ServerAddress:
    """What IT tells the user: host, port, database, user; how the connection is secured."""

    host: str = ""
    port: int = 5432
    dbname: str = "sic"
    user: str = ""
    tls: str = "require"
    ca_file: str = ""
    kerberos: bool = False
    connect_at_start: bool = True

    @property
    def account(self) -> str:
        """The name the password is kept under in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def problems(self) -> list[str]:
        """What is missing or wrong, in German, for the form."""
        found = []
        if not self.host.strip():
            found.append(translate("TeamServerLogin", "Bitte den Servernamen eintragen."))
        if not self.dbname.strip():
            found.append(translate("TeamServerLogin", "Bitte den Namen der Datenbank eintragen."))
        if not self.user.strip() and not self.kerberos:
            found.append(translate("TeamServerLogin", "Bitte den Benutzernamen eintragen."))
        if not 0 < self.port < 65536:
            found.append(translate("TeamServerLogin", "Der Port muss eine Zahl von 1 bis 65535 sein."))
        if self.tls == "verify-full" and not Path(self.ca_file).is_file():
            found.append(
                translate("TeamServerLogin", "Zum Prüfen des Serverzertifikats bitte die CA-Datei der IT wählen.")
            )
        return found

    def conninfo(self, password: str | None = None) -> str:
        """The connection string for psycopg; with Kerberos no password is sent."""
        from psycopg.conninfo import make_conninfo

        options: dict[str, Any] = {
            "host": self.host.strip(), "port": self.port, "dbname": self.dbname.strip(), "sslmode": self.tls,
            "gssencmode": "prefer" if self.kerberos else "disable",
        }
        if self.user.strip():
            options["user"] = self.user.strip()
        if self.tls == "verify-full":
            options["sslrootcert"] = self.ca_file
        if password and not self.kerberos:
            options["password"] = password
        return make_conninfo("", **options)


def current_address(ws: Workspace) -> ServerAddress | None:
    """The address of the server the workspace is on (given by ``--server``), to start the form from."""
    if not ws.database.is_server:
        return None
    from psycopg.conninfo import conninfo_to_dict

    from sic_desktop.core.storage.postgres import PostgresDatabase

    assert isinstance(ws.database, PostgresDatabase)
    info = conninfo_to_dict(ws.database.url)
    port = str(info.get("port") or 5432)
    return ServerAddress(
        host=str(info.get("host") or "localhost"), port=int(port) if port.isdigit() else 5432,
        dbname=str(info.get("dbname") or ""), user=str(info.get("user") or ""),
        tls="verify-full" if info.get("sslmode") == "verify-full" else "require",
        ca_file=str(info.get("sslrootcert") or ""),
    )


def saved_address(settings: Settings) -> ServerAddress | None:
    """The team server this PC connects to, or None (the local file)."""
    data = settings.extra.get(SETTINGS_KEY)
    if not isinstance(data, dict):
        return None
    defaults = ServerAddress()  # a value of the wrong type (edited by hand) falls back to its default
    names = {f.name for f in fields(ServerAddress)}
    values = {k: v for k, v in data.items() if k in names and type(v) is type(getattr(defaults, k))}
    address = ServerAddress(**values)
    return address if address.host and address.tls in TLS_MODES else None


def save_address(settings: Settings, address: ServerAddress | None) -> None:
    """Keep the address (never the password) in the settings; None: work on the local file again."""
    if address is None:
        settings.extra.pop(SETTINGS_KEY, None)
    else:
        settings.extra[SETTINGS_KEY] = asdict(address)


def stored_password(address: ServerAddress) -> str | None:
    """The password from the credential store, or None if none is kept (or the store cannot be used)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.account)
    except KeyringError:
        return None


def store_password(address: ServerAddress, password: str | None) -> None:
    """Keep ``password`` in the credential store; None forgets it."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, address.account, password)
        else:
            keyring.delete_password(KEYRING_SERVICE, address.account)
    except PasswordDeleteError:
        return  # nothing was kept
    except KeyringError as error:
        raise CredentialStoreError(
            translate(
                "TeamServerLogin",
                "Das Passwort konnte nicht in der Anmeldeinformationsverwaltung von Windows gespeichert werden ({reason}). "
                "Es wird bei jedem Start erneut abgefragt.",
            ).format(reason=error)
        ) from error


def try_connection(conninfo: str) -> str:
    """Open the team server's database once (the schema version is checked too); its label for the status."""
    from sic_desktop.core.storage.postgres import open_server

    database = open_server(conninfo)
    try:
        return database.server_label
    finally:
        database.close()
