"""The record of processing activities (Art. 30 Abs. 1 DSGVO) for this program, filled in from the
data folder: purposes, categories, recipients, the deletion rules, and the technical measures
that are actually in force – no more. What only the office knows is left in brackets to complete.

Rendered as PDF with the report kit (``render_processing_record``); a Word file is not offered
because the program ships no library for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sic_desktop.core.backups import list_backups
from sic_desktop.core.dates import format_datetime, format_timestamp
from sic_desktop.core.i18n import translate
from sic_desktop.core.privacy_terms import DATA_SOURCES
from sic_desktop.core.services.privacy_log import LOG_ACTIONS, PrivacyLogEntry
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.backups import backup_folders
from sic_desktop.privacy.deletion_concept import ConceptRow, concept_header, deletion_concept
from sic_desktop.reports import Document, RenderResult

# The newest entries of the Datenschutz-Protokoll printed; the page shows them all.
LOG_ROWS = 200


@dataclass(frozen=True)
class ProcessingRecord:
    created_at: datetime
    created_by: str
    data_folder: Path
    general: list[tuple[str, str]]  # label, entry
    basis_counts: list[tuple[str, int]]
    source_counts: list[tuple[str, int]]
    concept: list[ConceptRow]
    measures: list[tuple[str, str]]
    log: list[PrivacyLogEntry]


def collect_processing_record(ws: Workspace) -> ProcessingRecord:
    return ProcessingRecord(
        created_at=datetime.now().astimezone(),
        created_by=ws.user,
        data_folder=ws.folder.root,
        general=[
            (translate("ProcessingRecord", "Bezeichnung"), translate("ProcessingRecord", "Kontakt- und Wissensverwaltung des Social Innovation Center (SIC Desktop)")),
            (translate("ProcessingRecord", "Verantwortlicher"), translate("ProcessingRecord", "(Behörde, Anschrift, Vertretung – von der Dienststelle zu ergänzen)")),
            (translate("ProcessingRecord", "Datenschutzbeauftragte/r"), translate("ProcessingRecord", "(Name, Kontakt – von der Dienststelle zu ergänzen)")),
            (translate("ProcessingRecord", "Zwecke"), translate("ProcessingRecord",
                "Pflege von Kontakten zu Akteuren sozialer Innovation; Anbahnung und Begleitung von Kooperationen; "
                "Dokumentation von Workshops, Gesprächen und Reflexionen; Vorbereitung von Terminen (Briefings); "
                "Berichte über Wirkung an Politik und Leitung")),
            (translate("ProcessingRecord", "Kategorien betroffener Personen"), translate("ProcessingRecord",
                "Ansprechpersonen von Unternehmen, Vereinen, Schulen, Hochschulen, Stiftungen und Verwaltung; "
                "Bürgerinnen und Bürger in Initiativen; Teilnehmende an Veranstaltungen; Mitarbeitende des Teams "
                "(als Bearbeitende)")),
            (translate("ProcessingRecord", "Kategorien personenbezogener Daten"), translate("ProcessingRecord",
                "Name, Anrede, Titel, dienstliche Kontaktdaten (E-Mail, Telefon), Funktion und Organisation, "
                "Beteiligung an Kooperationen und Veranstaltungen, Gesprächsinhalte in Notizen, Rechtsgrundlage, "
                "Einwilligungsdatum, Datum des letzten Kontakts, Herkunft der Daten und Datum der Information "
                "(Art. 14). Besondere Kategorien (Art. 9) sind nicht vorgesehen")),
            (translate("ProcessingRecord", "Empfänger"), translate("ProcessingRecord",
                "intern das Team des SIC; extern nur durch ausdrückliche Weitergabe (Briefing-PDF, Berichte, "
                "Exporte) – weitere Empfänger von der Dienststelle zu ergänzen")),
            (translate("ProcessingRecord", "Übermittlung in Drittländer"), translate("ProcessingRecord", "keine; das Programm baut keine Netzwerkverbindung auf")),
            (translate("ProcessingRecord", "Rechtsgrundlagen"), translate("ProcessingRecord",
                "Art. 6 Abs. 1 lit. a, b, e (f nur außerhalb der hoheitlichen Aufgaben) DSGVO, je Kontakt im Feld "
                "„Rechtsgrundlage“ festgehalten; Fachgesetz oder Satzung für lit. e von der Dienststelle zu ergänzen")),
        ],
        basis_counts=_counts(ws, "legal_basis", LEGAL_BASES.label, translate("ProcessingRecord", "ohne Rechtsgrundlage")),
        source_counts=_counts(ws, "source", DATA_SOURCES.label, translate("ProcessingRecord", "Herkunft nicht erfasst")),
        concept=deletion_concept(ws),
        measures=_measures(ws),
        log=ws.privacy_log.entries()[:LOG_ROWS],
    )


def _counts(ws: Workspace, column: str, label, empty: str) -> list[tuple[str, int]]:
    counts = ws.persons.counts_by(column)
    return sorted(((label(key) if key else empty, n) for key, n in counts.items()), key=lambda pair: -pair[1])


def _measures(ws: Workspace) -> list[tuple[str, str]]:
    """The technical measures as they are in this data folder, said honestly."""
    backups = [b for folder in backup_folders(ws) for b in list_backups(folder)]
    newest = max((b.made_at for b in backups), default=None)
    retention = ws.settings.backup_retention
    backup_text = translate("ProcessingRecord",
        "Sicherungsdateien in „{folder}“: {count}, die neueste vom {newest}; aufbewahrt wird je die neueste von {daily} "
        "Tagen, {weekly} Wochen und {monthly} Monaten. Sicherungen sind wie die Datenbank unverschlüsselt."
    ).format(
        count=len(backups), folder=", ".join(str(f) for f in backup_folders(ws)) or ws.folder.backups_dir,
        newest=format_datetime(newest) if newest else translate("ProcessingRecord", "(keine)"),
        daily=retention.daily, weekly=retention.weekly, monthly=retention.monthly,
    )
    return [
        (translate("ProcessingRecord", "Verschlüsselung der gespeicherten Daten"), translate("ProcessingRecord",
            "Keine durch SIC Desktop: Datenbank, Suchindex und Sicherungen liegen unverschlüsselt im Datenordner. "
            "Schutz besteht nur, wenn das Betriebssystem das Laufwerk verschlüsselt (z. B. BitLocker) – "
            "(von der IT zu bestätigen)")),
        (translate("ProcessingRecord", "Speicherort"), translate("ProcessingRecord", "Datenordner „{folder}“ auf dem eigenen Rechner bzw. gewählten Laufwerk").format(
            folder=ws.folder.root)),
        (translate("ProcessingRecord", "Zugriff"), translate("ProcessingRecord",
            "über das Windows-Benutzerkonto und die Zugriffsrechte auf den Datenordner; das Programm hat keine "
            "eigene Anmeldung und keine Rollen; ein Datenordner ist immer nur in einem Programm geöffnet. "
            "(Bildschirmsperre, Rechte auf den Ordner: durch die IT)")),
        (translate("ProcessingRecord", "Sicherungen"), backup_text),
        (translate("ProcessingRecord", "Netzwerk"), translate("ProcessingRecord", "keine Verbindungen: keine Updates, keine Telemetrie, keine Inhalte aus dem Internet")),
        (translate("ProcessingRecord", "Integrität"), translate("ProcessingRecord",
            "jede Änderung ist eine vollständige Transaktion; gelöschte Inhalte werden in der Datei überschrieben "
            "(secure_delete); Prüfung mit „sic-desktop check“")),
        (translate("ProcessingRecord", "Löschung"), translate("ProcessingRecord",
            "Prüfliste nach den Löschregeln; endgültiges Löschen und Anonymisieren entfernt die Person aus allen "
            "Dateien des Datenordners; das Löschprotokoll (Schlüssel-Hashes, keine Namen) wendet Löschungen nach "
            "einer Wiederherstellung erneut an")),
        (translate("ProcessingRecord", "Protokollierung"), translate("ProcessingRecord",
            "Änderungsprotokoll (wer, wann, welche Felder – keine Inhalte); Datenschutz-Protokoll der Löschungen, "
            "Auskünfte und Exporte (wer, wann, warum – keine Namen); Fehlerprotokoll ohne personenbezogene Daten")),
    ]


def render_processing_record(ws: Workspace, path: Path) -> RenderResult:
    """Write the record as PDF to ``path``; the Datenschutz-Protokoll notes nothing (no personal data leaves)."""
    record = collect_processing_record(ws)
    document = Document(
        translate("ProcessingRecord", "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)"),
        subject="SIC Desktop",
        classification=ws.settings.classification,
        created_at=record.created_at.replace(tzinfo=None),
    )
    document.add_paragraph(
        translate("ProcessingRecord", "Eintrag für SIC Desktop, erstellt am {when} von {user} aus dem Datenordner „{folder}“. Angaben in "
          "Klammern ergänzt die Dienststelle; Zahlen und Fristen sind der Stand dieses Datenordners.").format(
            when=format_datetime(record.created_at), user=record.created_by, folder=record.data_folder),
        muted=True,
    )
    document.add_section(translate("ProcessingRecord", "1. Allgemeine Angaben"))
    document.add_key_values(record.general)
    document.add_section(translate("ProcessingRecord", "2. Gespeicherte Kontakte"))
    document.add_table([translate("ProcessingRecord", "Rechtsgrundlage"), translate("ProcessingRecord", "Kontakte")], [[k, str(n)] for k, n in record.basis_counts], [3, 1])
    document.add_table([translate("ProcessingRecord", "Herkunft der Daten (Art. 14)"), translate("ProcessingRecord", "Kontakte")], [[k, str(n)] for k, n in record.source_counts], [3, 1])
    document.add_section(translate("ProcessingRecord", "3. Löschfristen (Löschkonzept nach DIN 66398)"))
    document.add_table(concept_header(), [[r.kind, r.deletion_class, r.reason, r.set_by] for r in record.concept], [3, 3, 5, 3])
    document.add_section(translate("ProcessingRecord", "4. Technische und organisatorische Maßnahmen (Art. 32)"))
    document.add_key_values(record.measures)
    document.add_section(translate("ProcessingRecord", "5. Datenschutz-Protokoll: Löschungen, Auskünfte, Exporte"))
    document.add_paragraph(
        translate("ProcessingRecord", "Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum. Kontakte "
          "erscheinen nur mit Nummer oder Anzahl, nie mit Namen; die neuesten {n} Einträge.").format(n=LOG_ROWS),
        muted=True,
    )
    if record.log:
        document.add_table(
            [translate("ProcessingRecord", "Zeitpunkt"), translate("ProcessingRecord", "von"), translate("ProcessingRecord", "Vorgang"), translate("ProcessingRecord", "betrifft"), translate("ProcessingRecord", "Grund")],
            [[format_timestamp(e.at), e.by, LOG_ACTIONS.label(e.action), e.subject, e.reason] for e in record.log],
            [2, 2, 3, 3, 4],
        )
    else:
        document.add_empty_hint(translate("ProcessingRecord", "Noch keine Einträge."))
    document.add_section(translate("ProcessingRecord", "6. Prüfung"))
    document.add_key_values([
        (translate("ProcessingRecord", "Geprüft von"), translate("ProcessingRecord", "(von der Dienststelle zu ergänzen)")), (translate("ProcessingRecord", "am"), translate("ProcessingRecord", "(von der Dienststelle zu ergänzen)")), (translate("ProcessingRecord", "Nächste Prüfung"), translate("ProcessingRecord", "(von der Dienststelle zu ergänzen)")),
    ])
    return document.render(path)
