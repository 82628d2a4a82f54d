"""Likely duplicates, „kein Duplikat“ remembered, and merging with every link kept."""

from __future__ import annotations

import pytest

from sic_desktop.core.errors import NotFoundError
from sic_desktop.core.models import Cooperation, Membership, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.storage.changes import Action
from sic_desktop.core.workspace import Workspace

P, ORG = RecordType.PERSON, RecordType.ORGANISATION


def _org(ws, name, **fields) -> int:
    return ws.organisations.create(Organisation(name=name, **fields)).id


def _person(ws, first, last, *orgs, function="", **fields) -> int:
    memberships = [Membership(organisation_id=o, function=function) for o in orgs]
    return ws.persons.create(Person(first_name=first, last_name=last, memberships=memberships, **fields)).id


def _pairs(ws, kind):
    return {(p.first_title, p.second_title): p.reasons for p in ws.duplicates.find(kind)}


def test_persons_with_the_same_email_or_a_similar_name_in_one_organisation(workspace):
    caritas, stadt = _org(workspace, "Caritas"), _org(workspace, "Stadt Dortmund")
    _person(workspace, "Jürgen", "Müller", caritas)
    _person(workspace, "Jürgen", "Mueller", caritas)
    _person(workspace, "Anna", "Schäfer", stadt)
    _person(workspace, "A.", "Schäffer", stadt)  # initial and one typo
    _person(workspace, "Jörg", "Weiß", stadt)
    _person(workspace, "Jürgen", "Weiß", stadt)  # other first name: no duplicate
    _person(workspace, "Selin", "Öztürk", caritas)
    _person(workspace, "Selin", "Öztürk", stadt)  # same name, different organisations: namesakes
    _person(workspace, "Max", "Heide", emails=["max@heide.example"])
    _person(workspace, "Maximilian", "von der Heide", emails=["MAX@heide.example"])
    _person(workspace, "Lena", "Krüger")
    _person(workspace, "Lena", "Krueger", caritas)  # same folded name, one without organisation
    assert _pairs(workspace, P) == {
        ("Anna Schäfer", "A. Schäffer"): ("ähnlicher Name bei „Stadt Dortmund“",),
        ("Jürgen Müller", "Jürgen Mueller"): ("gleicher Name bei „Caritas“",),
        ("Lena Krüger", "Lena Krueger"): ("gleicher Name, eine Seite ohne Organisation",),
        ("Max Heide", "Maximilian von der Heide"): ("gleiche E-Mail-Adresse max@heide.example",),
    }


def test_organisations_with_the_same_name_or_domain_but_not_the_same_freemail(workspace):
    _org(workspace, "Nordstadtliebe e.V.")
    _org(workspace, "Nordstadtliebe e. V.", website="https://www.nordstadtliebe.example/verein")
    _org(workspace, "Jugendamt", email="jugendamt@dortmund.example")
    _org(workspace, "Sozialamt", website="dortmund.example")
    _org(workspace, "Kleingartenverein Eving", email="kgv-eving@gmx.de")
    _org(workspace, "Sportverein Husen", email="sv-husen@gmx.de")
    assert _pairs(workspace, ORG) == {
        ("Nordstadtliebe e.V.", "Nordstadtliebe e. V."): ("gleicher Name",),
        ("Jugendamt", "Sozialamt"): ("gleiche Internet-Domain dortmund.example",),
    }


def test_a_domain_shared_by_many_organisations_is_an_umbrella_not_a_hint(workspace):
    for office in ("Jugendamt", "Sozialamt", "Schulamt", "Kulturbüro", "Sportamt", "Umweltamt"):
        _org(workspace, office, email=f"{office.lower()}@dortmund.example")
    assert workspace.duplicates.find() == []


def test_not_a_duplicate_is_remembered_in_the_data_folder(workspace, data_dir):
    a = _org(workspace, "Jugendamt", email="jugendamt@dortmund.example")
    b = _org(workspace, "Sozialamt", email="sozialamt@dortmund.example")
    workspace.duplicates.mark_distinct(ORG, b, a)
    assert workspace.duplicates.find() == []
    workspace.close()
    with Workspace.open(data_dir, user="testerin") as ws:
        assert ws.duplicates.find() == []
        assert [(m.first_id, m.second_id, m.marked_by) for m in ws.duplicates.marks()] == [(a, b, "testerin")]
        ws.duplicates.unmark_distinct(ORG, a, b)
        assert len(ws.duplicates.find()) == 1


def test_trashed_records_are_no_duplicates(workspace):
    _org(workspace, "Stiftung Nord")
    workspace.organisations.trash(_org(workspace, "Stiftung Nord"))
    assert workspace.duplicates.find() == []


def test_the_side_by_side_view_shows_both_records_and_what_moves_along(workspace, two_muellers):
    keep, other = two_muellers[:2]
    comparison = workspace.duplicates.compare(P, keep, other)
    rows = {f.label: f for f in comparison.fields}
    assert (rows["Nachname"].first, rows["Nachname"].second, rows["Nachname"].differs) == ("Müller", "Mueller", True)
    assert rows["E-Mail"].is_list and not rows["Nachname"].is_list
    assert rows["Organisationen"].second == "Caritas (Quartiersmanager); Stadt Dortmund (Beirat)"
    assert comparison.second_links == "2 Organisationen, 2 Kooperationen, 2 Notizen, 1 Wiedervorlage"


def test_merging_keeps_chosen_fields_merges_lists_and_moves_every_link(workspace, two_muellers):
    keep, other, caritas, stadt, lead, both, note, shared, followup = two_muellers
    heard = []
    workspace.subscribe(heard.append)
    note_version = workspace.notes.get(note).version

    result = workspace.duplicates.merge(P, keep, other, take_from_other={"last_name"})

    kept = result.kept
    assert (kept.last_name, kept.salutation, kept.notes) == ("Mueller", "Herr", "Kennt alle Träger.")
    assert kept.emails == ["j.mueller@caritas.example", "jm@stadt.example"] and kept.phones == ["0231 1"]
    assert kept.tags == ["Nordstadt"]
    assert sorted((m.organisation_id, m.function) for m in kept.memberships) == [
        (caritas, "Quartiersmanager"), (stadt, "Beirat")
    ]
    assert [(p.person_id, p.role) for p in workspace.cooperations.get(lead).partners] == [(keep, "lead")]
    assert [(p.person_id, p.role) for p in workspace.cooperations.get(both).partners] == [(keep, "partner")]
    assert workspace.notes.get(note).person_ids == [keep] and workspace.notes.get(shared).person_ids == [keep]
    assert workspace.notes.get(note).version == note_version + 1
    assert workspace.followups.get(followup).target == kept.ref
    with pytest.raises(NotFoundError):
        workspace.persons.get(other, include_trashed=True)
    assert result.removed.id == other and result.moved_links == 5
    assert [e.action for e in workspace.history.for_record(kept.ref)][:2] == ["merged", "updated"]
    assert workspace.history.for_record(workspace.notes.get(note).ref)[0].fields == ["person_ids"]
    assert workspace.history.for_record(result.removed)[0].action == "purged"
    changed = {(c.ref.type, c.action) for c in heard[0].changes}
    assert {(P, Action.UPDATED), (P, Action.PURGED), (RecordType.NOTE, Action.UPDATED),
            (RecordType.COOPERATION, Action.UPDATED), (RecordType.FOLLOWUP, Action.UPDATED)} <= changed
    assert workspace.duplicates.find() == []


def test_merging_organisations_moves_members_without_doubling_them(workspace):
    keep = _org(workspace, "Nordstadtliebe e.V.", email="info@nordstadtliebe.example")
    other = _org(workspace, "Nordstadtliebe eV", phone="0231 123456", street="Mallinckrodtstr. 1")
    both = _person(workspace, "Anna", "Schäfer", keep, other, function="Vorsitzende")
    only_other = _person(workspace, "Max", "Heide", other)
    coop = workspace.cooperations.create(Cooperation(title="Quartiersfest", partners=[Partner(organisation_id=other)]))
    result = workspace.duplicates.merge(ORG, keep, other)
    assert (result.kept.name, result.kept.phone, result.kept.street) == (
        "Nordstadtliebe e.V.", "0231 123456", "Mallinckrodtstr. 1"
    )
    assert [m.organisation_id for m in workspace.persons.get(both).memberships] == [keep]
    assert [m.organisation_id for m in workspace.persons.get(only_other).memberships] == [keep]
    assert [p.organisation_id for p in workspace.cooperations.get(coop.id).partners] == [keep]


def test_a_trashed_record_cannot_be_merged(workspace):
    keep, other = _org(workspace, "Stiftung Nord"), _org(workspace, "Stiftung Nord")
    workspace.organisations.trash(other)
    before = workspace.organisations.get(keep)
    with pytest.raises(NotFoundError):
        workspace.duplicates.merge(ORG, keep, other)
    assert workspace.organisations.get(keep) == before
