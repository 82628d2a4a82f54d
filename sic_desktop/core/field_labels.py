"""German names of the fields, shared by validation messages, forms, history and import.

One table so that an error says „E-Mail“ where the form says „E-Mail“.
"""

from __future__ import annotations

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordType

_COMMON = {
    "theme_ids": QT_TRANSLATE_NOOP("Fields", "Themenfelder"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Schlagwörter"),
}
# Not a field of the record, but where a mention can be found (``ws.mentions``): its attachments.
_PLACES = {"attachments": QT_TRANSLATE_NOOP("Fields", "Anhänge")}

_LABELS: dict[RecordType, dict[str, str]] = {
    RecordType.THEME: {
        "name": QT_TRANSLATE_NOOP("Fields", "Name"),
        "description": QT_TRANSLATE_NOOP("Fields", "Beschreibung"),
    },
    RecordType.ORGANISATION: {
        "name": QT_TRANSLATE_NOOP("Fields", "Name"),
        "short_name": QT_TRANSLATE_NOOP("Fields", "Kurzname"),
        "sector": QT_TRANSLATE_NOOP("Fields", "Sektor"),
        "street": QT_TRANSLATE_NOOP("Fields", "Straße"),
        "postal_code": QT_TRANSLATE_NOOP("Fields", "PLZ"),
        "city": QT_TRANSLATE_NOOP("Fields", "Ort"),
        "district": QT_TRANSLATE_NOOP("Fields", "Stadtteil"),
        "website": QT_TRANSLATE_NOOP("Fields", "Webseite"),
        "email": QT_TRANSLATE_NOOP("Fields", "E-Mail"),
        "phone": QT_TRANSLATE_NOOP("Fields", "Telefon"),
        "description": QT_TRANSLATE_NOOP("Fields", "Beschreibung"),
    },
    RecordType.PERSON: {
        "salutation": QT_TRANSLATE_NOOP("Fields", "Anrede"),
        "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
        "first_name": QT_TRANSLATE_NOOP("Fields", "Vorname"),
        "last_name": QT_TRANSLATE_NOOP("Fields", "Nachname"),
        "name_suffix": QT_TRANSLATE_NOOP("Fields", "Namenszusatz"),
        "job_title": QT_TRANSLATE_NOOP("Fields", "Berufsbezeichnung"),
        "emails": QT_TRANSLATE_NOOP("Fields", "E-Mail"),
        "phones": QT_TRANSLATE_NOOP("Fields", "Telefon"),
        "notes": QT_TRANSLATE_NOOP("Fields", "Notizen"),
        "legal_basis": QT_TRANSLATE_NOOP("Fields", "Rechtsgrundlage"),
        "consent_date": QT_TRANSLATE_NOOP("Fields", "Einwilligung vom"),
        "last_contact": QT_TRANSLATE_NOOP("Fields", "Letzter Kontakt"),
        "memberships": QT_TRANSLATE_NOOP("Fields", "Organisationen"),
        "anonymised_at": QT_TRANSLATE_NOOP("Fields", "Anonymisiert am"),
        "source": QT_TRANSLATE_NOOP("Fields", "Herkunft der Daten"),
        "source_note": QT_TRANSLATE_NOOP("Fields", "Herkunft, Einzelheiten"),
        "informed_on": QT_TRANSLATE_NOOP("Fields", "Informiert am (Art. 14)"),
        "objection": QT_TRANSLATE_NOOP("Fields", "Widerspruch (Art. 21)"),
        "objection_date": QT_TRANSLATE_NOOP("Fields", "Widerspruch vom"),
    },
    RecordType.COOPERATION: {
        "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
        "description": QT_TRANSLATE_NOOP("Fields", "Beschreibung"),
        "status": QT_TRANSLATE_NOOP("Fields", "Status"),
        "start_date": QT_TRANSLATE_NOOP("Fields", "Beginn"),
        "end_date": QT_TRANSLATE_NOOP("Fields", "Ende"),
        "goals": QT_TRANSLATE_NOOP("Fields", "Ziele"),
        "agreements": QT_TRANSLATE_NOOP("Fields", "Vereinbarungen"),
        "results": QT_TRANSLATE_NOOP("Fields", "Ergebnisse und Wirkung"),
        "responsible": QT_TRANSLATE_NOOP("Fields", "Verantwortlich"),
        "partners": QT_TRANSLATE_NOOP("Fields", "Partner"),
        "impact_problem": QT_TRANSLATE_NOOP("Fields", "Problem und Ausgangslage"),
        "impact_target_direct": QT_TRANSLATE_NOOP("Fields", "Zielgruppen (direkt)"),
        "impact_target_indirect": QT_TRANSLATE_NOOP("Fields", "Zielgruppen (indirekt)"),
        "impact_outcomes": QT_TRANSLATE_NOOP("Fields", "Angestrebte Wirkungen"),
        "impact_assumptions": QT_TRANSLATE_NOOP("Fields", "Annahmen und Risiken"),
    },
    RecordType.NOTE: {
        "kind": QT_TRANSLATE_NOOP("Fields", "Art"),
        "note_date": QT_TRANSLATE_NOOP("Fields", "Datum"),
        "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
        "text": QT_TRANSLATE_NOOP("Fields", "Text"),
        "text_format": QT_TRANSLATE_NOOP("Fields", "Textformat"),
        "participants": QT_TRANSLATE_NOOP("Fields", "Teilnehmende"),
        "organisation_ids": QT_TRANSLATE_NOOP("Fields", "Organisationen"),
        "person_ids": QT_TRANSLATE_NOOP("Fields", "Kontakte"),
        "cooperation_ids": QT_TRANSLATE_NOOP("Fields", "Kooperationen"),
    },
    RecordType.FOLLOWUP: {
        "due_date": QT_TRANSLATE_NOOP("Fields", "Fällig am"),
        "text": QT_TRANSLATE_NOOP("Fields", "Aufgabe"),
        "done": QT_TRANSLATE_NOOP("Fields", "Erledigt"),
        "responsible": QT_TRANSLATE_NOOP("Fields", "Zuständig"),
        "target": QT_TRANSLATE_NOOP("Fields", "Bezug"),
    },
    RecordType.INDICATOR: {
        "cooperation_id": QT_TRANSLATE_NOOP("Fields", "Kooperation"),
        "name": QT_TRANSLATE_NOOP("Fields", "Name"),
        "definition": QT_TRANSLATE_NOOP("Fields", "Definition"),
        "level": QT_TRANSLATE_NOOP("Fields", "Wirkungsebene (IOOI)"),
        "step": QT_TRANSLATE_NOOP("Fields", "Stufe der Wirkungstreppe"),
        "unit": QT_TRANSLATE_NOOP("Fields", "Einheit"),
        "unit_type": QT_TRANSLATE_NOOP("Fields", "Art des Werts"),
        "baseline_value": QT_TRANSLATE_NOOP("Fields", "Ausgangswert"),
        "baseline_date": QT_TRANSLATE_NOOP("Fields", "Ausgangswert vom"),
        "target_value": QT_TRANSLATE_NOOP("Fields", "Zielwert"),
        "target_date": QT_TRANSLATE_NOOP("Fields", "Ziel bis"),
        "method": QT_TRANSLATE_NOOP("Fields", "Methode"),
        "source": QT_TRANSLATE_NOOP("Fields", "Quelle"),
        "rhythm": QT_TRANSLATE_NOOP("Fields", "Messrhythmus"),
        "responsible": QT_TRANSLATE_NOOP("Fields", "Zuständig"),
    },
    RecordType.MEASUREMENT: {
        "indicator_id": QT_TRANSLATE_NOOP("Fields", "Indikator"),
        "period_start": QT_TRANSLATE_NOOP("Fields", "Zeitraum ab"),
        "measured_on": QT_TRANSLATE_NOOP("Fields", "Gemessen am"),
        "value": QT_TRANSLATE_NOOP("Fields", "Wert"),
        "evidence_note_id": QT_TRANSLATE_NOOP("Fields", "Nachweis (Notiz)"),
        "comment": QT_TRANSLATE_NOOP("Fields", "Kommentar"),
        "confidence": QT_TRANSLATE_NOOP("Fields", "Verlässlichkeit"),
    },
}


def field_label(record_type: RecordType, field: str) -> str:
    """The German name of ``field`` of ``record_type``; the field name if unknown."""
    label = _LABELS[record_type].get(field) or _COMMON.get(field) or _PLACES.get(field) or field
    return translate("Fields", label)


# Record types that carry theme fields and tags.
TAGGABLE = frozenset(
    {RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE}
)


def field_names(record_type: RecordType) -> list[str]:
    """Every labelled field of a record type, in form order."""
    names = list(_LABELS[record_type])
    return names + list(_COMMON) if record_type in TAGGABLE else names
