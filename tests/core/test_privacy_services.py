"""The core's part of data protection: keep decisions, anonymising, mentions, contact facts, WAL."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.errors import NotFoundError, ValidationError
from sic_desktop.core.models import FollowUp, Membership, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.persons import ANONYMISED_NAME
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def anna(workspace):
    verein = workspace.organisations.create(Organisation(name="Quartiersinitiative Marten e.V."))
    return workspace.persons.create(
        Person(
            salutation="Frau",
            first_name="Anna",
            last_name="Schäfer",
            emails=["anna.schaefer@example.org"],
            phones=["0231 123456"],
            notes="Mag keine Anrufe vor 10 Uhr.",
            legal_basis="einwilligung",
            consent_date=date(2020, 3, 1),
            last_contact=date(2021, 6, 1),
            memberships=[Membership(organisation_id=verein.id, function="Vorsitzende")],
            theme_ids=[1],
            tags=["Ehrenamt"],
        )
    )


def test_keep_decision_needs_a_reason_and_is_noted_in_the_history(workspace, anna):
    with pytest.raises(ValidationError, match="Bitte begründen"):
        workspace.keep_decisions.add(anna.id, "   ")
    workspace.keep_decisions.add(anna.id, "Förderantrag läuft noch", date(2026, 1, 10))
    workspace.keep_decisions.add(anna.id, "Mitglied im Beirat", date(2026, 11, 2))
    assert [d.reason for d in workspace.keep_decisions.for_person(anna.id)] == [
        "Mitglied im Beirat",
        "Förderantrag läuft noch",
    ]
    assert workspace.keep_decisions.latest()[anna.id].decided_on == date(2026, 11, 2)
    assert workspace.history.for_record(anna.ref)[0].action_label == "Speicherung begründet (Datenschutz-Prüfung)"
    with pytest.raises(NotFoundError):
        workspace.keep_decisions.add(9999, "gibt es nicht")


def test_anonymising_keeps_links_but_nothing_that_identifies(workspace, anna):
    workspace.keep_decisions.add(anna.id, "Beirat")
    note = workspace.notes.create(Note(title="Beiratssitzung", note_date=date(2026, 5, 4), person_ids=[anna.id]))
    workspace.followups.create(FollowUp(due_date=date(2026, 12, 1), text="Frau Schäfer anrufen", target=anna.ref))

    workspace.persons.anonymise(anna.id)

    person = workspace.persons.get(anna.id)
    assert person.full_name == ANONYMISED_NAME and person.anonymised_at
    assert (person.first_name, person.salutation, person.emails, person.phones, person.notes) == ("", "", [], [], "")
    assert (person.legal_basis, person.consent_date, person.last_contact) == (None, None, None)
    assert person.memberships == [] and person.tags == [] and person.theme_ids == [1]
    assert workspace.notes.get(note.id).person_ids == [anna.id]
    assert workspace.followups.count() == 0
    assert workspace.keep_decisions.for_person(anna.id) == []
    assert workspace.tags.usage() == {}
    entry = workspace.history.for_record(anna.ref)[0]
    assert entry.action == "anonymised" and "emails" in entry.fields and "memberships" in entry.fields


def test_participants_can_be_replaced_in_a_trashed_note(workspace):
    note = workspace.notes.create(Note(title="Runder Tisch", note_date=date(2026, 2, 2), participants=["Anna Schäfer", "Team"]))
    workspace.notes.trash(note.id)
    workspace.notes.replace_participants(note.id, ["Team"])
    stored = workspace.notes.get(note.id, include_trashed=True)
    assert stored.participants == ["Team"] and stored.version == note.version + 2
    assert workspace.history.for_record(note.ref)[0].fields == ["participants"]


def test_mentions_find_unlinked_texts_folded_and_in_the_trash(workspace, anna):
    linked = workspace.notes.create(Note(title="Mit Anna", note_date=date(2026, 1, 1), person_ids=[anna.id]))
    text = workspace.notes.create(
        Note(title="Stadtteilrunde", note_date=date(2026, 1, 2), text="Frau SCHAEFER hat zugesagt.")
    )
    trashed = workspace.notes.create(Note(title="Alt", note_date=date(2026, 1, 3), participants=["A. Schäfer"]))
    workspace.notes.trash(trashed.id)
    workspace.notes.create(Note(title="Ohne Bezug", note_date=date(2026, 1, 4), text="Hund entlaufen"))

    found = workspace.mentions.find(["Schäfer"], exclude={anna.ref, linked.ref})

    assert [(m.ref, m.fields, m.trashed) for m in found] == [
        (trashed.ref, ("participants",), True),
        (text.ref, ("text",), False),
    ]
    assert workspace.mentions.find([" "]) == []


def test_contact_facts_take_the_newest_linked_note(workspace, anna):
    workspace.notes.create(Note(title="Gespräch", note_date=date(2025, 9, 9), person_ids=[anna.id]))
    old = workspace.notes.create(Note(title="Älter", note_date=date(2024, 1, 1), person_ids=[anna.id]))
    workspace.notes.trash(old.id)
    other = workspace.persons.create(Person(last_name="Yılmaz"))
    workspace.persons.anonymise(other.id)

    facts = workspace.persons.contact_facts()

    assert [f.person_id for f in facts] == [anna.id]  # the anonymised one is left out
    assert (facts[0].last_contact, facts[0].last_note, facts[0].legal_basis) == (
        date(2021, 6, 1),
        date(2025, 9, 9),
        "einwilligung",
    )


def test_checkpoint_empties_the_wal(workspace, anna):
    wal = workspace.folder.database.with_name(workspace.folder.database.name + "-wal")
    assert wal.stat().st_size > 0
    assert workspace.database.checkpoint() is True
    assert wal.stat().st_size == 0


@pytest.mark.parametrize(
    "text",
    ["FRAU SCHÄFER kommt.", "Frau\n  Schaefer kommt.", "frau schäfer", "Gespräch mit FRAU SCHAEFER"],
)
def test_mentions_match_any_spelling_case_and_spacing(workspace, text):
    note = workspace.notes.create(Note(title="Runde", note_date=date(2026, 1, 1), text=text))
    assert [m.ref for m in workspace.mentions.find(["Frau Schäfer"])] == [note.ref]


def test_mentions_treat_like_wildcards_literally(workspace):
    workspace.notes.create(Note(title="Runde", note_date=date(2026, 1, 1), text="a_b@example.org und 100%"))
    workspace.notes.create(Note(title="Andere", note_date=date(2026, 1, 2), text="axb@example.org"))
    assert [m.title for m in workspace.mentions.find(["a_b@example.org"])] == ["Runde"]


def test_anonymised_persons_are_no_duplicates_of_each_other(workspace):
    for name in ("Erste", "Zweite"):
        workspace.persons.anonymise(workspace.persons.create(Person(last_name=name)).id)
    assert workspace.duplicates.find(RecordType.PERSON) == []


def test_keep_decisions_restore_with_their_numbers_dates_and_authors(workspace, anna, tmp_path):
    first = workspace.keep_decisions.add(anna.id, "Förderantrag läuft noch", date(2026, 1, 10))
    second = workspace.keep_decisions.add(anna.id, "Mitglied im Beirat", date(2026, 1, 10))
    assert (first.id, second.id) == (1, 2)
    assert workspace.keep_decisions.all() == [first, second]

    with Workspace.open(tmp_path / "neu", user="jemand-anders") as restored:
        restored.organisations.insert_verbatim(workspace.organisations.get(anna.memberships[0].organisation_id))
        restored.persons.insert_verbatim(workspace.persons.get(anna.id))
        restored.keep_decisions.restore(workspace.keep_decisions.all())
        assert restored.keep_decisions.for_person(anna.id) == [second, first]  # same day: the later one counts
        assert restored.keep_decisions.latest()[anna.id].decided_by == workspace.user
