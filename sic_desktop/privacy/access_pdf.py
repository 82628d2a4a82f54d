"""The access request (Art. 15 DSGVO) as a PDF a person can read, built with the report kit."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.dates import format_date, format_datetime, format_timestamp
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Note, Person
from sic_desktop.core.privacy_terms import DATA_SOURCES
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import COOPERATION_STATUSES, LEGAL_BASES, NOTE_KINDS, PARTNER_ROLES
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.access_request import AccessReport
from sic_desktop.reports import Document, RenderResult


def render_access_pdf(ws: Workspace, report: AccessReport, path: Path) -> RenderResult:
    person = report.person
    document = Document(
        translate("AccessReport", "Auskunft nach Art. 15 DSGVO"),
        subject=person.full_name,
        classification=ws.settings.classification,
        created_at=report.created_at.replace(tzinfo=None),
    )
    document.add_paragraph(
        translate("AccessReport",
            "Alle Angaben, die in SIC Desktop zu dieser Person gespeichert sind, Stand {when}, "
            "zusammengestellt von {user}. Notizen können Angaben über weitere Personen enthalten: "
            "diese vor der Herausgabe prüfen und gegebenenfalls schwärzen (Art. 15 Abs. 4 DSGVO)."
        ).format(when=format_datetime(report.created_at), user=report.created_by),
        muted=True,
    )
    _person_section(ws, document, person)
    _table_section(
        document,
        translate("AccessReport", "Organisationen"),
        [translate("AccessReport", "Organisation"), translate("AccessReport", "Funktion"), translate("AccessReport", "von"), translate("AccessReport", "bis")],
        [[m.organisation_name, m.function, m.from_date, m.to_date] for m in person.memberships],
    )
    _table_section(
        document,
        translate("AccessReport", "Kooperationen"),
        [translate("AccessReport", "Kooperation"), translate("AccessReport", "Rolle"), translate("AccessReport", "Status"),
         translate("AccessReport", "Beginn"), translate("AccessReport", "Ende")],
        [
            [p.cooperation.title, PARTNER_ROLES.label(p.role), COOPERATION_STATUSES.label(p.cooperation.status),
             p.cooperation.start_date, p.cooperation.end_date]
            for p in report.cooperations
        ],
    )
    document.add_section(translate("AccessReport", "Notizen"))
    if not report.notes:
        document.add_empty_hint(translate("AccessReport", "Keine."))
    for note in report.notes:
        _note(document, note)
    _table_section(
        document,
        translate("AccessReport", "Wiedervorlagen"),
        [translate("AccessReport", "Fällig am"), translate("AccessReport", "Aufgabe"), translate("AccessReport", "Bezug"),
         translate("AccessReport", "Erledigt")],
        [[f.due_date, f.text, f.target_title, translate("AccessReport", "ja") if f.done else translate("AccessReport", "nein")] for f in report.followups],
    )
    _table_section(
        document,
        translate("AccessReport", "Begründete Speicherung (Datenschutz-Prüfung)"),
        [translate("AccessReport", "Entschieden am"), translate("AccessReport", "Begründung"), translate("AccessReport", "von")],
        [[d.decided_on, d.reason, d.decided_by] for d in report.keep_decisions],
    )
    _table_section(
        document,
        translate("AccessReport", "Änderungsprotokoll des Kontakts"),
        [translate("AccessReport", "Zeitpunkt"), translate("AccessReport", "von"), translate("AccessReport", "Vorgang"), translate("AccessReport", "Felder")],
        [[format_timestamp(e.at), e.by, e.action_label, ", ".join(e.field_labels)] for e in report.history],
    )
    document.add_page_break()
    document.add_section(translate("AccessReport", "Zur internen Prüfung vor der Herausgabe"))
    document.add_paragraph(
        translate("AccessReport",
            "Diese Einträge nennen den Namen oder eine Adresse der Person im Text, sind aber nicht mit ihr "
            "verknüpft. Bitte von Hand prüfen, ob sie die Person betreffen, und nur dann (geschwärzt) beifügen."
        ),
        muted=True,
    )
    _table_section(
        document,
        None,
        [translate("AccessReport", "Art"), translate("AccessReport", "Titel"), translate("AccessReport", "Fundstelle"),
         translate("AccessReport", "Im Papierkorb")],
        [
            [m.ref.type.label, m.title, ", ".join(_mention_field(m.ref.type, f) for f in m.fields),
             translate("AccessReport", "ja") if m.trashed else ""]
            for m in report.unlinked_mentions
        ],
    )
    return document.render(path)


def _person_section(ws: Workspace, document: Document, person: Person) -> None:
    def label(name: str) -> str:
        return field_label(RecordType.PERSON, name)

    themes = ws.themes.names()
    document.add_section(translate("AccessReport", "Gespeicherte Angaben zur Person"))
    rows = [
        (label("salutation"), person.salutation),
        (label("title"), person.title),
        (label("first_name"), person.first_name),
        (label("last_name"), person.last_name),
        (label("name_suffix"), person.name_suffix),
        (label("job_title"), person.job_title),
        (label("emails"), ", ".join(person.emails)),
        (label("phones"), ", ".join(person.phones)),
        (label("legal_basis"), LEGAL_BASES.label(person.legal_basis)),
        (label("consent_date"), person.consent_date),
        (label("last_contact"), person.last_contact),
        # Art. 15 Abs. 1 lit. g: where the data came from, if not from the person.
        (label("source"), DATA_SOURCES.label(person.source)),
        (label("source_note"), person.source_note),
        (label("informed_on"), person.informed_on),
        # Art. 21: the objection to direct contact and mailings, and since when.
        (label("objection"), translate("AccessReport", "ja") if person.objection else translate("AccessReport", "nein")),
        (label("objection_date"), person.objection_date),
        (label("theme_ids"), ", ".join(themes.get(i, str(i)) for i in person.theme_ids)),
        (label("tags"), ", ".join(person.tags)),
        (translate("AccessReport", "Angelegt"), f"{format_timestamp(person.created_at)}, {person.created_by}"),
        (translate("AccessReport", "Zuletzt geändert"), f"{format_timestamp(person.updated_at)}, {person.updated_by}"),
    ]
    if person.deleted_at:
        rows.append((translate("AccessReport", "Im Papierkorb seit"), format_timestamp(person.deleted_at)))
    if person.anonymised_at:
        rows.append((label("anonymised_at"), format_timestamp(person.anonymised_at)))
    document.add_key_values(rows)
    if person.notes:
        document.add_section(label("notes"), 1, outline=False)
        document.add_paragraph(person.notes)


def _note(document: Document, note: Note) -> None:
    document.add_section(f"{format_date(note.note_date)} · {note.title}", 1)
    rows = [
        (field_label(RecordType.NOTE, "kind"), NOTE_KINDS.label(note.kind)),
        (field_label(RecordType.NOTE, "participants"), ", ".join(note.participants)),
    ]
    if note.deleted_at:
        rows.append((translate("AccessReport", "Im Papierkorb seit"), format_timestamp(note.deleted_at)))
    document.add_key_values(rows)
    if note.text_format == "markdown":
        document.add_markdown(note.text)
    else:
        document.add_paragraph(note.text)


def _table_section(document: Document, title: str | None, header: list[str], rows: list[list]) -> None:
    if title:
        document.add_section(title)
    if rows:
        document.add_table(header, rows)
    else:
        document.add_empty_hint(translate("AccessReport", "Keine."))


def _mention_field(record_type: RecordType, name: str) -> str:
    return translate("Fields", "Name") if name == "name" else field_label(record_type, name)
