"""The canonical target fields a file's columns can be mapped to.

These are the import's vocabulary, not the database schema: the glue turns an
``ImportRow`` into records. Names follow ``sic_desktop.core.models`` where the
core has the field; the core checks its own rules again when storing.

Deliberately missing: birthday, private address and private phone. Outlook
exports them, but the SIC keeps business contacts and the DSGVO asks for data
minimisation (Art. 5 (1) c), so they are never suggested. What is imported
instead is the legal basis and the date of consent, which the city must be
able to show (Art. 7 (1) DSGVO).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# The core's limits, so that the dry run refuses exactly what storing would refuse.
from sic_desktop.core.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX, TAG_MAX
from sic_desktop.io.rows import TargetKind


class FieldType(Enum):
    """How a field's cells are cleaned, checked and combined."""

    TEXT = "text"  # one line; several mapped columns are joined with ", " (name parts with a space)
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
        return translate("Fields", self.german_label)


EMAIL_MAX = 254  # RFC 5321

_T = FieldType
_S, _L = SHORT_TEXT_MAX, LONG_TEXT_MAX


def _field(name: str, label: str, type_: FieldType, max_length: int = _S) -> TargetField:
    return TargetField(name, label, type_, max_length)


# Labels are the core's form labels (context "Fields"), translated once for both.
_SALUTATION = _field("salutation", QT_TRANSLATE_NOOP("Fields", "Anrede"), _T.TEXT)
_STREET = _field("street", QT_TRANSLATE_NOOP("Fields", "Straße"), _T.TEXT)
_POSTAL_CODE = _field("postal_code", QT_TRANSLATE_NOOP("Fields", "PLZ"), _T.TEXT)
_CITY = _field("city", QT_TRANSLATE_NOOP("Fields", "Ort"), _T.TEXT)
_WEBSITE = _field("website", QT_TRANSLATE_NOOP("Fields", "Webseite"), _T.TEXT)
_TAGS = _field("tags", QT_TRANSLATE_NOOP("Fields", "Schlagwörter"), _T.TAGS, TAG_MAX)

PERSON_FIELDS: tuple[TargetField, ...] = (
    _SALUTATION,
    _field("title", QT_TRANSLATE_NOOP("Fields", "Titel"), _T.TEXT),
    _field("first_name", QT_TRANSLATE_NOOP("Fields", "Vorname"), _T.TEXT),
    _field("last_name", QT_TRANSLATE_NOOP("Fields", "Nachname"), _T.TEXT),
    _field("name_suffix", QT_TRANSLATE_NOOP("Fields", "Namenszusatz"), _T.TEXT),
    # Consumed by the mapping step: split into title/first/last, never stored.
    _field("full_name", QT_TRANSLATE_NOOP("Fields", "Ganzer Name"), _T.TEXT),
    # The person's organisation, function and department become a membership;
    # the business address and website belong to that organisation. Without an
    # organisation the function is kept as the person's job title.
    _field("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation"), _T.TEXT),
    _field("function", QT_TRANSLATE_NOOP("Fields", "Funktion"), _T.TEXT),
    _field("department", QT_TRANSLATE_NOOP("Fields", "Abteilung"), _T.TEXT),
    _field("emails", QT_TRANSLATE_NOOP("Fields", "E-Mail"), _T.EMAILS, EMAIL_MAX),
    _field("phones", QT_TRANSLATE_NOOP("Fields", "Telefon"), _T.PHONES),
    _STREET,
    _POSTAL_CODE,
    _CITY,
    _WEBSITE,
    _field("notes", QT_TRANSLATE_NOOP("Fields", "Notizen"), _T.MULTILINE, _L),
    _TAGS,
    _field("legal_basis", QT_TRANSLATE_NOOP("Fields", "Rechtsgrundlage"), _T.TEXT),
    _field("consent_date", QT_TRANSLATE_NOOP("Fields", "Einwilligung vom"), _T.DATE),
    _field("last_contact", QT_TRANSLATE_NOOP("Fields", "Letzter Kontakt"), _T.DATE),
)

ORGANISATION_FIELDS: tuple[TargetField, ...] = (
    _field("name", QT_TRANSLATE_NOOP("Fields", "Name"), _T.TEXT),
    _field("short_name", QT_TRANSLATE_NOOP("Fields", "Kurzname"), _T.TEXT),
    _field("sector", QT_TRANSLATE_NOOP("Fields", "Sektor"), _T.TEXT),
    _STREET,
    _POSTAL_CODE,
    _CITY,
    _field("district", QT_TRANSLATE_NOOP("Fields", "Stadtteil"), _T.TEXT),
    _WEBSITE,
    _field("email", QT_TRANSLATE_NOOP("Fields", "E-Mail"), _T.EMAIL, EMAIL_MAX),
    _field("phone", QT_TRANSLATE_NOOP("Fields", "Telefon"), _T.PHONE),
    _field("description", QT_TRANSLATE_NOOP("Fields", "Beschreibung"), _T.MULTILINE, _L),
    _TAGS,
)


# Parts of a name: two columns for one of them („First Name“, „Middle Name“) are joined with a space.
NAME_PARTS = frozenset({"salutation", "title", "first_name", "last_name", "name_suffix", "full_name", "name"})


def target_fields(kind: TargetKind) -> tuple[TargetField, ...]:
    """The fields a column can be mapped to, in the order the dialog lists them."""
    return PERSON_FIELDS if kind is TargetKind.PERSON else ORGANISATION_FIELDS


def target_field(kind: TargetKind, name: str) -> TargetField:
    """The field called ``name``; KeyError if ``kind`` has no such field."""
    return _BY_NAME[kind][name]


_BY_NAME = {
    kind: {target.name: target for target in target_fields(kind)} for kind in TargetKind
}
