"""The parts of the Art. 30 record (``processing_record``) that differ on the team server: where the records
lie, how the connection is encrypted, who may do what (the server's roles and who holds them), who backs up
(IT, with pg_dump) and what an erasure leaves behind – asked of the server, so the record states what is in
force, not what the local data folder would have.
"""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.server_facts import ServerFacts
from sic_desktop.core.storage.server_roles import ROLES
from sic_desktop.core.workspace import Workspace

# The team server's measures that need no facts of the server; the others are written in ``server_measures``.
_SERVER_MEASURES = (
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Verschlüsselung der gespeicherten Daten"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Keine durch SIC Desktop: die Datenbank auf dem Teamserver ist so geschützt, wie die IT dessen "
                       "Laufwerke und Sicherungen schützt – (von der IT zu bestätigen). Suchindex und Anhänge liegen "
                       "unverschlüsselt im lokalen Datenordner jedes Rechners; dort schützt sie nur ein vom "
                       "Betriebssystem verschlüsseltes Laufwerk (z. B. BitLocker) – (von der IT zu bestätigen)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Integrität"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "jede Änderung ist eine vollständige Transaktion auf dem Teamserver; Sperren verhindern "
                       "gleichzeitiges Überschreiben; Verknüpfungen und Rechte setzt der Server durch; Prüfung der "
                       "Einträge und des Suchindex mit „sic-desktop check“ (mit der Adresse des Teamservers); Wartung "
                       "des Servers: durch die IT")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Löschung"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Prüfliste nach den Löschregeln; endgültiges Löschen und Anonymisieren entfernt die Person vom "
                       "Teamserver, danach entfernt VACUUM die gelöschten Zeilen aus den Tabellendateien (darf die "
                       "Anmeldung das nicht: die automatische Bereinigung des Servers, meist nach Minuten); aus dem "
                       "Suchindex jedes Rechners beim nächsten Verbinden; in den Sicherungen des Teamservers (pg_dump) "
                       "bleibt sie, bis die IT sie löscht; das Löschprotokoll (Schlüssel-Hashes, keine Namen) wendet "
                       "Löschungen nach dem Zurückspielen einer Sicherung erneut an, sobald sich der Rechner wieder "
                       "verbindet, auf dem gelöscht wurde (sein Datenordner hält den Schlüssel)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Protokollierung"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Änderungsprotokoll auf dem Teamserver (wer, wann, welche Felder – keine Inhalte; die IT kann es "
                       "kürzen); Datenschutz-Protokoll der Löschungen, Auskünfte und Exporte (wer, wann, warum – keine "
                       "Namen); Fehlerprotokoll ohne personenbezogene Daten auf jedem Rechner; Protokolle des "
                       "PostgreSQL-Servers: nach Einstellung der IT")),
)


def _tr(text: str) -> str:
    return translate("ProcessingRecord", text)


def server_transfer(server: ServerFacts) -> str:
    """The entry „Übermittlung in Drittländer“: the program connects, but only to the team server."""
    return translate(
        "ProcessingRecord", "keine durch das Programm: es verbindet sich nur mit dem Teamserver {host} (Standort "
        "des Servers und wer ihn betreibt – von der IT zu ergänzen)",
    ).format(host=server.host)


def server_measures(
    ws: Workspace, server: ServerFacts, backup_folders: list[Path], backup_count: int, newest: str
) -> list[tuple[str, str]]:
    """The technical measures on the team server; ``backup_*``: the backup files of this PC's data folder."""
    stored, integrity, erasure, logging = [(_tr(label), _tr(text)) for label, text in _SERVER_MEASURES]
    place = translate(
        "ProcessingRecord", "Teamserver {host}:{port}, Datenbank „{database}“ (PostgreSQL {version}); auf jedem "
        "Rechner ein Suchindex als Zwischenspeicher des Teamservers und die dort angehängten Dateien im lokalen "
        "Datenordner (auf diesem Rechner „{folder}“)",
    ).format(host=server.host, port=server.port, database=server.dbname, version=server.version,
             folder=ws.folder.root)
    access = translate(
        "ProcessingRecord", "eigene Anmeldung am Teamserver für jede Person (dieses Verzeichnis erstellt mit der "
        "Anmeldung „{login}“); die Rechte setzt der Server durch, nicht nur das Programm. Den lokalen Datenordner "
        "schützen das Windows-Benutzerkonto und die Rechte auf den Ordner (durch die IT)",
    ).format(login=server.login)
    return [
        stored,
        (translate("ProcessingRecord", "Verschlüsselung der Verbindung"), _connection(server)),
        (translate("ProcessingRecord", "Speicherort"), place),
        (translate("ProcessingRecord", "Zugriff"), access),
        (translate("ProcessingRecord", "Rollen"), _roles(server)),
        (translate("ProcessingRecord", "Sicherungen"), _backups(backup_folders, backup_count, newest)),
        (translate("ProcessingRecord", "Netzwerk"), translate(
            "ProcessingRecord", "nur die Verbindung zum Teamserver {host}:{port}; keine Updates, keine Telemetrie, "
            "keine Inhalte aus dem Internet").format(host=server.host, port=server.port)),
        integrity,
        erasure,
        logging,
    ]


def _connection(server: ServerFacts) -> str:
    """How this PC's connection to the server is protected, as the server sees it."""
    if server.tls is None:
        if server.gss_encrypted:
            return translate("ProcessingRecord", "verschlüsselt durch Kerberos (GSSAPI)")
        return translate(
            "ProcessingRecord", "keine: die Verbindung zum Teamserver ist unverschlüsselt (sslmode={mode}); "
            "empfohlen ist TLS mit sslmode=verify-full (siehe docs/teamserver.md)",
        ).format(mode=server.sslmode)
    if server.sslmode == "verify-full":
        return translate(
            "ProcessingRecord", "TLS ({tls}); Zertifikat und Name des Servers werden geprüft (sslmode=verify-full)"
        ).format(tls=server.tls)
    return translate(
        "ProcessingRecord", "TLS ({tls}); der Name des Servers wird nicht anhand seines Zertifikats geprüft "
        "(sslmode={mode}; empfohlen: verify-full)",
    ).format(tls=server.tls, mode=server.sslmode)


def _roles(server: ServerFacts) -> str:
    """The three roles, what they may do, and who holds them if this login may read it."""
    rights = translate(
        "ProcessingRecord", "sic_lesen liest, sucht und exportiert; sic_bearbeiten legt auch an, ändert und legt "
        "in den Papierkorb; sic_datenschutz darf zusätzlich löschen und anonymisieren (Art. 17), Auskunft geben "
        "(Art. 15) und die Löschregeln ändern.",
    )
    if server.members is None:
        held = translate(
            "ProcessingRecord", "Wer welche Rolle hat, darf diese Anmeldung nicht lesen – (von der IT zu ergänzen)."
        )
    else:
        nobody = translate("ProcessingRecord", "niemand")
        held = translate("ProcessingRecord", "Die Rollen haben: {members}.").format(
            members="; ".join(f"{role}: {', '.join(server.members.get(role, [])) or nobody}" for role in ROLES)
        )
    return f"{rights} {held}"


def _backups(folders: list[Path], count: int, newest: str) -> str:
    text = translate(
        "ProcessingRecord", "Den Teamserver sichert die IT mit pg_dump (siehe docs/teamserver.md); Ort, Zeitplan und "
        "Aufbewahrungsfrist: (von der IT zu ergänzen). Eine gelöschte Person steht in älteren Sicherungen, bis die "
        "IT sie löscht. Sicherungsdateien legt SIC Desktop nur für einen lokalen Datenordner an.",
    )
    if not count:
        return text
    return text + " " + translate(
        "ProcessingRecord", "Im lokalen Datenordner dieses Rechners liegen noch Sicherungsdateien aus der Arbeit "
        "ohne Teamserver (Anzahl: {count}, die neueste vom {newest}) in „{folder}“; sie enthalten "
        "personenbezogene Daten, bis sie gelöscht werden.",
    ).format(count=count, folder=", ".join(str(f) for f in folders), newest=newest)
