"""Create, read, update, link, list, trash: what a user does all day, through the core API."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.errors import ConflictError, NotFoundError
from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery


@pytest.fixture
def network(workspace):
    ws = workspace
    verein = ws.organisations.create(
        Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft", district="Marten", theme_ids=[1])
    )
    firma = ws.organisations.create(Organisation(name="Müller Logistik GmbH", sector="wirtschaft", district="Eving"))
    anna = ws.persons.create(
        Person(first_name="Anna", last_name="Schäfer", memberships=[Membership(organisation_id=verein.id, function="Vorsitzende")])
    )
    jurgen = ws.persons.create(
        Person(first_name="Jürgen", last_name="Mueller", memberships=[Membership(organisation_id=firma.id)])
    )
    coop = ws.cooperations.create(
        Cooperation(
            title="Kita-Plätze für Schichtarbeitende",
            status="anbahnung",
            partners=[Partner(organisation_id=verein.id, role="lead"), Partner(person_id=jurgen.id, role="partner")],
            theme_ids=[2],
        )
    )
    note = ws.notes.create(
        Note(
            title="Workshop Kinderbetreuung",
            note_date=date(2026, 11, 20),
            kind="workshopprotokoll",
            organisation_ids=[verein.id, firma.id],
            person_ids=[anna.id],
            cooperation_ids=[coop.id],
            tags=["Kita"],
        )
    )
    return ws, verein, firma, anna, jurgen, coop, note


def test_links_are_stored_and_seen_from_both_sides(network):
    ws, verein, _firma, _anna, _jurgen, coop, _note = network
    related = {(r.ref.type, r.title, r.detail) for r in ws.links.related(verein.ref)}
    assert (RecordType.PERSON, "Anna Schäfer", "Vorsitzende") in related
    assert (RecordType.COOPERATION, "Kita-Plätze für Schichtarbeitende", "Lead") in related
    assert (RecordType.NOTE, "Workshop Kinderbetreuung", "") in related
    assert [m.person_name for m in ws.persons.members_of(verein.id)] == ["Anna Schäfer"]
    assert {p.name for p in ws.cooperations.get(coop.id).partners} == {"Quartiersinitiative Marten e.V.", "Jürgen Mueller"}


def test_unlinking_removes_the_link_only(network):
    ws, verein, firma, _anna, _jurgen, _coop, note = network
    note.organisation_ids = [verein.id]
    ws.notes.update(note)
    assert ws.notes.get(note.id).organisation_ids == [verein.id]
    assert ws.organisations.exists(firma.id)


def test_status_changes_are_kept_as_history(network):
    ws, *_, coop, _ = network
    coop.status = "pilot"
    ws.cooperations.update(coop)
    history = ws.cooperations.get(coop.id).status_history
    assert [step.status for step in history] == ["anbahnung", "pilot"]


def test_lists_filter_and_sort_the_german_way(network):
    ws, verein, _firma, anna, _jurgen, coop, note = network
    ws.persons.create(Person(first_name="Ömer", last_name="Özdemir"))
    ws.persons.create(Person(first_name="Sabine", last_name="Ober"))
    names = [p.last_name for p in ws.persons.list()]
    assert names == ["Mueller", "Ober", "Özdemir", "Schäfer"], "Ö sorts as Oe (DIN 5007-2)"
    assert [p.last_name for p in ws.persons.list(ListQuery(text="müller"))] == ["Mueller"]
    assert [p.last_name for p in ws.persons.list(ListQuery(text="SCHAEF"))] == ["Schäfer"]
    assert [p.last_name for p in ws.persons.list(ListQuery(text="anna schä"))] == ["Schäfer"]
    assert [p.last_name for p in ws.persons.list(ListQuery(organisation_id=verein.id))] == ["Schäfer"]
    assert [o.name for o in ws.organisations.list(ListQuery(sector="wirtschaft"))] == ["Müller Logistik GmbH"]
    assert [c.title for c in ws.cooperations.list(ListQuery(status="anbahnung", theme_id=2))] == [coop.title]
    assert ws.notes.ids(ListQuery(tag="kita")) == [note.id]
    assert ws.notes.ids(ListQuery(person_id=anna.id, date_from=date(2026, 11, 1))) == [note.id]
    assert ws.notes.ids(ListQuery(date_to=date(2026, 11, 19))) == []
    assert ws.persons.count(ListQuery(sector="zivilgesellschaft")) == 1
    descending = [p.last_name for p in ws.persons.list(ListQuery(sort="name", descending=True))]
    assert descending == ["Schäfer", "Özdemir", "Ober", "Mueller"]


def test_lists_refuse_filters_they_do_not_know(workspace):
    with pytest.raises(ValueError):
        workspace.persons.ids(ListQuery(status="pilot"))


def test_summaries_are_ready_to_show(network):
    ws, _verein, _firma, anna, *_ = network
    [row] = ws.persons.summaries([anna.id])
    assert row["name"] == "Schäfer, Anna"
    assert row["organisations"] == "Quartiersinitiative Marten e.V."
    assert row["functions"] == "Vorsitzende"
    [coop_row] = ws.cooperations.summaries(ws.cooperations.ids())
    assert coop_row["status"] == "Anbahnung"
    [note_row] = ws.notes.summaries(ws.notes.ids())
    assert note_row["note_date"] == "20.11.2026"
    assert note_row["kind"] == "Workshopprotokoll"


def test_saving_a_record_changed_meanwhile_is_refused(network):
    ws, verein, *_ = network
    mine, theirs = ws.organisations.get(verein.id), ws.organisations.get(verein.id)
    theirs.description = "Von der Kollegin ergänzt."
    ws.organisations.update(theirs)
    mine.description = "Meine Fassung."
    with pytest.raises(ConflictError, match="inzwischen von testerin geändert"):
        ws.organisations.update(mine)
    assert ws.organisations.get(verein.id).description == "Von der Kollegin ergänzt."


def test_a_record_opened_before_a_colleague_trashed_it_is_not_saved(network):
    ws, verein, *_ = network
    opened = ws.organisations.get(verein.id)
    ws.organisations.trash(verein.id)
    opened.description = "Noch schnell ergänzt."
    with pytest.raises(NotFoundError, match="liegt im Papierkorb"):
        ws.organisations.update(opened)
    assert ws.organisations.get(verein.id, include_trashed=True).description == verein.description


def test_saving_without_changes_keeps_the_version(network):
    ws, verein, *_ = network
    again = ws.organisations.update(ws.organisations.get(verein.id))
    assert again.version == verein.version


def test_a_save_hands_back_the_record_as_opening_it_again_shows_it(network):
    """What the editor gets back from a save is what is stored: with its links when only its own
    fields changed, the stored spelling of a tag, a new membership's organisation, the status history,
    a follow-up's new target title."""
    ws, verein, firma, anna, _jurgen, coop, _note = network
    anna.notes = "Rückruf vereinbart"
    saved = ws.persons.update(anna)
    assert saved == ws.persons.get(anna.id) and saved.memberships[0].organisation_name == verein.name
    saved.tags = ["KITA"]  # the note's tag „Kita“ exists: its first spelling wins
    saved.memberships.append(Membership(organisation_id=firma.id, function="Beirat"))
    saved = ws.persons.update(saved)
    assert saved == ws.persons.get(anna.id) and saved.tags == ["Kita"] and len(saved.memberships) == 2
    coop.status = "pilot"
    saved_coop = ws.cooperations.update(coop)
    assert saved_coop == ws.cooperations.get(coop.id) and saved_coop.status_history[-1].status == "pilot"
    followup = ws.followups.create(FollowUp(text="Anrufen", due_date=date(2026, 12, 1), target=saved.ref))
    followup.target = verein.ref
    saved_followup = ws.followups.update(followup)
    assert saved_followup == ws.followups.get(followup.stored_id) and saved_followup.target_title == verein.name


def test_trash_hides_restores_and_empties(network):
    ws, verein, firma, _anna, _jurgen, _coop, note = network
    followup = ws.followups.create(FollowUp(text="Rückruf", due_date=date(2026, 12, 1), target=note.ref))
    ws.notes.trash(note.id)
    assert note.id not in ws.notes.ids()
    assert followup.id not in ws.followups.ids(), "follow-ups of trashed records are hidden"
    assert [item.title for item in ws.trash.items()] == ["Workshop Kinderbetreuung"]
    with pytest.raises(NotFoundError, match="Papierkorb"):
        ws.notes.update(ws.notes.get(note.id, include_trashed=True))

    ws.trash.restore(note.ref)
    assert ws.notes.get(note.id).organisation_ids == [verein.id, firma.id], "links survive the trash"
    assert followup.id in ws.followups.ids()

    ws.notes.trash(note.id)
    assert ws.trash.empty() == 1
    with pytest.raises(NotFoundError):
        ws.notes.get(note.id, include_trashed=True)
    assert not ws.followups.exists(followup.id, include_trashed=True), "its follow-up is gone too"
    assert "Kita" not in ws.tags.usage()


def test_history_names_fields_but_keeps_no_contents(network):
    ws, _verein, _firma, anna, *_ = network
    anna.emails = ["anna@quartier-marten.de"]
    ws.persons.update(anna)
    entries = ws.history.for_record(anna.ref)
    assert [e.action for e in entries] == ["updated", "created"]
    assert entries[0].fields == ["emails"]
    assert entries[0].by == "testerin"
    raw = ws.database.execute("SELECT group_concat(fields) FROM history").fetchone()[0]
    assert "quartier-marten" not in raw


def test_due_followups_lead_with_the_overdue_ones(network):
    ws, verein, *_ = network
    for text, due in (("später", date(2026, 12, 24)), ("überfällig", date(2026, 11, 1)), ("heute", date(2026, 11, 25))):
        ws.followups.create(FollowUp(text=text, due_date=due, target=verein.ref))
    done = ws.followups.create(FollowUp(text="erledigt", due_date=date(2026, 11, 2), target=verein.ref))
    ws.followups.set_done(done.id)
    assert [f.text for f in ws.followups.due(date(2026, 11, 25))] == ["überfällig", "heute"]
    assert ws.followups.due(date(2026, 11, 25))[0].target_title == "Quartiersinitiative Marten e.V."


def test_open_followups_of_several_records_come_by_due_date(network):
    ws, verein, firma, anna, _jurgen, coop, note = network
    for text, due, target in (
        ("Protokoll schicken", date(2026, 12, 5), note.ref),
        ("Frau Schäfer anrufen", date(2026, 11, 30), anna.ref),
        ("Vereinbarung prüfen", date(2026, 12, 1), coop.ref),
        ("nicht gefragt", date(2026, 11, 1), firma.ref),
    ):
        ws.followups.create(FollowUp(text=text, due_date=due, target=target))
    done = ws.followups.create(FollowUp(text="erledigt", due_date=date(2026, 11, 2), target=anna.ref))
    ws.followups.set_done(done.id)

    found = ws.followups.for_records([verein.ref, anna.ref, coop.ref, note.ref, anna.ref])
    assert [f.text for f in found] == ["Frau Schäfer anrufen", "Vereinbarung prüfen", "Protokoll schicken"]
    assert found[0].target_title == "Anna Schäfer"
    with_done = ws.followups.for_records([anna.ref], include_done=True)
    assert [f.text for f in with_done] == ["erledigt", "Frau Schäfer anrufen"]
    assert ws.followups.for_records([]) == []


def test_a_record_linked_to_something_in_the_trash_can_still_be_edited(network):
    ws, verein, _firma, anna, _jurgen, coop, _note = network
    ws.organisations.trash(verein.id)
    ws.themes.trash(2)
    anna = ws.persons.get(anna.id)
    anna.notes = "Nach dem Umzug neu anrufen."
    assert ws.persons.update(anna).memberships[0].organisation_id == verein.id
    coop = ws.cooperations.get(coop.id)
    coop.goals = "Zwölf Plätze bis Sommer"
    assert ws.cooperations.update(coop).theme_ids == [2]
