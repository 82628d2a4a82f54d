"""The record of processing activities (Art. 30 Abs. 1 DSGVO) for this program, filled in from the
data folder or the team server: purposes, categories, recipients, the deletion rules, and the technical
measures that are actually in force where the records lie – no more. What only the office or IT knows is
left in brackets to complete.

``processing_record_pdf`` renders it as a PDF or a Word file; ``processing_record_server`` writes the
entries that differ on the team server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sic_desktop.core.backups import list_backups
from sic_desktop.core.dates import format_datetime
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.privacy_terms import DATA_SOURCES
from sic_desktop.core.server_facts import ServerFacts, server_facts
from sic_desktop.core.services.privacy_log import PrivacyLogEntry
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.deletion_concept import ConceptRow, deletion_concept
from sic_desktop.privacy.person_in_backups import backup_folders
from sic_desktop.privacy.processing_record_server import server_measures, server_transfer

# The newest entries of the Datenschutz-Protokoll printed; the page shows them all.
LOG_ROWS = 200
CONTEXT = "ProcessingRecord"

_TRANSFER = QT_TRANSLATE_NOOP("ProcessingRecord", "Übermittlung in Drittländer")
_GENERAL = (
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Bezeichnung"),
     QT_TRANSLATE_NOOP("ProcessingRecord", "Kontakt- und Wissensverwaltung des Social Innovation Center (SIC Desktop)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Verantwortlicher"),
     QT_TRANSLATE_NOOP("ProcessingRecord", "(Behörde, Anschrift, Vertretung – von der Dienststelle zu ergänzen)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Datenschutzbeauftragte/r"),
     QT_TRANSLATE_NOOP("ProcessingRecord", "(Name, Kontakt – von der Dienststelle zu ergänzen)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Zwecke"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Pflege von Kontakten zu Akteuren sozialer Innovation; Anbahnung und Begleitung von "
                       "Kooperationen; Dokumentation von Workshops, Gesprächen und Reflexionen; Vorbereitung von "
                       "Terminen (Briefings); Berichte über Wirkung an Politik und Leitung")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Kategorien betroffener Personen"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Ansprechpersonen von Unternehmen, Vereinen, Schulen, Hochschulen, Stiftungen und Verwaltung; "
                       "Bürgerinnen und Bürger in Initiativen; Teilnehmende an Veranstaltungen; Mitarbeitende des "
                       "Teams (als Bearbeitende)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Kategorien personenbezogener Daten"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Name, Anrede, Titel, dienstliche Kontaktdaten (E-Mail, Telefon), Funktion und Organisation, "
                       "Beteiligung an Kooperationen und Veranstaltungen, Gesprächsinhalte in Notizen, "
                       "Rechtsgrundlage, Einwilligungsdatum, Datum des letzten Kontakts, Herkunft der Daten und Datum "
                       "der Information (Art. 14). Besondere Kategorien (Art. 9) sind nicht vorgesehen")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Empfänger"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "intern das Team des SIC; extern nur durch ausdrückliche Weitergabe (Briefing-PDF, Berichte, "
                       "Exporte) – weitere Empfänger von der Dienststelle zu ergänzen")),
    (_TRANSFER,
     QT_TRANSLATE_NOOP("ProcessingRecord", "keine; das Programm baut keine Netzwerkverbindung auf")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Rechtsgrundlagen"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Art. 6 Abs. 1 lit. a, b, e (f nur außerhalb der hoheitlichen Aufgaben) DSGVO, je Kontakt im "
                       "Feld „Rechtsgrundlage“ festgehalten; Fachgesetz oder Satzung für lit. e von der Dienststelle "
                       "zu ergänzen")),
)

# Measures that hold for every local data folder; storage place and backups are filled in per folder.
_FIXED_MEASURES = (
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Verschlüsselung der gespeicherten Daten"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Keine durch SIC Desktop: Datenbank, Suchindex und Sicherungen liegen unverschlüsselt im "
                       "Datenordner. Schutz besteht nur, wenn das Betriebssystem das Laufwerk verschlüsselt (z. B. "
                       "BitLocker) – (von der IT zu bestätigen)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Zugriff"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "über das Windows-Benutzerkonto und die Zugriffsrechte auf den Datenordner; das Programm hat "
                       "keine eigene Anmeldung und keine Rollen; ein Datenordner ist immer nur in einem Programm "
                       "geöffnet. (Bildschirmsperre, Rechte auf den Ordner: durch die IT)")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Netzwerk"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "keine Verbindungen: keine Updates, keine Telemetrie, keine Inhalte aus dem Internet")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Integrität"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "jede Änderung ist eine vollständige Transaktion; gelöschte Inhalte werden in der Datei "
                       "überschrieben (secure_delete); Prüfung mit „sic-desktop check“")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Löschung"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Prüfliste nach den Löschregeln; endgültiges Löschen und Anonymisieren entfernt die Person aus "
                       "allen Dateien des Datenordners; das Löschprotokoll (Schlüssel-Hashes, keine Namen) wendet "
                       "Löschungen nach einer Wiederherstellung erneut an")),
    (QT_TRANSLATE_NOOP("ProcessingRecord", "Protokollierung"),
     QT_TRANSLATE_NOOP("ProcessingRecord",
                       "Änderungsprotokoll (wer, wann, welche Felder – keine Inhalte); Datenschutz-Protokoll der "
                       "Löschungen, Auskünfte und Exporte (wer, wann, warum – keine Namen); Fehlerprotokoll ohne "
                       "personenbezogene Daten")),
)


@dataclass(frozen=True)
class ProcessingRecord:
    created_at: datetime
    created_by: str
    data_folder: Path
    server: ServerFacts | None  # None: the records lie in the local data folder
    general: list[tuple[str, str]]  # label, entry
    basis_counts: list[tuple[str, int]]  # contacts per legal basis
    source_counts: list[tuple[str, int]]  # contacts per source (Art. 14)
    concept: list[ConceptRow]
    measures: list[tuple[str, str]]
    log: list[PrivacyLogEntry]


def collect_processing_record(ws: Workspace) -> ProcessingRecord:
    server = server_facts(ws)
    return ProcessingRecord(
        created_at=datetime.now().astimezone(),
        created_by=ws.user,
        data_folder=ws.folder.root,
        server=server,
        general=_general(server),
        basis_counts=_counts(ws, "legal_basis", LEGAL_BASES.label, translate("ProcessingRecord", "ohne Rechtsgrundlage")),
        source_counts=_counts(ws, "source", DATA_SOURCES.label, translate("ProcessingRecord", "Herkunft nicht erfasst")),
        concept=deletion_concept(ws),
        measures=_measures(ws) if server is None else server_measures(ws, server, *_local_backups(ws)),
        log=ws.privacy_log.entries()[:LOG_ROWS],
    )


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _general(server: ServerFacts | None) -> list[tuple[str, str]]:
    """The general entries; on the team server the program does connect, to that server only."""
    rows = [(_tr(label), _tr(text)) for label, text in _GENERAL]
    if server is None:
        return rows
    return [(label, server_transfer(server) if label == _tr(_TRANSFER) else text) for label, text in rows]


def _counts(ws: Workspace, column: str, label: Callable[[str], str], empty: str) -> list[tuple[str, int]]:
    counts = ws.persons.counts_by(column)
    return sorted(((label(key) if key else empty, n) for key, n in counts.items()), key=lambda pair: -pair[1])


def _local_backups(ws: Workspace) -> tuple[list[Path], int, str]:
    """The backup folders of this PC, the number of backup files in them, the newest one's time."""
    folders = backup_folders(ws)
    backups = [b for folder in folders for b in list_backups(folder)]
    newest = max((b.made_at for b in backups), default=None)
    return folders, len(backups), format_datetime(newest) if newest else translate("ProcessingRecord", "(keine)")


def _measures(ws: Workspace) -> list[tuple[str, str]]:
    """The technical measures as they are in this data folder, said honestly."""
    folders, count, newest = _local_backups(ws)
    retention = ws.settings.backup_retention
    backup_text = translate(
        "ProcessingRecord",
        "Sicherungsdateien in „{folder}“: {count}, die neueste vom {newest}; aufbewahrt wird je die neueste von "
        "{daily} Tagen, {weekly} Wochen und {monthly} Monaten. Sicherungen sind wie die Datenbank unverschlüsselt.",
    ).format(
        count=count, folder=", ".join(str(f) for f in folders) or ws.folder.backups_dir, newest=newest,
        daily=retention.daily, weekly=retention.weekly, monthly=retention.monthly,
    )
    place = translate(
        "ProcessingRecord", "Datenordner „{folder}“ auf dem eigenen Rechner bzw. gewählten Laufwerk"
    ).format(folder=ws.folder.root)
    fixed = [(_tr(label), _tr(text)) for label, text in _FIXED_MEASURES]
    return [
        fixed[0],
        (translate("ProcessingRecord", "Speicherort"), place),
        fixed[1],
        (translate("ProcessingRecord", "Sicherungen"), backup_text),
        *fixed[2:],
    ]
