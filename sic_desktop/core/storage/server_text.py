"""The German messages of the team server, written once (the window and the command line show them)."""

from __future__ import annotations

from sic_desktop.core.errors import SchemaTooNewError, ServerUnreachableError
from sic_desktop.core.i18n import translate


def server_unreachable(server: str, reason: object) -> ServerUnreachableError:
    return ServerUnreachableError(
        translate(
            "Teamserver",
            "Der Teamserver „{server}“ ist nicht erreichbar ({reason}). Es wurde nichts gespeichert; "
            "bitte die Netzwerkverbindung prüfen und erneut versuchen.",
        ).format(server=server, reason=str(reason).strip().splitlines()[0] if str(reason).strip() else "")
    )


def server_refused(reason: str) -> str:
    return translate(
        "Teamserver",
        "Der Teamserver hat den Zugriff verweigert: Ihre Rolle darf das nicht ({reason}). Es wurde nichts gespeichert.",
    ).format(reason=reason)


def no_file_backup() -> str:
    return translate(
        "Teamserver",
        "Die Daten liegen auf dem Teamserver; dort sichert die IT mit pg_dump (siehe docs/teamserver.md). "
        "Eine Sicherungsdatei legt SIC Desktop nur für einen lokalen Datenordner an.",
    )


def no_file_restore() -> str:
    return translate(
        "Teamserver",
        "Die Daten liegen auf dem Teamserver; eine Sicherung des Teamservers spielt die IT mit pg_restore zurück "
        "(siehe docs/teamserver.md). SIC Desktop stellt nur die Sicherungsdatei eines lokalen Datenordners wieder "
        "her. Es wurde nichts verändert.",
    )


def server_check_scope() -> str:
    return translate(
        "Teamserver",
        "Geprüft wurden die Einträge auf dem Teamserver und der Suchindex dieses Rechners. Die Dateien des "
        "Servers selbst prüft und sichert die IT (pg_dump, siehe docs/teamserver.md).",
    )


def server_too_new(server: int, known: int) -> SchemaTooNewError:
    return SchemaTooNewError(
        translate(
            "Teamserver",
            "Der Teamserver hat den Datenstand {server}, dieses Programm kennt nur bis Datenstand {known}. "
            "Bitte SIC Desktop aktualisieren; der Teamserver bleibt unverändert.",
        ).format(server=server, known=known)
    )


def server_too_old(server: int, known: int) -> SchemaTooNewError:
    return SchemaTooNewError(
        translate(
            "Teamserver",
            "Der Teamserver hat den Datenstand {server}, dieses Programm braucht Datenstand {known}. "
            "Bitte die IT, den Teamserver mit „sic-desktop server upgrade“ umzustellen.",
        ).format(server=server, known=known)
    )


def server_not_set_up(server: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        translate(
            "Teamserver",
            "Die Datenbank „{server}“ ist noch nicht für SIC Desktop eingerichtet. "
            "Bitte die IT, sie mit „sic-desktop server init“ einzurichten.",
        ).format(server=server)
    )
