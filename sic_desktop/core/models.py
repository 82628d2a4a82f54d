"""Domain objects: what staff keep, as plain dataclasses without storage code.

Services load and save them; the window edits them; search and reports read them.
Link lists (theme fields, tags, memberships, partners, note links) travel with
the record so that one save stores one consistent state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Protocol, TypeGuard

from sic_desktop.core.record_ref import RecordRef, RecordType


@dataclass(kw_only=True)
class Record:
    """Fields every stored record has: identity, optimistic-lock version and audit trail."""

    RECORD_TYPE: ClassVar[RecordType]

    id: int | None = None
    version: int = 0
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None
    deleted_by: str | None = None

    @property
    def stored_id(self) -> int:
        """The id of a stored record (every loaded record has one); ValueError before the first save."""
        if self.id is None:
            raise ValueError("record has not been stored yet")
        return self.id

    @property
    def ref(self) -> RecordRef:
        return RecordRef(self.RECORD_TYPE, self.stored_id)

    @property
    def display_title(self) -> str:
        raise NotImplementedError


@dataclass(kw_only=True)
class ThemeField(Record):
    RECORD_TYPE: ClassVar[RecordType] = RecordType.THEME

    name: str = ""
    description: str = ""

    @property
    def display_title(self) -> str:
        return self.name


@dataclass(kw_only=True)
class Organisation(Record):
    RECORD_TYPE: ClassVar[RecordType] = RecordType.ORGANISATION

    name: str = ""
    short_name: str = ""
    sector: str | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    district: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    description: str = ""
    theme_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def display_title(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    @property
    def address(self) -> str:
        """One-line postal address, „Musterstraße 1, 44135 Dortmund“."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, town) if p)


@dataclass(kw_only=True)
class Membership:
    """A person's function in an organisation, possibly limited in time."""

    organisation_id: int
    function: str = ""
    from_date: date | None = None
    to_date: date | None = None
    id: int | None = None
    # Filled when read, for display; ignored when saved.
    person_id: int | None = None
    organisation_name: str = ""
    person_name: str = ""

    def is_current(self, on: date) -> bool:
        return (self.from_date is None or self.from_date <= on) and (
            self.to_date is None or self.to_date >= on
        )


@dataclass(kw_only=True)
class Person(Record):
    RECORD_TYPE: ClassVar[RecordType] = RecordType.PERSON

    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    name_suffix: str = ""  # „jr.“, „sen.“, „III“: shown after the name
    job_title: str = ""  # for a contact without organisation; with one, the membership has the function
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    legal_basis: str | None = None
    consent_date: date | None = None
    last_contact: date | None = None
    source: str | None = None  # DATA_SOURCES key: where the data came from (Art. 14 DSGVO)
    source_note: str = ""  # e.g. „Datei kontakte.csv am 25.11.2026“
    informed_on: date | None = None  # the day the person was told we store their data
    # Objection to direct contact and mailings (Art. 21 DSGVO): no Serienbrief, no invitations.
    objection: bool = False
    objection_date: date | None = None  # None with an objection: the day is not known (an old „Widerspruch“ tag)
    # Set when the person was anonymised (Art. 17 DSGVO); the record then only keeps links.
    anonymised_at: str | None = None
    memberships: list[Membership] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        """„Dr. Anna Schäfer“, „John Miller jr.“: title, first and last name, suffix."""
        return " ".join(p for p in (self.title, self.first_name, self.last_name, self.name_suffix) if p)

    @property
    def sort_name(self) -> str:
        """„Schäfer, Anna“ for lists sorted by last name."""
        return ", ".join(p for p in (self.last_name, self.first_name) if p)

    @property
    def display_title(self) -> str:
        return self.full_name


@dataclass(kw_only=True)
class Partner:
    """An organisation or a person taking part in a cooperation, with a role."""

    role: str = "partner"
    organisation_id: int | None = None
    person_id: int | None = None
    id: int | None = None
    name: str = ""  # filled when read

    @property
    def target(self) -> RecordRef:
        if self.organisation_id is not None:
            return RecordRef(RecordType.ORGANISATION, self.organisation_id)
        assert self.person_id is not None
        return RecordRef(RecordType.PERSON, self.person_id)


@dataclass(frozen=True)
class StatusChange:
    """One step of a cooperation's status history."""

    status: str
    changed_on: date
    changed_by: str


@dataclass(kw_only=True)
class Cooperation(Record):
    RECORD_TYPE: ClassVar[RecordType] = RecordType.COOPERATION

    title: str = ""
    description: str = ""
    status: str = "idee"
    start_date: date | None = None
    end_date: date | None = None
    goals: str = ""
    agreements: str = ""
    results: str = ""
    responsible: str = ""
    # The impact model (Wirkungsmodell) in the team's words; indicators hang off it.
    impact_problem: str = ""
    impact_target_direct: str = ""
    impact_target_indirect: str = ""
    impact_outcomes: str = ""
    impact_assumptions: str = ""
    partners: list[Partner] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # Read-only: the service appends a step whenever the status changes.
    status_history: list[StatusChange] = field(default_factory=list)

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(kw_only=True)
class Note(Record):
    RECORD_TYPE: ClassVar[RecordType] = RecordType.NOTE

    kind: str = "gespraechsnotiz"
    note_date: date | None = None
    title: str = ""
    text: str = ""
    text_format: str = "markdown"
    participants: list[str] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    cooperation_ids: list[int] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(kw_only=True)
class FollowUp(Record):
    """A Wiedervorlage: something to do by a date, attached to one record."""

    RECORD_TYPE: ClassVar[RecordType] = RecordType.FOLLOWUP

    due_date: date | None = None
    text: str = ""
    done: bool = False
    done_at: str | None = None
    responsible: str = ""
    target: RecordRef | None = None
    target_title: str = ""  # filled when read

    @property
    def display_title(self) -> str:
        return self.text.splitlines()[0] if self.text else ""


class Taggable(Protocol):
    """A record that carries theme fields and tags (organisations, persons, cooperations, notes)."""

    id: int | None
    theme_ids: list[int]
    tags: list[str]


def is_taggable(record: Record) -> TypeGuard[Taggable]:
    """Whether ``record`` carries theme fields and tags: the record types in fields.TAGGABLE."""
    return isinstance(record, Organisation | Person | Cooperation | Note)


FOLLOWUP_TARGET_TYPES = (
    RecordType.NOTE,
    RecordType.PERSON,
    RecordType.ORGANISATION,
    RecordType.COOPERATION,
)


@dataclass(kw_only=True)
class Indicator(Record):
    """What a cooperation measures to show its impact (see core/impact_rules.py for the rules)."""

    RECORD_TYPE: ClassVar[RecordType] = RecordType.INDICATOR

    cooperation_id: int | None = None
    name: str = ""
    definition: str = ""
    level: str = "output"  # IOOI: input | output | outcome | impact
    step: int | None = None  # Wirkungstreppe 1–7; None for input
    unit: str = ""
    unit_type: str = "anzahl"
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_value: float | None = None
    target_date: date | None = None
    method: str | None = None
    source: str = ""
    rhythm: str = "quartal"
    responsible: str = ""
    # The open follow-up that reminds of the next measurement; kept by the service.
    followup_id: int | None = None
    cooperation_title: str = ""  # filled when read

    @property
    def display_title(self) -> str:
        return self.name


@dataclass(kw_only=True)
class Measurement(Record):
    """One measured value of an indicator, for a day or a period ending on ``measured_on``."""

    RECORD_TYPE: ClassVar[RecordType] = RecordType.MEASUREMENT

    indicator_id: int | None = None
    period_start: date | None = None
    measured_on: date | None = None
    value: float | None = None
    evidence_note_id: int | None = None
    comment: str = ""
    confidence: str = "mittel"
    indicator_name: str = ""  # filled when read

    @property
    def display_title(self) -> str:
        return self.indicator_name
