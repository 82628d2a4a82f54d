"""Picker suggestions tell records apart; trashing knows what links to a record; batch done and trash."""

from __future__ import annotations

from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace


def _two_nowaks(ws: Workspace) -> tuple[Person, Person]:
    stiftung = ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    kita = ws.organisations.create(Organisation(name="Kita Sonnenschein"))
    first = ws.persons.create(
        Person(first_name="Nikola", last_name="Nowak", memberships=[Membership(organisation_id=stiftung.id, function="Vorstand")])
    )
    second = ws.persons.create(
        Person(first_name="Nikola", last_name="Nowak", memberships=[Membership(organisation_id=kita.id, function="Leitung")])
    )
    return first, second


def test_two_persons_of_the_same_name_are_told_apart_by_function_and_organisation(workspace: Workspace) -> None:
    first, second = _two_nowaks(workspace)
    found = workspace.suggestions.suggest("Nowak", [RecordType.PERSON])
    assert {(s.ref, s.detail) for s in found} == {
        (first.ref, "Vorstand, Stiftung Dortmund"),
        (second.ref, "Leitung, Kita Sonnenschein"),
    }
    assert not any(s.similar for s in found)


def test_last_name_comma_first_name_is_accepted(workspace: Workspace) -> None:
    first, second = _two_nowaks(workspace)
    workspace.persons.create(Person(first_name="Jens", last_name="Nowak"))
    found = workspace.suggestions.suggest("Nowak, Nikola", [RecordType.PERSON])
    assert sorted(s.ref.id for s in found) == sorted([first.id, second.id])


def test_identical_suggestions_get_their_number(workspace: Workspace) -> None:
    one = workspace.persons.create(Person(first_name="Nikola", last_name="Nowak"))
    two = workspace.persons.create(Person(first_name="Nikola", last_name="Nowak"))
    labels = [s.label(with_type=False) for s in workspace.suggestions.suggest("nowak", [RecordType.PERSON])]
    assert sorted(labels) == sorted([f"Nikola Nowak (Nr. {one.id})", f"Nikola Nowak (Nr. {two.id})"])


def test_notes_show_their_date_and_folded_or_misspelt_matches_say_so(workspace: Workspace) -> None:
    note = workspace.notes.create(Note(title="Treffen Müller", note_date="03.02.2026", kind="gespraechsnotiz"))
    schaefer = workspace.persons.create(Person(first_name="Jens", last_name="Schäfer"))
    (found,) = workspace.suggestions.suggest("mueller", [RecordType.NOTE])
    assert found.ref == note.ref and found.detail.startswith("03.02.2026") and found.similar
    assert "ähnlich geschrieben" in found.label(with_type=True) and "Notiz" in found.label(with_type=True)
    (typo,) = workspace.suggestions.suggest("Schaefr", [RecordType.PERSON, RecordType.NOTE])
    assert typo.ref == schaefer.ref and typo.similar
    (exact,) = workspace.suggestions.suggest("Schäfer", [RecordType.PERSON])
    assert not exact.similar


def test_live_links_count_what_trashing_would_cut_off(workspace: Workspace) -> None:
    org = workspace.organisations.create(Organisation(name="Stiftung Dortmund"))
    workspace.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id)]))
    workspace.cooperations.create(Cooperation(title="Stiftungstag", partners=[Partner(organisation_id=org.id, role="lead")]))
    trashed = workspace.notes.create(Note(title="Alt", note_date="01.01.2026", organisation_ids=[org.id]))
    workspace.notes.trash(trashed.id)
    workspace.followups.create(FollowUp(due_date="01.03.2027", text="Anrufen", target=org.ref))
    assert workspace.links.live_links([org.ref]) == {
        RecordType.PERSON: 1,
        RecordType.COOPERATION: 1,
        RecordType.FOLLOWUP: 1,
    }
    lonely = workspace.organisations.create(Organisation(name="Einsam e.V."))
    assert workspace.links.live_links([lonely.ref]) == {}


def test_trash_and_done_in_batches_can_be_taken_back(workspace: Workspace) -> None:
    org = workspace.organisations.create(Organisation(name="Verein"))
    a = workspace.followups.create(FollowUp(due_date="01.03.2027", text="A", target=org.ref))
    b = workspace.followups.create(FollowUp(due_date="02.03.2027", text="B", target=org.ref, done=True))
    before = workspace.followups.set_done_many({a.id: True, b.id: True})
    assert before == {a.id: False, b.id: True}
    assert all(f.done for f in workspace.followups.get_many([a.id, b.id]))
    workspace.followups.set_done_many(before)
    assert [f.done for f in workspace.followups.get_many([a.id, b.id])] == [False, True]
    refs = [org.ref, RecordRef(RecordType.FOLLOWUP, a.id)]
    assert workspace.trash.put(refs) == 2
    assert workspace.organisations.count() == 0
    workspace.trash.take_back(refs)
    assert workspace.organisations.count() == 1 and workspace.followups.exists(a.id)
