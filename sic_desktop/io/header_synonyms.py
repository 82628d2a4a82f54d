"""Column headers we recognise, per target field, in order of preference.

Sources: the contact export of Outlook in German and English (full header
lists as Outlook writes them), the vCard columns of ``vcard_source``, our own
person export, and names seen in hand-made Excel lists.

Each field has a list of alternatives. An alternative is one header or a
tuple of headers that belong together (Outlook's "Straße geschäftlich",
"… 2", "… 3"); the first alternative present in a file wins, with all its
present headers. List fields have one large tuple, so every e-mail column
is taken. Private address and phone columns, birthday, anniversary, spouse,
children and the like are absent on purpose (see ``fields.py``).
"""

from __future__ import annotations

from sic_desktop.io.rows import TargetKind

Alternative = str | tuple[str, ...]

_STREET: list[Alternative] = [
    ("Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3"),
    ("Business Street", "Business Street 2", "Business Street 3"),
    "Straße", "Strasse", "Straße und Hausnummer", "Straße, Hausnummer", "Adresse", "Anschrift",
    "Street", "Address",
]
_POSTAL_CODE: list[Alternative] = [
    "Postleitzahl geschäftlich", "Business Postal Code", "PLZ", "Postleitzahl", "Postal Code",
    "Zip", "ZIP Code",
]
_CITY: list[Alternative] = [
    "Ort geschäftlich", "Business City", "Ort", "Stadt", "City", "Wohnort", "Gemeinde",
]
_WEBSITE: list[Alternative] = [
    "Webseite", "Web Page", "Website", "Homepage", "Internet", "Internetseite", "Webadresse", "URL",
]
_TAGS: list[Alternative] = [
    ("Kategorien", "Categories", "Schlagwörter", "Schlagworte", "Tags", "Stichwörter", "Keywords"),
]
_EMAIL_COLUMNS = (
    "E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse",
    "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
    "E-Mail", "Email", "E-Mail-Adressen", "E-Mail Adresse", "Email Address", "Mail",
    "Mailadresse", "E-Mail geschäftlich",
)
_PHONE_COLUMNS = (
    "Telefon geschäftlich", "Telefon geschäftlich 2", "Telefon Firma", "Haupttelefon",
    "Mobiltelefon", "Mobiltelefon 2", "Weiteres Telefon",
    "Business Phone", "Business Phone 2", "Company Main Phone", "Primary Phone", "Mobile Phone",
    "Radio Phone", "Other Phone",
    "Telefon", "Telefonnummer", "Telefonnummern", "Tel", "Mobil", "Handy", "Mobilnummer", "Phone",
)

PERSON: dict[str, list[Alternative]] = {
    "salutation": ["Anrede", "Title", "Salutation", "Prefix"],
    "title": ["Titel", "Akademischer Titel", "Suffix"],
    "first_name": ["Vorname", "First Name", "Given Name", "Vornamen", "Rufname"],
    "last_name": ["Nachname", "Last Name", "Familienname", "Surname", "Family Name", "Zuname"],
    "full_name": [
        "Vollständiger Name", "Name", "Full Name", "Display Name", "Anzeigename", "Kontakt",
        "Kontaktperson", "Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Person",
        "Teilnehmer", "Teilnehmerin", "Teilnehmende",
    ],
    "organisation": [
        "Firma", "Company", "Organisation", "Organization", "Unternehmen", "Institution",
        "Einrichtung", "Träger", "Verein", "Arbeitgeber", "Organisationsname",
    ],
    "function": ["Position", "Job Title", "Funktion", "Rolle", "Berufsbezeichnung", "Stelle"],
    "department": ["Abteilung", "Department", "Bereich", "Fachbereich", "Referat"],
    "emails": [_EMAIL_COLUMNS],
    "phones": [_PHONE_COLUMNS],
    "street": _STREET,
    "postal_code": _POSTAL_CODE,
    "city": _CITY,
    "website": _WEBSITE,
    "notes": [
        ("Notizen", "Notes", "Notiz", "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen",
         "Kommentar"),
    ],
    "tags": _TAGS,
    "legal_basis": ["Rechtsgrundlage", "DSGVO-Rechtsgrundlage", "Legal Basis"],
    # Not "Einwilligung" alone: such columns usually hold "ja", not a date.
    "consent_date": [
        "Einwilligung vom", "Einwilligung am", "Einwilligungsdatum", "Datum der Einwilligung",
        "Consent Date",
    ],
    "last_contact": [
        "Letzter Kontakt", "Letzter Kontakt am", "Zuletzt kontaktiert", "Last Contact",
    ],
}

ORGANISATION: dict[str, list[Alternative]] = {
    "name": [
        "Organisationsname", "Name der Organisation", "Organisation", "Organization", "Name",
        "Firma", "Company", "Unternehmen", "Institution", "Einrichtung", "Träger", "Verein",
    ],
    "short_name": ["Kurzname", "Kürzel", "Abkürzung", "Kurzbezeichnung", "Short Name"],
    "sector": ["Sektor", "Sector", "Akteursgruppe", "Bereich"],
    "street": _STREET,
    "postal_code": _POSTAL_CODE,
    "city": _CITY,
    "district": ["Stadtteil", "Stadtbezirk", "Quartier", "Bezirk", "District"],
    "website": _WEBSITE,
    "email": list(_EMAIL_COLUMNS),
    "phone": list(_PHONE_COLUMNS),
    "description": [
        ("Beschreibung", "Description", "Kurzbeschreibung", "Profil", "Notizen", "Notes",
         "Bemerkung", "Bemerkungen", "Anmerkungen"),
    ],
    "tags": _TAGS,
}


def synonyms(kind: TargetKind) -> dict[str, list[Alternative]]:
    return PERSON if kind is TargetKind.PERSON else ORGANISATION
