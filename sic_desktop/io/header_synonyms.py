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
    ("Work Address", "Work Address 2", "Work Address2"),  # Thunderbird
    ("Dienstlich: Adresse", "Dienstlich: Adresse 2"),  # Thunderbird, German
    ("Address 1 - Street", "Address 1 - Extended Address", "Address 2 - Street",
     "Address 2 - Extended Address", "Address 3 - Street"),  # Google (labels checked per row)
    ("adr_one_street", "adr_one_street2"),  # tine20
    "Mailing Street",  # Zoho CRM
    ("Billing Address 1", "Billing Address 2"),  # Wave
    "Straße (Arbeit)",  # Apple Contacts, German
    "Straße", "Strasse", "Straße und Hausnummer", "Straße, Hausnummer", "Adresse", "Anschrift",
    "Street", "Address",
]
_POSTAL_CODE: list[Alternative] = [
    "Postleitzahl geschäftlich", "Business Postal Code", "Work ZipCode", "Work Zip", "Dienstlich: PLZ",
    ("Address 1 - Postal Code", "Address 2 - Postal Code", "Address 3 - Postal Code"),
    "adr_one_postalcode", "Mailing Zip", "Billing Postal Code/Zip Code", "PLZ (Arbeit)",
    "PLZ", "Postleitzahl", "Postal Code", "Zip", "ZIP Code",
]
_CITY: list[Alternative] = [
    "Ort geschäftlich", "Business City", "Work City", "Dienstlich: Ort",
    ("Address 1 - City", "Address 2 - City", "Address 3 - City"),
    "adr_one_locality", "Mailing City", "Billing City", "Ort (Arbeit)",
    "Ort", "Stadt", "City", "Wohnort", "Gemeinde",
]
# Thunderbird's „Web Page 1“ is the work page, „Web Page 2“ the private one.
_WEBSITE: list[Alternative] = [
    "Webseite", "Web Page", "Web Page 1", "Webseite 1", ("Website 1 - Value", "Website 2 - Value"), "url",
    "URL (Arbeit)", "Website", "Homepage", "Internet", "Internetseite", "Webadresse", "URL",
]
_TAGS: list[Alternative] = [
    ("Kategorien", "Categories", "Schlagwörter", "Schlagworte", "Tags", "Stichwörter", "Keywords", "Labels",
     "Group Membership", "Tag", "Gruppen"),
]
_EMAIL_COLUMNS = (
    "E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse",
    "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
    "Primary Email", "Secondary Email", "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse",
    "E-mail 1 - Value", "E-mail 2 - Value", "E-mail 3 - Value",
    "email", "email_home", "Secondary Email Address",
    "E-Mail (Arbeit)", "E-Mail (privat)", "E-Mail (andere)",
    "E-Mail", "Email", "E-Mail-Adressen", "E-Mail Adresse", "Email Address", "Mail",
    "Mailadresse", "E-Mail geschäftlich",
)
_PHONE_COLUMNS = (
    "Telefon geschäftlich", "Telefon geschäftlich 2", "Telefon Firma", "Haupttelefon",
    "Mobiltelefon", "Mobiltelefon 2", "Weiteres Telefon",
    "Business Phone", "Business Phone 2", "Company Main Phone", "Primary Phone", "Mobile Phone",
    "Radio Phone", "Other Phone",
    "Work Phone", "Mobile Number", "Tel. dienstlich", "Mobil-Tel.-Nr.",  # Thunderbird
    "Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value",  # Google (labels checked per row)
    "tel_work", "tel_cell",  # tine20
    "Mobile", "Toll Free",  # Zoho, Wave
    "Telefon (Arbeit)", "Telefon (Mobil)", "Mobil (Arbeit)", "iPhone",  # Apple, German
    "Telefon", "Telefonnummer", "Telefonnummern", "Tel", "Mobil", "Handy", "Mobilnummer", "Phone",
)

PERSON: dict[str, list[Alternative]] = {
    # „Title“ is Outlook's form of address; in Zoho and tine20 files a salutation column
    # comes first and „Title“ is left for the job title.
    "salutation": ["Anrede", "Salutation", "Name Prefix", "n_prefix", "Title", "Prefix"],
    "title": ["Titel", "Akademischer Titel"],
    "first_name": [
        ("Vorname", "Weitere Vornamen"), ("First Name", "Middle Name"), ("Given Name", "Additional Name"),
        ("n_given", "n_middle"), "Contact First Name", "Vornamen", "Rufname",
    ],
    "last_name": [
        "Nachname", "Last Name", "Familienname", "Surname", "Family Name", "n_family", "Contact Last Name",
        "Zuname",
    ],
    "name_suffix": ["Suffix", "Namenszusatz", "Name Suffix", "Namenssuffix", "n_suffix"],
    "full_name": [
        "Vollständiger Name", "Name", "Full Name", "Display Name", "Anzeigename", "Kontakt",
        "Kontaktperson", "Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Person",
        "Teilnehmer", "Teilnehmerin", "Teilnehmende", "n_fn",
    ],
    "organisation": [
        "Firma", "Company", "Organisation", "Organization", "Organization Name", "Organization 1 - Name",
        "org_name", "Account Name", "Customer Name", "Unternehmen", "Institution",
        "Einrichtung", "Träger", "Verein", "Arbeitgeber", "Organisationsname",
    ],
    "function": [
        "Position", "Job Title", "Funktion", "Arbeitstitel", "Organization Title", "Organization 1 - Title",
        "Berufsbezeichnung", "Rolle", "Stelle", "Occupation",
    ],
    "department": [
        "Abteilung", "Department", "Organization Department", "Organization 1 - Department", "org_unit",
        "Bereich", "Fachbereich", "Referat",
    ],
    "emails": [_EMAIL_COLUMNS],
    "phones": [_PHONE_COLUMNS],
    "street": _STREET,
    "postal_code": _POSTAL_CODE,
    "city": _CITY,
    "website": _WEBSITE,
    "notes": [
        ("Notizen", "Notes", "Notiz", "note", "Description", "Bemerkung", "Bemerkungen", "Anmerkung",
         "Anmerkungen", "Kommentar"),
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

# Columns left out on purpose (words of the loosely compared header): private addresses,
# phones and pages, birthdays and family, fax and pager, countries and regions (no field
# for them), the type or label columns that describe a neighbouring value, and what
# exporters add for their own bookkeeping. The report names them apart from unknown ones.
IGNORED_WORDS = (
    "privat", "private", "home", "personal", "persoenlich", "other", "weitere adresse", "andere",
    "geburtstag", "geburtsjahr", "geburtsmonat", "birth", "birthday", "bday", "date of birth", "jahrestag",
    "anniversary", "kinder", "children", "partner", "spouse", "hobby", "gender", "geschlecht",
    "nickname", "spitzname", "yomi", "phonetic", "initials", "initialen",
    "fax", "pager", "telex", "isdn", "tty", "callback", "rueckmeldung", "car phone", "autotelefon",
    "assistant", "asst", "assistent", "manager", "vorgesetzter",
    "land", "country", "countryname", "bundesland", "state", "region", "kanton", "province", "po box", "postfach",
    "adr two",  # tine20's private address
    "label", "type", "typ", "formatted", "display name", "angezeigter name",
    "screen name", "messenger", "skype", "twitter", "im address",
    "web page 2", "webseite 2", "url home", "website 2", "shipping", "delivery",
    "account number", "currency", "contact owner", "owner", "created", "modified", "record id",
    "contact id", "id", "lead source", "email opt out", "reports to", "vendor name", "custom",
    "benutzerdef", "user", "benutzer", "priority", "prioritaet", "sensitivity", "vertraulichkeit",
    "mileage", "reisekilometer", "billing information", "abrechnungsinformationen", "language", "sprache",
    "location", "office location", "buero", "referred by", "empfohlen von", "government id", "organizational id",
    "directory server", "verzeichnisserver", "internet free busy", "free busy", "n_fileas", "file as",
    "photo", "foto", "relation", "event", "ereignis", "n_fn", "fn", "uid",
)


def synonyms(kind: TargetKind) -> dict[str, list[Alternative]]:
    return PERSON if kind is TargetKind.PERSON else ORGANISATION
