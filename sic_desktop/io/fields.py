"""The canonical target fields a file's columns can be mapped to.

These are the import's vocabulary, not the database schema: the glue turns an
``ImportRow`` into records. Limits here are generous upper bounds that keep
obvious garbage (a whole file in one cell) out; the core checks its own rules
again when storing.

Deliberately missing: birthday, private address and private phone. Outlook
exports them, but the SIC keeps business contacts and the DSGVO asks for data
minimisation (Art. 5 (1) c), so they are never suggested. ``consent_date`` is
the one date imported: the city must be able to show when a person agreed to
being stored (Art. 7 (1) DSGVO).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.io.rows import TargetKind


class FieldType(Enum):
    """How a field's cells are cleaned, checked and combined."""

    TEXT = "text"  # one line; several mapped columns are joined with ", "
    MULTILINE = "multiline"  # notes; several columns are joined with line breaks
    EMAIL = "email"  # one address, checked
    EMAILS = "emails"  # list of addresses, checked one by one
    PHONE = "phone"  # one number
    PHONES = "phones"  # list of numbers
    TAGS = "tags"  # list, split on ";" and ","
    DATE = "date"  # a calendar date

    @property
    def is_list(self) -> bool:
        return self in (FieldType.EMAILS, FieldType.PHONES, FieldType.TAGS)


@dataclass(frozen=True)
class TargetField:
    """One canonical field; ``max_length`` applies to each list item."""

    name: str
    german_label: str
    type: FieldType
    max_length: int

    @property
    def label(self) -> str:
        """The label in the user's language, for the mapping dialog and messages."""
        return translate("ImportFields", self.german_label)


_T = FieldType
PERSON_FIELDS: tuple[TargetField, ...] = (
    TargetField("salutation", QT_TRANSLATE_NOOP("ImportFields", "Anrede"), _T.TEXT, 40),
    TargetField("title", QT_TRANSLATE_NOOP("ImportFields", "Titel"), _T.TEXT, 80),
    TargetField("first_name", QT_TRANSLATE_NOOP("ImportFields", "Vorname"), _T.TEXT, 100),
    TargetField("last_name", QT_TRANSLATE_NOOP("ImportFields", "Nachname"), _T.TEXT, 100),
    # Consumed by the mapping step: split into title/first/last, never stored.
    TargetField("full_name", QT_TRANSLATE_NOOP("ImportFields", "Ganzer Name"), _T.TEXT, 250),
    TargetField("organisation", QT_TRANSLATE_NOOP("ImportFields", "Organisation"), _T.TEXT, 200),
    TargetField("function", QT_TRANSLATE_NOOP("ImportFields", "Funktion"), _T.TEXT, 200),
    TargetField("department", QT_TRANSLATE_NOOP("ImportFields", "Abteilung"), _T.TEXT, 200),
    TargetField("emails", QT_TRANSLATE_NOOP("ImportFields", "E-Mail-Adressen"), _T.EMAILS, 254),
    TargetField("phones", QT_TRANSLATE_NOOP("ImportFields", "Telefonnummern"), _T.PHONES, 50),
    TargetField("street", QT_TRANSLATE_NOOP("ImportFields", "Straße"), _T.TEXT, 200),
    TargetField("postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postleitzahl"), _T.TEXT, 10),
    TargetField("city", QT_TRANSLATE_NOOP("ImportFields", "Ort"), _T.TEXT, 100),
    TargetField("website", QT_TRANSLATE_NOOP("ImportFields", "Webseite"), _T.TEXT, 500),
    TargetField("notes", QT_TRANSLATE_NOOP("ImportFields", "Notizen"), _T.MULTILINE, 20000),
    TargetField("tags", QT_TRANSLATE_NOOP("ImportFields", "Schlagwörter"), _T.TAGS, 80),
    TargetField("consent_date", QT_TRANSLATE_NOOP("ImportFields", "Einwilligung am"), _T.DATE, 10),
)

ORGANISATION_FIELDS: tuple[TargetField, ...] = (
    TargetField("name", QT_TRANSLATE_NOOP("ImportFields", "Name"), _T.TEXT, 200),
    TargetField("short_name", QT_TRANSLATE_NOOP("ImportFields", "Kurzname"), _T.TEXT, 50),
    TargetField("sector", QT_TRANSLATE_NOOP("ImportFields", "Sektor"), _T.TEXT, 100),
    TargetField("street", QT_TRANSLATE_NOOP("ImportFields", "Straße"), _T.TEXT, 200),
    TargetField("postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postleitzahl"), _T.TEXT, 10),
    TargetField("city", QT_TRANSLATE_NOOP("ImportFields", "Ort"), _T.TEXT, 100),
    TargetField("district", QT_TRANSLATE_NOOP("ImportFields", "Stadtteil"), _T.TEXT, 100),
    TargetField("website", QT_TRANSLATE_NOOP("ImportFields", "Webseite"), _T.TEXT, 500),
    TargetField("email", QT_TRANSLATE_NOOP("ImportFields", "E-Mail"), _T.EMAIL, 254),
    TargetField("phone", QT_TRANSLATE_NOOP("ImportFields", "Telefon"), _T.PHONE, 50),
    TargetField(
        "description", QT_TRANSLATE_NOOP("ImportFields", "Beschreibung"), _T.MULTILINE, 20000
    ),
    TargetField("tags", QT_TRANSLATE_NOOP("ImportFields", "Schlagwörter"), _T.TAGS, 80),
)


def target_fields(kind: TargetKind) -> tuple[TargetField, ...]:
    """The fields a column can be mapped to, in the order the dialog lists them."""
    return PERSON_FIELDS if kind is TargetKind.PERSON else ORGANISATION_FIELDS


def target_field(kind: TargetKind, name: str) -> TargetField:
    """The field called ``name``; KeyError if ``kind`` has no such field."""
    return _BY_NAME[kind][name]


_BY_NAME = {
    kind: {target.name: target for target in target_fields(kind)} for kind in TargetKind
}
