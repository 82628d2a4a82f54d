"""Contact files as real address book programs write them, made by the team from the documented layouts.

Each ``AddressBook`` holds the exporter's column names in its order (CSV) or its
card syntax (vCard), its encoding and delimiter, and what a clerk must find after
``sic-desktop import``: the persons and organisations with the fields that should
arrive, and sentences the report must contain. The header lists follow the
exporters' documentation and public examples (Outlook's „Exportieren in eine Datei“,
Thunderbird's address book export in English and German, Google Contacts' „Google
CSV“ of today and before 2021, Zoho CRM's and Wave's customer exports, tine20's
address book fields); only the columns a real export has, in its order, a few left
empty as exports leave them. The people and companies are invented.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class AddressBook:
    name: str  # file name, tells the exporter
    text: str  # the file's text (CSV made from ``headers``/``rows`` if given)
    encoding: str
    contacts: int  # records in the file
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)  # full name → expected fields
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)  # name → expected fields
    report: tuple[str, ...] = ()  # sentences the report must contain
    above_header: str = ""  # lines an export puts above the table

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_bytes((self.above_header + self.text).encode(self.encoding))
        return path


def _csv(headers: list[str], rows: list[dict[str, str]], delimiter: str = ",", quote_all: bool = True) -> str:
    unknown = {key for row in rows for key in row} - set(headers)
    assert not unknown, f"not in the layout: {unknown}"
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(header, "") for header in headers])
    return buffer.getvalue()


# -- Outlook ------------------------------------------------------------------------------

OUTLOOK_DE_HEADERS = [
    "Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
    "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich",
    "Region geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
    "Ort privat", "Postleitzahl privat", "Land/Region privat", "Fax geschäftlich", "Telefon geschäftlich",
    "Telefon geschäftlich 2", "Telefon Firma", "Telefon privat", "Mobiltelefon", "Geburtstag", "Kategorien",
    "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Adresse", "E-Mail 2: Typ",
    "Notizen", "Webseite",
]
OUTLOOK_DE = AddressBook(
    "outlook_de.csv",
    _csv(OUTLOOK_DE_HEADERS, [
        {"Anrede": "Frau Dr.", "Vorname": "Anna", "Weitere Vornamen": "Maria", "Nachname": "Schäfer",
         "Firma": "Stiftung Soziale Innovation", "Abteilung": "Projekte", "Position": "Referentin",
         "Straße geschäftlich": "Hohe Straße 1", "Ort geschäftlich": "Dortmund", "Region geschäftlich": "NRW",
         "Postleitzahl geschäftlich": "44139", "Land/Region geschäftlich": "Deutschland",
         "Straße privat": "Privatweg 2", "Ort privat": "Dortmund", "Postleitzahl privat": "44135",
         "Fax geschäftlich": "0231 50-99", "Telefon geschäftlich": "0231 50\u201312", "Telefon privat": "0231 777",
         "Mobiltelefon": "0170 1234567", "Geburtstag": "0.0.00", "Kategorien": "Netzwerk;Stiftungen",
         "E-Mail-Adresse": "anna.schaefer@stiftung.example", "E-Mail-Typ": "SMTP",
         "E-Mail: Angezeigter Name": "Anna Schäfer (anna.schaefer@stiftung.example)",
         "Notizen": "Kennt alle im Quartier.", "Webseite": "www.stiftung.example"},
        {"Firma": "Stadtwerke Dortmund GmbH", "Straße geschäftlich": "Deggingstraße 40",
         "Ort geschäftlich": "Dortmund", "Postleitzahl geschäftlich": "44141", "Telefon Firma": "0231 955-0",
         "E-Mail-Adresse": "info@stadtwerke.example", "E-Mail-Typ": "SMTP", "Geburtstag": "0.0.00"},
        {"Anrede": "Herr", "Vorname": "John", "Nachname": "Miller", "Suffix": "jr.", "Position": "Freier Berater",
         "Telefon geschäftlich": "0231 1234 App. 12", "Mobiltelefon": "x89",
         "E-Mail-Adresse": "john@miller.example", "E-Mail-Typ": "SMTP", "Geburtstag": "0.0.00"},
    ]),
    "cp1252",
    contacts=3,
    persons={
        "Dr. Anna Maria Schäfer": {
            "salutation": "Frau", "title": "Dr.", "first_name": "Anna Maria", "last_name": "Schäfer",
            "phones": ["0231 50-12", "0170 1234567"], "emails": ["anna.schaefer@stiftung.example"],
            "tags": ["Netzwerk", "Stiftungen"], "notes": "Kennt alle im Quartier.",
            "functions": {"Stiftung Soziale Innovation": "Referentin, Projekte"},
        },
        "John Miller jr.": {
            "salutation": "Herr", "name_suffix": "jr.", "title": "", "job_title": "Freier Berater",
            "phones": [], "emails": ["john@miller.example"], "functions": {},
        },
    },
    organisations={
        "Stiftung Soziale Innovation": {"street": "Hohe Straße 1", "postal_code": "44139", "city": "Dortmund",
                                        "website": "www.stiftung.example"},
        "Stadtwerke Dortmund GmbH": {"street": "Deggingstraße 40", "postal_code": "44141", "city": "Dortmund",
                                     "phone": "0231 955-0", "email": "info@stadtwerke.example"},
    },
    report=(
        "Telefon: „0231 1234 App. 12“ ist keine Telefonnummer und wird nicht übernommen.",
        "Telefon: „x89“ ist keine Telefonnummer und wird nicht übernommen.",
        "Die Zeile nennt nur eine Firma und wird als Organisation übernommen.",
        "„Straße privat“", "„Telefon privat“", "„Fax geschäftlich“",
    ),
)

OUTLOOK_EN_HEADERS = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home City", "Home State",
    "Home Postal Code", "Home Country/Region", "Business Fax", "Business Phone", "Business Phone 2",
    "Company Main Phone", "Home Phone", "Mobile Phone", "Anniversary", "Birthday", "Categories",
    "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "Notes", "Web Page",
]
OUTLOOK_EN = AddressBook(
    "outlook_en.csv",
    _csv(OUTLOOK_EN_HEADERS, [
        {"Title": "Mr.", "First Name": "Robert", "Last Name": "Brown", "Suffix": "III",
         "Company": "Nordstadt Works Ltd.", "Job Title": "Manager", "Business Street": "Mallinckrodtstraße 5",
         "Business Street 2": "Hof 2", "Business City": "Dortmund", "Business Postal Code": "44145",
         "Business Phone": "+49 231 22 33 44", "Home Phone": "+49 231 1", "Birthday": "0/0/00",
         "E-mail Address": "r.brown@works.example", "E-mail Type": "SMTP", "E-mail 2 Address": "bob@home.example",
         "E-mail 2 Type": "SMTP", "Web Page": "https://works.example", "Categories": "Wirtschaft"},
        {"Company": "Caritas Dortmund", "Business Street": "Propsteihof 10", "Business City": "Dortmund",
         "Business Postal Code": "44137", "Company Main Phone": "0231 18 71 51-0", "Web Page": "caritas-dortmund.example",
         "Birthday": "0/0/00"},
    ]),
    "utf-8",
    contacts=2,
    persons={
        "Robert Brown III": {
            "salutation": "Mr.", "title": "", "name_suffix": "III", "phones": ["+49 231 22 33 44"],
            "emails": ["r.brown@works.example", "bob@home.example"], "tags": ["Wirtschaft"],
            "functions": {"Nordstadt Works Ltd.": "Manager"},
        },
    },
    organisations={
        "Nordstadt Works Ltd.": {"street": "Mallinckrodtstraße 5, Hof 2", "postal_code": "44145", "city": "Dortmund",
                                 "website": "https://works.example"},
        "Caritas Dortmund": {"street": "Propsteihof 10", "phone": "0231 18 71 51-0",
                             "website": "caritas-dortmund.example"},
    },
    report=("„Home Phone“",),
)

# -- Thunderbird ----------------------------------------------------------------------------

THUNDERBIRD_EN_HEADERS = [
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email", "Screen Name",
    "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number", "Home Address", "Home Address 2",
    "Home City", "Home State", "Home ZipCode", "Home Country", "Work Address", "Work Address 2", "Work City",
    "Work State", "Work ZipCode", "Work Country", "Job Title", "Department", "Organization", "Web Page 1",
    "Web Page 2", "Birth Year", "Birth Month", "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4",
    "Notes",
]
THUNDERBIRD_DE_HEADERS = [
    "Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse",
    "Messenger-Name", "Tel. dienstlich", "Tel. privat", "Fax-Nummer", "Pager-Nummer", "Mobil-Tel.-Nr.",
    "Privat: Adresse", "Privat: Adresse 2", "Privat: Ort", "Privat: Bundesland", "Privat: PLZ", "Privat: Land",
    "Dienstlich: Adresse", "Dienstlich: Adresse 2", "Dienstlich: Ort", "Dienstlich: Bundesland",
    "Dienstlich: PLZ", "Dienstlich: Land", "Arbeitstitel", "Abteilung", "Organisation", "Webseite 1",
    "Webseite 2", "Geburtsjahr", "Geburtsmonat", "Geburtstag", "Benutzerdef. 1", "Benutzerdef. 2",
    "Benutzerdef. 3", "Benutzerdef. 4", "Notizen",
]
_THUNDERBIRD_ROWS = [
    {"First Name": "Julia", "Last Name": "Sommer", "Display Name": "Julia Sommer", "Nickname": "Jule",
     "Primary Email": "j.sommer@jugendring.example", "Secondary Email": "julia.sommer@mail.example",
     "Work Phone": "0231 50-2345", "Home Phone": "0231 99 88", "Mobile Number": "0151 2345678",
     "Home Address": "Gartenweg 3", "Home City": "Dortmund", "Home ZipCode": "44141",
     "Work Address": "Friedensplatz 1", "Work Address 2": "Raum 214", "Work City": "Dortmund",
     "Work ZipCode": "44135", "Work Country": "Deutschland", "Job Title": "Jugendbildungsreferentin",
     "Department": "Bildung", "Organization": "Jugendring Dortmund", "Web Page 1": "https://jugendring.example",
     "Web Page 2": "https://julia-privat.example", "Birth Year": "1985", "Birth Month": "4", "Birth Day": "12",
     "Notes": "Ansprechpartnerin für Ferienprogramme"},
    {"Display Name": "Jugendamt Dortmund", "Primary Email": "jugendamt@stadt.example",
     "Work Phone": "0231 50-0", "Work Address": "Ostwall 64", "Work City": "Dortmund", "Work ZipCode": "44135",
     "Organization": "Jugendamt Dortmund"},
]
_THUNDERBIRD_PERSONS = {
    "Julia Sommer": {
        "emails": ["j.sommer@jugendring.example", "julia.sommer@mail.example"],
        "phones": ["0231 50-2345", "0151 2345678"], "notes": "Ansprechpartnerin für Ferienprogramme",
        "functions": {"Jugendring Dortmund": "Jugendbildungsreferentin, Bildung"},
    },
}
_THUNDERBIRD_ORGANISATIONS = {
    "Jugendring Dortmund": {"street": "Friedensplatz 1, Raum 214", "postal_code": "44135", "city": "Dortmund",
                            "website": "https://jugendring.example"},
    "Jugendamt Dortmund": {"street": "Ostwall 64", "postal_code": "44135", "email": "jugendamt@stadt.example",
                           "phone": "0231 50-0"},
}
THUNDERBIRD_EN = AddressBook(
    "thunderbird_en.csv", _csv(THUNDERBIRD_EN_HEADERS, _THUNDERBIRD_ROWS, quote_all=False), "utf-8", contacts=2,
    persons=_THUNDERBIRD_PERSONS, organisations=_THUNDERBIRD_ORGANISATIONS,
    report=("„Home Phone“", "„Web Page 2“", "„Home Address“"),
)
_EN_TO_DE = dict(zip(THUNDERBIRD_EN_HEADERS, THUNDERBIRD_DE_HEADERS, strict=True))
THUNDERBIRD_DE = AddressBook(
    "thunderbird_de.csv",
    _csv(THUNDERBIRD_DE_HEADERS, [{_EN_TO_DE[k]: v for k, v in row.items()} for row in _THUNDERBIRD_ROWS],
         quote_all=False),
    "utf-8", contacts=2, persons=_THUNDERBIRD_PERSONS, organisations=_THUNDERBIRD_ORGANISATIONS,
    report=("„Tel. privat“", "„Webseite 2“", "„Privat: Adresse“"),
)

# -- Google Contacts ---------------------------------------------------------------------------

GOOGLE_HEADERS = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
    "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
    "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
    "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Address 2 - Label", "Address 2 - Formatted", "Address 2 - Street",
    "Address 2 - City", "Address 2 - PO Box", "Address 2 - Region", "Address 2 - Postal Code",
    "Address 2 - Country", "Address 2 - Extended Address", "Website 1 - Label", "Website 1 - Value",
    "Website 2 - Label", "Website 2 - Value",
]
GOOGLE = AddressBook(
    "google_contacts.csv",
    _csv(GOOGLE_HEADERS, [
        {"First Name": "Selin", "Last Name": "Öztürk", "Name Prefix": "Prof. Dr.", "Organization Name":
         "Quartiersbüro Nordstadt", "Organization Title": "Leitung", "Labels": "* myContacts ::: Quartier",
         "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "s.oeztuerk@quartier.example",
         "E-mail 2 - Label": "Home", "E-mail 2 - Value": "selin@privat.example",
         "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+49 151 1111111",
         "Phone 2 - Label": "Home", "Phone 2 - Value": "+49 231 2222",
         "Address 1 - Label": "Home", "Address 1 - Formatted": "Privatstr. 9\n44137 Dortmund",
         "Address 1 - Street": "Privatstr. 9", "Address 1 - City": "Dortmund", "Address 1 - Postal Code": "44137",
         "Address 2 - Label": "Work", "Address 2 - Street": "Mallinckrodtstr. 20", "Address 2 - City": "Dortmund",
         "Address 2 - Postal Code": "44147", "Address 2 - Country": "Deutschland",
         "Website 1 - Label": "Home", "Website 1 - Value": "https://selin.example",
         "Website 2 - Label": "Work", "Website 2 - Value": "https://quartier.example",
         "Notes": "Mag kurze Wege."},
        {"Organization Name": "Dortmunder Tafel e.V.", "File As": "Dortmunder Tafel e.V.",
         "Labels": "* myContacts", "Phone 1 - Label": "Work", "Phone 1 - Value": "0231 9 12 12",
         "Website 1 - Label": "Work", "Website 1 - Value": "https://tafel.example"},
    ]),
    "utf-8",
    contacts=2,
    persons={
        "Prof. Dr. Selin Öztürk": {
            "title": "Prof. Dr.", "emails": ["s.oeztuerk@quartier.example", "selin@privat.example"],
            "phones": ["+49 151 1111111"], "tags": ["Quartier"], "notes": "Mag kurze Wege.",
            "functions": {"Quartiersbüro Nordstadt": "Leitung"},
        },
    },
    organisations={
        "Quartiersbüro Nordstadt": {"street": "Mallinckrodtstr. 20", "postal_code": "44147",
                                    "website": "https://quartier.example"},
        "Dortmunder Tafel e.V.": {"phone": "0231 9 12 12", "website": "https://tafel.example"},
    },
    report=(
        "Webseite: „https://selin.example“ ist als privat gekennzeichnet („Home“) und wird nicht übernommen.",
        "Telefon: „+49 231 2222“ ist als privat gekennzeichnet („Home“) und wird nicht übernommen.",
        "Straße: „Privatstr. 9“ ist als privat gekennzeichnet („Home“) und wird nicht übernommen.",
    ),
)

GOOGLE_OLD_HEADERS = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
    "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information", "Directory Server",
    "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo",
    "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
    "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
    "Organization 1 - Yomi Name", "Organization 1 - Title", "Organization 1 - Department",
    "Organization 1 - Symbol", "Organization 1 - Location", "Organization 1 - Job Description",
    "Website 1 - Type", "Website 1 - Value",
]
GOOGLE_OLD = AddressBook(
    "google_old.csv",
    _csv(GOOGLE_OLD_HEADERS, [
        {"Name": "Karl-Heinz Becker sen.", "Given Name": "Karl-Heinz", "Family Name": "Becker",
         "Name Suffix": "sen.", "Group Membership": "* My Contacts ::: Ehrenamt",
         "E-mail 1 - Type": "* Work", "E-mail 1 - Value": "kh.becker@verein.example",
         "Phone 1 - Type": "Work", "Phone 1 - Value": "0231 44 55 66", "Phone 2 - Type": "Mobile",
         "Phone 2 - Value": "0160 111 22 33", "Address 1 - Type": "Work", "Address 1 - Street": "Bornstraße 144",
         "Address 1 - City": "Dortmund", "Address 1 - Postal Code": "44145",
         "Organization 1 - Type": "Work", "Organization 1 - Name": "Nordstadtliebe e.V.",
         "Organization 1 - Title": "Vorsitzender", "Organization 1 - Symbol": "NSL",
         "Website 1 - Type": "Work", "Website 1 - Value": "nordstadtliebe.example"},
        {"Name": "Stadtteilbibliothek Eving", "Organization 1 - Type": "Work",
         "Organization 1 - Name": "Stadtteilbibliothek Eving", "Phone 1 - Type": "Work",
         "Phone 1 - Value": "0231 50-1", "Group Membership": "* My Contacts"},
    ]),
    "utf-8",
    contacts=2,
    persons={
        "Karl-Heinz Becker sen.": {
            "name_suffix": "sen.", "title": "", "emails": ["kh.becker@verein.example"],
            "phones": ["0231 44 55 66", "0160 111 22 33"], "tags": ["Ehrenamt"],
            "functions": {"Nordstadtliebe e.V.": "Vorsitzender"},
        },
    },
    organisations={
        "Nordstadtliebe e.V.": {"street": "Bornstraße 144", "postal_code": "44145", "website": "nordstadtliebe.example"},
        "Stadtteilbibliothek Eving": {"phone": "0231 50-1"},
    },
    report=("Spalte „Organization 1 - Symbol“ wurde nicht übernommen.",),
)

# -- Apple Contacts (German CSV of a contacts exporter), Zoho CRM, Wave, tine20 ----------------

APPLE_DE_HEADERS = [
    "Vorname", "Nachname", "Namenszusatz", "Firma", "Abteilung", "Berufsbezeichnung", "E-Mail (Arbeit)",
    "E-Mail (privat)", "Telefon (Arbeit)", "Telefon (Mobil)", "Telefon (privat)", "Straße (Arbeit)", "PLZ (Arbeit)",
    "Ort (Arbeit)", "Land (Arbeit)", "Straße (privat)", "PLZ (privat)", "Ort (privat)", "URL (Arbeit)",
    "URL (privat)", "Geburtstag", "Notiz",
]
APPLE_DE = AddressBook(
    "apple_kontakte.csv",
    "\ufeff" + _csv(APPLE_DE_HEADERS, [
        {"Vorname": "Lena", "Nachname": "Krüger", "Firma": "Bürgerstiftung Dortmund", "Abteilung": "Förderung",
         "Berufsbezeichnung": "Projektleiterin", "E-Mail (Arbeit)": "l.krueger@buergerstiftung.example",
         "E-Mail (privat)": "lena.k@privat.example", "Telefon (Arbeit)": "0231 123 45 67",
         "Telefon (privat)": "0231 765", "Straße (Arbeit)": "Kampstraße 12", "PLZ (Arbeit)": "44137",
         "Ort (Arbeit)": "Dortmund", "Land (Arbeit)": "Deutschland", "Straße (privat)": "Sonnenweg 1",
         "URL (Arbeit)": "https://buergerstiftung.example", "URL (privat)": "https://lena.example",
         "Geburtstag": "1980-02-03", "Notiz": "Förderanträge bis März"},
        {"Firma": "Dortmunder Stadtwerke AG", "Telefon (Arbeit)": "0231 955-4000",
         "URL (Arbeit)": "https://dsw.example"},
    ], delimiter=";", quote_all=False),
    "utf-8",
    contacts=2,
    persons={
        "Lena Krüger": {"emails": ["l.krueger@buergerstiftung.example", "lena.k@privat.example"],
                        "phones": ["0231 123 45 67"], "notes": "Förderanträge bis März",
                        "functions": {"Bürgerstiftung Dortmund": "Projektleiterin, Förderung"}},
    },
    organisations={
        "Bürgerstiftung Dortmund": {"street": "Kampstraße 12", "postal_code": "44137", "city": "Dortmund",
                                    "website": "https://buergerstiftung.example"},
        "Dortmunder Stadtwerke AG": {"phone": "0231 955-4000", "website": "https://dsw.example"},
    },
    report=("„Telefon (privat)“", "„URL (privat)“"),
)

ZOHO_HEADERS = [
    "Contact Owner", "Salutation", "First Name", "Last Name", "Account Name", "Email", "Title", "Department",
    "Phone", "Home Phone", "Mobile", "Fax", "Date of Birth", "Secondary Email", "Mailing Street", "Mailing City",
    "Mailing State", "Mailing Zip", "Mailing Country", "Other Street", "Other City", "Other Zip", "Description",
    "Tag", "Created Time", "Record Id",
]
ZOHO = AddressBook(
    "zoho_contacts.csv",
    _csv(ZOHO_HEADERS, [
        {"Contact Owner": "Admin SIC", "Salutation": "Frau", "First Name": "Miriam", "Last Name": "Yilmaz",
         "Account Name": "Handwerkskammer Dortmund", "Email": "m.yilmaz@hwk.example", "Title": "Ausbildungsberaterin",
         "Phone": "0231 5493-0", "Home Phone": "0231 1111", "Mobile": "0171 999 00 11",
         "Secondary Email": "miriam@yilmaz.example", "Mailing Street": "Ardeystraße 93", "Mailing City": "Dortmund",
         "Mailing Zip": "44139", "Mailing Country": "Germany", "Other Street": "Zuhause 5",
         "Description": "Ausbildung im Quartier", "Tag": "Ausbildung,Handwerk",
         "Created Time": "2025-03-01 10:00:00", "Record Id": "zcrm_4711"},
    ]),
    "utf-8",
    contacts=1,
    persons={
        "Miriam Yilmaz": {"salutation": "Frau", "emails": ["m.yilmaz@hwk.example", "miriam@yilmaz.example"],
                          "phones": ["0231 5493-0", "0171 999 00 11"], "notes": "Ausbildung im Quartier",
                          "tags": ["Ausbildung", "Handwerk"],
                          "functions": {"Handwerkskammer Dortmund": "Ausbildungsberaterin"}},
    },
    organisations={"Handwerkskammer Dortmund": {"street": "Ardeystraße 93", "postal_code": "44139", "city": "Dortmund"}},
    report=("„Home Phone“", "„Other Street“"),
)

WAVE_HEADERS = [
    "Customer Name", "Email", "Contact First Name", "Contact Last Name", "Phone", "Mobile", "Fax", "Toll Free",
    "Website", "Account Number", "Currency", "Billing Address 1", "Billing Address 2", "Billing City",
    "Billing Province/State", "Billing Postal Code/Zip Code", "Billing Country", "Shipping Name",
    "Shipping Phone", "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping Province/State",
    "Shipping Postal Code/Zip Code", "Shipping Country", "Delivery Instructions",
]
WAVE = AddressBook(
    "wave_customers.csv",
    _csv(WAVE_HEADERS, [
        {"Customer Name": "Kulturbüro Marten", "Email": "p.lang@kultur-marten.example", "Contact First Name": "Petra",
         "Contact Last Name": "Lang", "Phone": "0231 61 61 61", "Website": "kultur-marten.example",
         "Account Number": "K-100", "Currency": "EUR", "Billing Address 1": "Marten-Markt 1",
         "Billing City": "Dortmund", "Billing Province/State": "Nordrhein-Westfalen",
         "Billing Postal Code/Zip Code": "44379", "Billing Country": "Germany"},
        {"Customer Name": "Hansa Druck GmbH", "Email": "info@hansadruck.example", "Phone": "0231 77 00",
         "Currency": "EUR", "Billing Address 1": "Hansastraße 7", "Billing City": "Dortmund",
         "Billing Postal Code/Zip Code": "44137"},
    ]),
    "utf-8",
    contacts=2,
    persons={"Petra Lang": {"emails": ["p.lang@kultur-marten.example"], "phones": ["0231 61 61 61"],
                            "functions": {"Kulturbüro Marten": ""}}},
    organisations={
        "Kulturbüro Marten": {"street": "Marten-Markt 1", "postal_code": "44379", "website": "kultur-marten.example"},
        "Hansa Druck GmbH": {"street": "Hansastraße 7", "email": "info@hansadruck.example", "phone": "0231 77 00"},
    },
    report=("„Account Number“", "„Billing Country“"),
)

TINE20_HEADERS = [
    "n_prefix", "n_given", "n_middle", "n_family", "n_suffix", "org_name", "org_unit", "title", "email",
    "email_home", "tel_work", "tel_cell", "tel_home", "tel_fax", "adr_one_street", "adr_one_street2",
    "adr_one_postalcode", "adr_one_locality", "adr_one_region", "adr_one_countryname", "adr_two_street",
    "adr_two_postalcode", "adr_two_locality", "url", "url_home", "bday", "note", "tags",
]
TINE20 = AddressBook(
    "tine20_adressbuch.csv",
    _csv(TINE20_HEADERS, [
        {"n_prefix": "Herr", "n_given": "Thomas", "n_middle": "Peter", "n_family": "Wagner", "n_suffix": "II",
         "org_name": "Wirtschaftsförderung Dortmund", "org_unit": "Social Innovation Center",
         "title": "Netzwerkmanager", "email": "t.wagner@wifoe.example", "email_home": "tom@wagner.example",
         "tel_work": "0231 50-11111", "tel_cell": "0172 55 66 77", "tel_home": "0231 3333",
         "adr_one_street": "Grüne Straße 2-8", "adr_one_postalcode": "44147", "adr_one_locality": "Dortmund",
         "adr_one_countryname": "DE", "adr_two_street": "Heimweg 4", "url": "https://wifoe.example",
         "url_home": "https://tom.example", "bday": "1975-06-01", "note": "SIC-Team", "tags": "Team"},
    ], delimiter=";"),
    "utf-8",
    contacts=1,
    persons={"Thomas Peter Wagner II": {
        "salutation": "Herr", "first_name": "Thomas Peter", "name_suffix": "II", "title": "",
        "emails": ["t.wagner@wifoe.example", "tom@wagner.example"], "phones": ["0231 50-11111", "0172 55 66 77"],
        "functions": {"Wirtschaftsförderung Dortmund": "Netzwerkmanager, Social Innovation Center"}}},
    organisations={"Wirtschaftsförderung Dortmund": {"street": "Grüne Straße 2-8", "postal_code": "44147",
                                                     "website": "https://wifoe.example"}},
    report=("„tel_home“", "„url_home“", "„adr_two_street“"),
)

# -- UTF-16 without byte order mark, lines above the header -----------------------------------------

UTF16_NO_BOM = AddressBook(
    "kontakte_utf16.csv",
    _csv(["Vorname", "Nachname", "Firma", "E-Mail-Adresse"], [
        {"Vorname": "Gül", "Nachname": "Şahin", "Firma": "Elternnetzwerk Husen", "E-Mail-Adresse": "guel@eltern.example"},
    ], delimiter="\t", quote_all=False),
    "utf-16-le",
    contacts=1,
    persons={"Gül Şahin": {"emails": ["guel@eltern.example"], "functions": {"Elternnetzwerk Husen": ""}}},
)

REPORT_EXPORT = AddressBook(
    "bericht_mit_titel.csv",
    _csv(["Name", "Vorname", "Organisation", "Telefon"], [
        {"Name": "Hoffmann", "Vorname": "Eva", "Organisation": "Familienzentrum Eving", "Telefon": "0231 80 80"},
        {"Name": "Koch", "Vorname": "Ali", "Organisation": "Familienzentrum Eving", "Telefon": "0231 80 81"},
    ], delimiter=";", quote_all=False),
    "cp1252",
    contacts=2,
    above_header="Kontaktliste Quartiersarbeit;;;\r\nStand: 01.12.2026;;;\r\n;;;\r\n",
    persons={"Eva Hoffmann": {"phones": ["0231 80 80"], "functions": {"Familienzentrum Eving": ""}},
             "Ali Koch": {"phones": ["0231 80 81"], "functions": {"Familienzentrum Eving": ""}}},
)

CSV_FILES = (OUTLOOK_DE, OUTLOOK_EN, THUNDERBIRD_EN, THUNDERBIRD_DE, GOOGLE, GOOGLE_OLD, APPLE_DE, ZOHO, WAVE,
             TINE20, UTF16_NO_BOM, REPORT_EXPORT)


# -- vCards ------------------------------------------------------------------------------------------

ANDROID_21 = AddressBook(
    "android_kontakte.vcf",
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;Dr.;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. J=C3=BCrgen M=C3=BCller\r\n"
    "TEL;CELL:0176 1234 5678\r\n"
    "TEL;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:0231 50=E2=80=9322\r\n"
    "TEL;HOME:0231 5555\r\n"
    "EMAIL;WORK:j.mueller@awo.example\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:AWO Unterbezirk Dortmund;Beratung\r\n"
    "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Schuldnerberater\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Kl=C3=BCchenweg 1=0D=0AHinterhaus;Dortmund;;44137;=\r\n"
    "Deutschland\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Sprechstunde dienstags=0D=0Aab 9 Uhr\r\n"
    "END:VCARD\r\n",
    "utf-8",
    contacts=1,
    persons={"Dr. Jürgen Müller": {"title": "Dr.", "phones": ["0176 1234 5678", "0231 50-22"],
                                   "emails": ["j.mueller@awo.example"],
                                   "notes": "Sprechstunde dienstags\nab 9 Uhr",
                                   "functions": {"AWO Unterbezirk Dortmund": "Schuldnerberater, Beratung"}}},
    organisations={"AWO Unterbezirk Dortmund": {"street": "Klüchenweg 1, Hinterhaus", "postal_code": "44137",
                                                "city": "Dortmund"}},
    report=("„Telefon privat“",),
)

IOS_30 = AddressBook(
    "iphone_kontakte.vcf",
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.1//EN\r\n"
    "N:Wolff;Sabine;;;\r\n"
    "FN:Sabine Wolff\r\n"
    "ORG:Diakonie Dortmund;\r\n"
    "TITLE:Quartiersmanagerin\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:s.wolff@diakonie.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+49 170 4444444\r\n"
    "item1.ADR;type=WORK;type=pref:;;Rolandstraße 10;Dortmund;;44145;Deutschland\r\n"
    "item1.X-ABADR:de\r\n"
    "item2.URL;type=pref:https://diakonie-dortmund.example/quartiere/nordstadt/angebote/beratung-und-begleitung-im-qu\r\n"
    " artier\r\n"
    "item2.X-ABLabel:_$!<HomePage>!$_\r\n"
    "URL;type=HOME:https://sabine-wolff.example\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "FN:Kinderschutzbund Dortmund\r\n"
    "ORG:Kinderschutzbund Dortmund;\r\n"
    "TEL;type=WORK;type=VOICE:0231 12 34 56\r\n"
    "EMAIL;type=INTERNET;type=WORK:info@kinderschutzbund.example\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "END:VCARD\r\n",
    "utf-8",
    contacts=2,
    persons={"Sabine Wolff": {"phones": ["+49 170 4444444"], "emails": ["s.wolff@diakonie.example"],
                              "functions": {"Diakonie Dortmund": "Quartiersmanagerin"}}},
    organisations={
        "Diakonie Dortmund": {"street": "Rolandstraße 10", "postal_code": "44145",
                              "website": "https://diakonie-dortmund.example/quartiere/nordstadt/angebote/"
                                         "beratung-und-begleitung-im-quartier"},
        "Kinderschutzbund Dortmund": {"phone": "0231 12 34 56", "email": "info@kinderschutzbund.example"},
    },
    report=("„Webseite privat“",),
)

EM_CLIENT_30 = AddressBook(
    "emclient.vcf",
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//eM Client/9.2\r\n"
    "UID:4f1c5a0e-0000-4000-8000-000000000001\r\n"
    "N:Schmidt;Hans;;Herr;Sr.\r\n"
    "FN:Herr Hans Schmidt Sr.\r\n"
    "TITLE:Rentner und Lesepate\r\n"
    "EMAIL;TYPE=HOME:hans.schmidt@mail.example\r\n"
    "TEL;TYPE=HOME,VOICE:0231 41 41 41\r\n"
    "TEL;TYPE=CELL:0157 0000 1111\r\n"
    "CATEGORIES:Ehrenamt,Lesepaten\r\n"
    "END:VCARD\r\n",
    "utf-8",
    contacts=1,
    persons={"Hans Schmidt Sr.": {"salutation": "Herr", "name_suffix": "Sr.", "title": "",
                                  "job_title": "Rentner und Lesepate", "emails": ["hans.schmidt@mail.example"],
                                  "phones": ["0157 0000 1111"], "tags": ["Ehrenamt", "Lesepaten"], "functions": {}}},
    report=("„Telefon privat“",),
)

EVOLUTION_30 = AddressBook(
    "evolution.vcf",
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "X-EVOLUTION-FILE-AS:Neumann\\, Claudia\r\n"
    "FN:Claudia Neumann\r\n"
    "N:Neumann;Claudia;;;\r\n"
    "ORG:Volkshochschule Dortmund;Programmbereich Gesellschaft\r\n"
    "TITLE:Fachbereichsleiterin\r\n"
    "EMAIL;TYPE=WORK;X-EVOLUTION-UI-SLOT=1:c.neumann@vhs.example\r\n"
    "TEL;TYPE=WORK;TYPE=VOICE;X-EVOLUTION-UI-SLOT=1:0231 50-24727\r\n"
    "ADR;TYPE=WORK:;;Hansastraße 2-4;Dortmund;;44137;Deutschland\r\n"
    "LABEL;TYPE=WORK:Hansastraße 2-4\\n44137 Dortmund\r\n"
    "URL:https://vhs.example\r\n"
    "NOTE:Kurse zu Nachbarschaft\\, Demokratie und Beteiligung\r\n"
    "END:VCARD\r\n",
    "utf-8",
    contacts=1,
    persons={"Claudia Neumann": {"emails": ["c.neumann@vhs.example"], "phones": ["0231 50-24727"],
                                 "notes": "Kurse zu Nachbarschaft, Demokratie und Beteiligung",
                                 "functions": {"Volkshochschule Dortmund":
                                               "Fachbereichsleiterin, Programmbereich Gesellschaft"}}},
    organisations={"Volkshochschule Dortmund": {"street": "Hansastraße 2-4", "website": "https://vhs.example"}},
)

NEXTCLOUD_40 = AddressBook(
    "nextcloud.vcf",
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "PRODID:-//Sabre//Sabre VObject 4.5.4//EN\r\n"
    "UID:8d1f7a36-2f1e-4f6e-9c2b-000000000002\r\n"
    "FN:Mehmet Demir\r\n"
    "N:Demir;Mehmet;;;\r\n"
    "ORG:Integrationsrat Dortmund\r\n"
    "TITLE:Geschäftsführer\r\n"
    "EMAIL;TYPE=work:m.demir@integrationsrat.example\r\n"
    "TEL;TYPE=\"work,voice\";VALUE=uri:tel:+49-231-50-22222\r\n"
    "TEL;TYPE=home;VALUE=uri:tel:+49-231-999\r\n"
    "ADR;TYPE=work;LABEL=\"Südwall 2, 44137 Dortmund\":;;Südwall 2;Dortmund;;44137;Deutschland\r\n"
    "URL;TYPE=work:https://integrationsrat.example\r\n"
    "URL;TYPE=home:https://mehmet.example\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "UID:8d1f7a36-2f1e-4f6e-9c2b-000000000003\r\n"
    "KIND:org\r\n"
    "FN:Planerladen e.V.\r\n"
    "N:Planerladen e.V.;;;;\r\n"
    "ORG:Planerladen e.V.\r\n"
    "TEL;TYPE=work;VALUE=uri:tel:+49-231-8820700\r\n"
    "URL:https://planerladen.example\r\n"
    "END:VCARD\r\n",
    "utf-8",
    contacts=2,
    persons={"Mehmet Demir": {"emails": ["m.demir@integrationsrat.example"], "phones": ["+49-231-50-22222"],
                              "functions": {"Integrationsrat Dortmund": "Geschäftsführer"}}},
    organisations={
        "Integrationsrat Dortmund": {"street": "Südwall 2", "website": "https://integrationsrat.example"},
        "Planerladen e.V.": {"phone": "+49-231-8820700", "website": "https://planerladen.example"},
    },
    report=("„Webseite privat“", "„Telefon privat“"),
)

VCARD_FILES = (ANDROID_21, IOS_30, EM_CLIENT_30, EVOLUTION_30, NEXTCLOUD_40)
ALL_FILES = CSV_FILES + VCARD_FILES
