"""Checks and tidies a record before it is stored.

Every rule lives here once, so the window, the importer and the command line
refuse the same input with the same German message naming the field. Dates may
arrive as text (typed or imported); they are parsed here so that „31.02.2026“
is explained rather than stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import date
from typing import Any

from sic_desktop.core.dates import DateFormatError, format_date, parse_date
from sic_desktop.core.errors import FieldError, ValidationError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import (
    FOLLOWUP_TARGET_TYPES,
    Cooperation,
    FollowUp,
    Indicator,
    Measurement,
    Membership,
    Note,
    Organisation,
    Partner,
    Person,
    Record,
    ThemeField,
)
from sic_desktop.core.privacy_terms import DATA_SOURCES
from sic_desktop.core.vocab import (
    COOPERATION_STATUSES,
    LEGAL_BASES,
    NOTE_KINDS,
    PARTNER_ROLES,
    SECTORS,
    TEXT_FORMATS,
    Vocabulary,
)

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 200_000
# A note may hold a whole workshop documentation (about 1,000 printed pages), but
# not a pasted file dump that would make every list, search and PDF crawl.
NOTE_TEXT_MAX = 2_000_000
TAG_MAX = 60

_EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\]\\]+@[^@\s\"(),:;<>\[\]\\]+\.[^@\s\"(),:;<>\[\]\\.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()/.\-]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s/]{2,}(/\S*)?$", re.IGNORECASE)


class _Errors:
    """Collects field errors of one record so that all are shown at once."""

    def __init__(self, record: Record) -> None:
        self.record_type = record.RECORD_TYPE
        self.items: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.items.append(FieldError(field, field_label(self.record_type, field), message))

    def has(self, field: str) -> bool:
        return any(item.field == field for item in self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


def is_valid_email(value: str) -> bool:
    local = value.split("@", 1)[0]
    return bool(_EMAIL.match(value)) and ".." not in value and not local.startswith(".") and not local.endswith(".")


def is_valid_phone(value: str) -> bool:
    return bool(_PHONE.match(value)) and sum(ch.isdigit() for ch in value) >= 3


def is_valid_website(value: str) -> bool:
    return bool(_WEBSITE.match(value))


def validate(record: Record) -> None:
    """Tidy ``record`` in place and raise ValidationError listing every refused field."""
    errors = _Errors(record)
    _tidy_texts(record, errors)
    if isinstance(record, Organisation):
        _check_organisation(record, errors)
    elif isinstance(record, Person):
        _check_person(record, errors)
    elif isinstance(record, Cooperation):
        _check_cooperation(record, errors)
    elif isinstance(record, Note):
        _check_note(record, errors)
    elif isinstance(record, FollowUp):
        _check_followup(record, errors)
    elif isinstance(record, ThemeField):
        _require(record, "name", errors, translate("Validation", "Bitte einen Namen eingeben."))
    elif isinstance(record, (Indicator, Measurement)):
        from sic_desktop.core import impact_rules  # imports this module's helpers

        impact_rules.check(record, errors)
    if hasattr(record, "tags"):
        record.tags = _tidy_tags(record.tags, errors)
    if hasattr(record, "theme_ids"):
        record.theme_ids = list(dict.fromkeys(record.theme_ids))
    errors.raise_if_any()


# Control characters mean nothing in office text and make exported files look binary (a NUL,
# an ESC pasted from a terminal); tab and line breaks stay.
_CONTROL_CHARACTERS = dict.fromkeys(c for c in [*range(32), 127] if chr(c) not in "\t\n\r")
_MULTILINE = {
    "description", "notes", "text", "goals", "agreements", "results", "definition", "comment",
    "impact_problem", "impact_target_direct", "impact_target_indirect", "impact_outcomes", "impact_assumptions",
}
_AUDIT = {
    "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by", "done_at", "target_title",
    "cooperation_title", "indicator_name",
}


def _tidy_texts(record: Record, errors: _Errors) -> None:
    """Drop control characters, strip surrounding blanks; single-line fields lose line breaks; enforce lengths."""
    for f in dataclass_fields(record):
        value = getattr(record, f.name)
        if not isinstance(value, str) or f.name in _AUDIT:
            continue
        value = value.translate(_CONTROL_CHARACTERS)
        if f.name in _MULTILINE:
            value = value.replace("\r\n", "\n").replace("\r", "\n").strip()  # a lone CR (old Mac) too
            limit = NOTE_TEXT_MAX if isinstance(record, Note) else LONG_TEXT_MAX
        else:
            value = " ".join(value.split())
            limit = SHORT_TEXT_MAX
        if len(value) > limit:
            errors.add(f.name, too_long(len(value), limit))
        setattr(record, f.name, value)


def too_long(length: int, limit: int) -> str:
    """The message for a text over its limit, with both numbers as Germans write them."""
    return translate(
        "Validation", "Der Text ist mit {length} Zeichen zu lang; erlaubt sind höchstens {limit}."
    ).format(length=f"{length:,}".replace(",", "."), limit=f"{limit:,}".replace(",", "."))


def _require(record: Record, field: str, errors: _Errors, message: str | None = None) -> None:
    if not getattr(record, field):
        errors.add(field, message or translate("Validation", "Bitte ausfüllen."))


def _date(record: Any, field: str, errors: _Errors, *, error_field: str | None = None) -> date | None:
    """Turn a typed date into a ``date``; record the reason if it is not one."""
    value = getattr(record, field)
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and not value.strip():
        setattr(record, field, None)
        return None
    try:
        parsed = parse_date(str(value))
    except DateFormatError as exc:
        errors.add(error_field or field, str(exc))
        return None
    setattr(record, field, parsed)
    return parsed


def _choice(
    record: Any, field: str, vocabulary: Vocabulary, errors: _Errors, *, required: bool, error_field: str | None = None
) -> None:
    value = getattr(record, field)
    if not value:
        setattr(record, field, None)
        if required:
            errors.add(error_field or field, translate("Validation", "Bitte auswählen."))
        return
    key = value if value in vocabulary.keys else vocabulary.key_for(value)
    if key is None:
        choices = ", ".join(label for _, label in vocabulary.labels())
        errors.add(
            error_field or field,
            translate("Validation", "„{value}“ ist nicht vorgesehen. Möglich sind: {choices}.").format(
                value=value, choices=choices
            ),
        )
    else:
        setattr(record, field, key)


def _period(record: Any, start: str, end: str, errors: _Errors, *, error_field: str | None = None) -> None:
    begin, finish = _date(record, start, errors, error_field=error_field), _date(
        record, end, errors, error_field=error_field
    )
    if begin and finish and finish < begin:
        errors.add(
            error_field or end,
            translate("Validation", "Das Ende ({end}) liegt vor dem Beginn ({start}).").format(
                end=format_date(finish), start=format_date(begin)
            ),
        )


def _email(record: Any, field: str, errors: _Errors) -> None:
    value = getattr(record, field)
    if value and not is_valid_email(value):
        errors.add(field, _bad_email(value))


def _bad_email(value: str) -> str:
    return translate("Validation", "„{value}“ ist keine gültige E-Mail-Adresse.").format(value=value)


def _website(record: Any, errors: _Errors) -> None:
    if record.website and not is_valid_website(record.website):
        errors.add(
            "website",
            translate("Validation", "„{value}“ ist keine gültige Webadresse.").format(value=record.website),
        )


def _unique(values: list[str], *, key: Callable[[str], str] = str.casefold) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        value = " ".join(str(value).split())
        if value and key(value) not in seen:
            seen[key(value)] = value
    return list(seen.values())


def _tidy_tags(tags: list[str], errors: _Errors) -> list[str]:
    tidy = _unique(tags)
    for tag in tidy:
        if len(tag) > TAG_MAX:
            errors.add("tags", too_long(len(tag), TAG_MAX))
        elif any(ch in tag for ch in ",;"):
            errors.add(
                "tags",
                translate(
                    "Validation", "Das Schlagwort „{tag}“ enthält ein Komma oder Semikolon; bitte einzeln eingeben."
                ).format(tag=tag),
            )
    return tidy


def _check_organisation(org: Organisation, errors: _Errors) -> None:
    _require(org, "name", errors, translate("Validation", "Bitte einen Namen eingeben."))
    _choice(org, "sector", SECTORS, errors, required=False)
    _email(org, "email", errors)
    if org.phone and not is_valid_phone(org.phone):
        errors.add("phone", _bad_phone(org.phone))
    _website(org, errors)


def _bad_phone(value: str) -> str:
    return translate("Validation", "„{value}“ ist keine gültige Telefonnummer.").format(value=value)


def _check_person(person: Person, errors: _Errors) -> None:
    if not person.last_name and not person.first_name:
        errors.add("last_name", translate("Validation", "Bitte einen Vor- oder Nachnamen eingeben."))
    person.emails = _unique(person.emails)
    for email in person.emails:
        if not is_valid_email(email):
            errors.add("emails", _bad_email(email))
    person.phones = _unique(person.phones, key=lambda p: "".join(ch for ch in p if ch.isdigit() or ch == "+"))
    for phone in person.phones:
        if not is_valid_phone(phone):
            errors.add("phones", _bad_phone(phone))
    _choice(person, "legal_basis", LEGAL_BASES, errors, required=False)
    _date(person, "consent_date", errors)
    _date(person, "last_contact", errors)
    _choice(person, "source", DATA_SOURCES, errors, required=False)
    _date(person, "informed_on", errors)
    _date(person, "objection_date", errors)
    if person.objection_date is not None and not person.objection:
        errors.add("objection_date", translate("Validation", "Ein Datum des Widerspruchs gibt es nur mit Widerspruch."))
    person.source_note = " ".join(person.source_note.split())
    if len(person.source_note) > SHORT_TEXT_MAX:
        errors.add("source_note", too_long(len(person.source_note), SHORT_TEXT_MAX))
    _check_memberships(person.memberships, errors)


def _check_memberships(memberships: list[Membership], errors: _Errors) -> None:
    seen: set[tuple[int, str]] = set()
    for membership in memberships:
        membership.function = " ".join(membership.function.split())
        if len(membership.function) > SHORT_TEXT_MAX:
            errors.add("memberships", too_long(len(membership.function), SHORT_TEXT_MAX))
        _period(membership, "from_date", "to_date", errors, error_field="memberships")
        key = (membership.organisation_id, membership.function.casefold())
        if key in seen:
            errors.add(
                "memberships",
                translate("Validation", "Dieselbe Organisation mit derselben Funktion ist doppelt eingetragen."),
            )
        seen.add(key)


def _check_cooperation(coop: Cooperation, errors: _Errors) -> None:
    _require(coop, "title", errors, translate("Validation", "Bitte einen Titel eingeben."))
    _choice(coop, "status", COOPERATION_STATUSES, errors, required=True)
    _period(coop, "start_date", "end_date", errors)
    _check_partners(coop.partners, errors)


def _check_partners(partners: list[Partner], errors: _Errors) -> None:
    seen = set()
    for partner in partners:
        if (partner.organisation_id is None) == (partner.person_id is None):
            errors.add(
                "partners",
                translate("Validation", "Ein Partner ist entweder eine Organisation oder ein Kontakt."),
            )
            continue
        _choice(partner, "role", PARTNER_ROLES, errors, required=True, error_field="partners")
        if partner.target in seen:
            errors.add("partners", translate("Validation", "Ein Partner ist doppelt eingetragen."))
        seen.add(partner.target)


def _check_note(note: Note, errors: _Errors) -> None:
    _require(note, "title", errors, translate("Validation", "Bitte einen Titel eingeben."))
    _choice(note, "kind", NOTE_KINDS, errors, required=True)
    _choice(note, "text_format", TEXT_FORMATS, errors, required=True)
    _date(note, "note_date", errors)
    _require(note, "note_date", errors, translate("Validation", "Bitte ein Datum eingeben."))
    note.participants = _unique(note.participants)
    for field in ("organisation_ids", "person_ids", "cooperation_ids"):
        setattr(note, field, list(dict.fromkeys(getattr(note, field))))


def _check_followup(followup: FollowUp, errors: _Errors) -> None:
    _require(followup, "text", errors, translate("Validation", "Bitte beschreiben, was zu tun ist."))
    _date(followup, "due_date", errors)
    _require(followup, "due_date", errors, translate("Validation", "Bitte ein Fälligkeitsdatum eingeben."))
    if followup.target is None or followup.target.type not in FOLLOWUP_TARGET_TYPES:
        errors.add(
            "target",
            translate(
                "Validation",
                "Bitte wählen, wozu die Wiedervorlage gehört: eine Notiz, einen Kontakt, eine Organisation oder eine "
                "Kooperation (Namen tippen und aus der Liste wählen).",
            ),
        )
