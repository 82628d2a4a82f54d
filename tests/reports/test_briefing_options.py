"""The briefing dialog's choices and the contact-data filter for free text."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.record_ref import RecordType
from sic_desktop.reports.briefings import BRIEFING_TYPES, BriefingOptions, Section, sections_for
from sic_desktop.reports.briefings.contact_data import without_contact_data


def test_every_briefing_type_offers_its_sections_in_print_order():
    assert BRIEFING_TYPES == (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.THEME)
    assert sections_for(RecordType.COOPERATION) == [
        (Section.PROFILE, "Profil"),
        (Section.PARTNERS, "Partner und Rollen"),
        (Section.HISTORY, "Statusverlauf"),
        (Section.PLANS, "Ziele, Vereinbarungen, Ergebnisse"),
        (Section.NOTES, "Notizen"),
        (Section.FOLLOWUPS, "Offene Wiedervorlagen"),
    ]
    with pytest.raises(ValueError):
        sections_for(RecordType.NOTE)


def test_a_period_that_ends_before_it_begins_is_refused_at_the_end_field():
    options = BriefingOptions(date_from=date(2026, 2, 1), date_to=date(2026, 1, 31))

    with pytest.raises(ValidationError) as refused:
        options.check()

    assert refused.value.for_field("date_to") == [
        "Der Zeitraum endet (31.01.2026) vor seinem Beginn (01.02.2026)."
    ]
    with pytest.raises(ValidationError):
        BriefingOptions(recent_notes=-1).check()


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), "01.01.2026 bis 31.12.2026"),
        (date(2026, 1, 1), None, "ab 01.01.2026"),
        (None, date(2026, 12, 31), "bis 31.12.2026"),
        (None, None, ""),
    ],
)
def test_period_in_words(start, end, text):
    assert BriefingOptions(date_from=start, date_to=end).period_text() == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rückruf: 0231 50-12345.", "Rückruf: [Telefonnummer entfernt]."),
        ("Tel. +49 (0)231 50-12345 oder 0171/1234567", "Tel. [Telefonnummer entfernt] oder [Telefonnummer entfernt]"),
        ("Fax (0231) 12 34 56", "Fax [Telefonnummer entfernt]"),
        ("Mail an jürgen.weiß@straße-nordstadt.de!", "Mail an [E-Mail-Adresse entfernt]!"),
    ],
)
def test_emails_and_phone_numbers_are_taken_out_of_free_text(text, expected):
    assert without_contact_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Treffen am 05.11.2026 um 09:30 Uhr",
        "44145 Dortmund, 01067 Dresden",
        "Förderung 2025 2026, 0,5 Stellen, 120 Teilnehmende",
        "Zimmer 0.12 und Seite 3-4",
    ],
)
def test_dates_postcodes_years_and_amounts_stay(text):
    assert without_contact_data(text) == text
