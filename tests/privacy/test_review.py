"""The Datenschutz-Prüfliste: who comes up for review, why, and how a keep decision holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sic_desktop.core.models import Note, Person
from sic_desktop.privacy.review import ReviewReason, kept_until, review_list, years_before

TODAY = date(2026, 11, 25)


def _due(workspace) -> dict[str, tuple[ReviewReason, ...]]:
    return {item.name: item.reasons for item in review_list(workspace, TODAY)}


def test_persons_come_up_for_old_consent_old_contact_or_no_legal_basis(workspace):
    create = workspace.persons.create
    create(Person(first_name="Anna", last_name="Aktuell", legal_basis="einwilligung", consent_date=date(2025, 1, 1), last_contact=date(2026, 1, 1)))
    create(Person(first_name="Bernd", last_name="Einwilligung", legal_basis="einwilligung", consent_date=date(2023, 11, 24), last_contact=date(2026, 1, 1)))
    create(Person(first_name="Clara", last_name="Ohnedatum", legal_basis="einwilligung", last_contact=date(2026, 1, 1)))
    create(Person(first_name="Deniz", last_name="Ohnegrund", last_contact=date(2026, 1, 1)))
    create(Person(first_name="Emil", last_name="Lange", legal_basis="oeffentliche_aufgabe", last_contact=date(2022, 5, 5)))
    assert _due(workspace) == {
        "Einwilligung, Bernd": (ReviewReason.CONSENT_OLD,),
        "Lange, Emil": (ReviewReason.CONTACT_OLD,),
        "Ohnedatum, Clara": (ReviewReason.CONSENT_UNDATED,),
        "Ohnegrund, Deniz": (ReviewReason.NO_LEGAL_BASIS,),
    }
    texts = {item.name: item.reason_texts for item in review_list(workspace, TODAY)}
    assert texts["Einwilligung, Bernd"] == (
        "Löschfrist abgelaufen am 24.11.2026 (3 Jahre nach Erteilung der Einwilligung)",
    )


def test_a_recent_linked_note_counts_as_contact(workspace):
    person = workspace.persons.create(Person(last_name="Lange", legal_basis="vertrag", last_contact=date(2020, 1, 1)))
    assert _due(workspace) == {"Lange": (ReviewReason.CONTACT_OLD,)}
    workspace.notes.create(Note(title="Telefonat", note_date=date(2026, 10, 1), person_ids=[person.id]))
    assert _due(workspace) == {}
    assert review_list(workspace, TODAY) == []


def test_the_period_comes_from_the_deletion_rule_of_the_kind_of_data(workspace):
    workspace.persons.create(Person(last_name="Lange", legal_basis="vertrag", last_contact=date(2024, 6, 1)))
    assert _due(workspace) == {}
    rule = workspace.deletion_rules.by_kind()["kontakt_vertrag"]
    workspace.deletion_rules.update(replace(rule, period_months=18))
    assert _due(workspace) == {"Lange": (ReviewReason.CONTACT_OLD,)}
    assert review_list(workspace, TODAY)[0].due_on == date(2025, 12, 1)


def test_keep_decision_holds_for_one_period_then_the_person_comes_back(workspace):
    person = workspace.persons.create(Person(last_name="Lange", legal_basis="vertrag", last_contact=date(2020, 1, 1)))
    decision = workspace.keep_decisions.add(person.id, "Förderprojekt bis 2027", date(2024, 2, 1))
    assert _due(workspace) == {}
    assert kept_until(decision, 3) == date(2027, 2, 1)
    later = review_list(workspace, date(2027, 2, 2))
    assert [item.previous_keep.reason for item in later] == ["Förderprojekt bis 2027"]


def test_anonymised_and_trashed_persons_are_not_listed(workspace):
    gone = workspace.persons.create(Person(last_name="Papierkorb"))
    anonymous = workspace.persons.create(Person(last_name="Anonym"))
    workspace.persons.trash(gone.id)
    workspace.persons.anonymise(anonymous.id)
    assert _due(workspace) == {}


def test_a_29th_of_february_goes_back_to_the_28th():
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)
