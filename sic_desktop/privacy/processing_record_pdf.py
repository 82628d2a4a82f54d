"""The Art. 30 record (``processing_record``) as a PDF or Word file for the data protection officer,
built with the report kit. Writing it logs nothing: it names contacts by number or count only."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.dates import format_datetime, format_timestamp
from sic_desktop.core.i18n import translate
from sic_desktop.core.services.privacy_log import LOG_ACTIONS
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.deletion_concept import concept_header
from sic_desktop.privacy.processing_record import LOG_ROWS, ProcessingRecord, collect_processing_record
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.pdf_or_word import write_pdf_or_word


def render_processing_record(ws: Workspace, path: Path) -> RenderResult | None:
    """Write the record to ``path``: PDF, or Word for a ``.docx`` (then None: no pages yet)."""
    record = collect_processing_record(ws)
    document = Document(
        translate("ProcessingRecord", "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)"),
        subject="SIC Desktop",
        classification=ws.settings.classification,
        created_at=record.created_at.replace(tzinfo=None),
    )
    document.add_paragraph(_origin(record), muted=True)
    document.add_section(translate("ProcessingRecord", "1. Allgemeine Angaben"))
    document.add_key_values(record.general)
    document.add_section(translate("ProcessingRecord", "2. Gespeicherte Kontakte"))
    contacts = translate("ProcessingRecord", "Kontakte")
    for title, counts in (
        (translate("ProcessingRecord", "Rechtsgrundlage"), record.basis_counts),
        (translate("ProcessingRecord", "Herkunft der Daten (Art. 14)"), record.source_counts),
    ):
        document.add_table([title, contacts], [[key, str(count)] for key, count in counts], [3, 1])
    document.add_section(translate("ProcessingRecord", "3. Löschfristen (Löschkonzept nach DIN 66398)"))
    document.add_table(
        concept_header(), [[r.kind, r.deletion_class, r.reason, r.set_by] for r in record.concept], [3, 3, 5, 3]
    )
    document.add_section(translate("ProcessingRecord", "4. Technische und organisatorische Maßnahmen (Art. 32)"))
    document.add_key_values(record.measures)
    document.add_section(translate("ProcessingRecord", "5. Datenschutz-Protokoll: Löschungen, Auskünfte, Exporte"))
    document.add_paragraph(
        translate(
            "ProcessingRecord",
            "Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum. Kontakte "
            "erscheinen nur mit Nummer oder Anzahl, nie mit Namen; die neuesten {n} Einträge.",
        ).format(n=LOG_ROWS),
        muted=True,
    )
    if record.log:
        header = [
            translate("ProcessingRecord", "Zeitpunkt"), translate("ProcessingRecord", "von"),
            translate("ProcessingRecord", "Vorgang"), translate("ProcessingRecord", "betrifft"),
            translate("ProcessingRecord", "Grund"),
        ]
        rows = [[format_timestamp(e.at), e.by, LOG_ACTIONS.label(e.action), e.subject, e.reason] for e in record.log]
        document.add_table(header, rows, [2, 2, 3, 3, 4])
    else:
        document.add_empty_hint(translate("ProcessingRecord", "Noch keine Einträge."))
    document.add_section(translate("ProcessingRecord", "6. Prüfung"))
    blank = translate("ProcessingRecord", "(von der Dienststelle zu ergänzen)")
    document.add_key_values([
        (translate("ProcessingRecord", "Geprüft von"), blank),
        (translate("ProcessingRecord", "am"), blank),
        (translate("ProcessingRecord", "Nächste Prüfung"), blank),
    ])
    return write_pdf_or_word(ws, document, path)


def _origin(record: ProcessingRecord) -> str:
    """Where the figures come from: the data folder, or the team server."""
    when = format_datetime(record.created_at)
    if record.server is not None:
        return translate(
            "ProcessingRecord",
            "Eintrag für SIC Desktop, erstellt am {when} von {user} auf dem Teamserver {host}, Datenbank "
            "„{database}“. Angaben in Klammern ergänzen die Dienststelle und die IT; Zahlen und Fristen sind der "
            "Stand dieses Teamservers.",
        ).format(when=when, user=record.created_by, host=record.server.host, database=record.server.dbname)
    return translate(
        "ProcessingRecord",
        "Eintrag für SIC Desktop, erstellt am {when} von {user} aus dem Datenordner „{folder}“. Angaben in "
        "Klammern ergänzt die Dienststelle; Zahlen und Fristen sind der Stand dieses Datenordners.",
    ).format(when=when, user=record.created_by, folder=record.data_folder)
