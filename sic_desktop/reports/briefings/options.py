"""What a user chooses before a briefing is made: period, sections, notes, contact data.

The window shows the sections of one record type as check boxes with the same
German names the PDF uses as headings (:func:`sections_for`), so that what is
ticked is what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sic_desktop.core.dates import format_date
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordType


class Section(StrEnum):
    OVERVIEW = "overview"
    PROFILE = "profile"
    PERSONS = "persons"
    ORGANISATIONS = "organisations"
    PARTNERS = "partners"
    HISTORY = "history"
    PLANS = "plans"  # goals, agreements, results
    COOPERATIONS = "cooperations"
    NETWORK = "network"
    NOTES = "notes"
    FOLLOWUPS = "followups"


# The sections of each briefing in the order they are printed, with their headings.
_SECTIONS: dict[RecordType, tuple[tuple[Section, str], ...]] = {
    RecordType.ORGANISATION: (
        (Section.PROFILE, QT_TRANSLATE_NOOP("Briefings", "Profil")),
        (Section.PERSONS, QT_TRANSLATE_NOOP("Briefings", "Kontakte und Funktionen")),
        (Section.COOPERATIONS, QT_TRANSLATE_NOOP("Briefings", "Kooperationen")),
        (Section.NOTES, QT_TRANSLATE_NOOP("Briefings", "Letzte Notizen")),
        (Section.FOLLOWUPS, QT_TRANSLATE_NOOP("Briefings", "Offene Wiedervorlagen")),
    ),
    RecordType.PERSON: (
        (Section.PROFILE, QT_TRANSLATE_NOOP("Briefings", "Profil")),
        (Section.ORGANISATIONS, QT_TRANSLATE_NOOP("Briefings", "Organisationen und Funktionen")),
        (Section.COOPERATIONS, QT_TRANSLATE_NOOP("Briefings", "Kooperationen")),
        (Section.NOTES, QT_TRANSLATE_NOOP("Briefings", "Letzte Notizen")),
        (Section.FOLLOWUPS, QT_TRANSLATE_NOOP("Briefings", "Offene Wiedervorlagen")),
    ),
    RecordType.COOPERATION: (
        (Section.PROFILE, QT_TRANSLATE_NOOP("Briefings", "Profil")),
        (Section.PARTNERS, QT_TRANSLATE_NOOP("Briefings", "Partner und Rollen")),
        (Section.HISTORY, QT_TRANSLATE_NOOP("Briefings", "Statusverlauf")),
        (Section.PLANS, QT_TRANSLATE_NOOP("Briefings", "Ziele, Vereinbarungen, Ergebnisse")),
        (Section.NOTES, QT_TRANSLATE_NOOP("Briefings", "Notizen")),
        (Section.FOLLOWUPS, QT_TRANSLATE_NOOP("Briefings", "Offene Wiedervorlagen")),
    ),
    RecordType.THEME: (
        (Section.OVERVIEW, QT_TRANSLATE_NOOP("Briefings", "Überblick")),
        (Section.COOPERATIONS, QT_TRANSLATE_NOOP("Briefings", "Kooperationen nach Status")),
        (Section.ORGANISATIONS, QT_TRANSLATE_NOOP("Briefings", "Beteiligte Organisationen nach Sektor")),
        (Section.NETWORK, QT_TRANSLATE_NOOP("Briefings", "Netzwerk und Lücken")),
        (Section.NOTES, QT_TRANSLATE_NOOP("Briefings", "Notizen im Zeitraum")),
    ),
}

BRIEFING_TYPES = tuple(_SECTIONS)


def sections_for(record_type: RecordType) -> list[tuple[Section, str]]:
    """The sections a briefing of ``record_type`` can have, in print order, with German names."""
    if record_type not in _SECTIONS:
        raise ValueError(f"there is no briefing for {record_type}")
    return [(section, translate("Briefings", heading)) for section, heading in _SECTIONS[record_type]]


def section_heading(record_type: RecordType, section: Section) -> str:
    return dict(sections_for(record_type))[section]


@dataclass(frozen=True)
class BriefingOptions:
    """The choices of the briefing dialog (or the command line).

    The period limits the notes (and, in a theme-field report, the cooperations to
    those that ran in it). ``sections`` None means all sections of the kind.
    Without contact data the PDF keeps names and functions only: no e-mail
    addresses and phone numbers, also none inside note texts.
    ``classification`` None means the one set in the program settings.
    """

    date_from: date | None = None
    date_to: date | None = None
    sections: frozenset[Section] | None = None
    recent_notes: int = 5
    full_note_texts: bool = False
    with_contact_data: bool = True
    classification: str | None = None

    def check(self) -> None:
        """ValidationError (naming the field) for choices that make no briefing."""
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError.single(
                "date_to",
                translate("Briefings", "Bis"),
                translate("Briefings", "Der Zeitraum endet ({end}) vor seinem Beginn ({start}).").format(
                    end=format_date(self.date_to), start=format_date(self.date_from)
                ),
            )
        if self.recent_notes < 0:
            raise ValidationError.single(
                "recent_notes",
                translate("Briefings", "Letzte Notizen"),
                translate("Briefings", "Die Zahl der Notizen darf nicht negativ sein."),
            )

    def includes(self, section: Section) -> bool:
        return self.sections is None or section in self.sections

    def period_text(self) -> str:
        """„01.01.2026 bis 31.12.2026“, „ab 01.01.2026“, „bis 31.12.2026“ or empty."""
        start, end = format_date(self.date_from), format_date(self.date_to)
        if start and end:
            return translate("Briefings", "{start} bis {end}").format(start=start, end=end)
        if start:
            return translate("Briefings", "ab {start}").format(start=start)
        if end:
            return translate("Briefings", "bis {end}").format(end=end)
        return ""
