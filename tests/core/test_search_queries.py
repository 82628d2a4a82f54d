"""Batch queries the search index is built from: links in both directions, and organisations' facets."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.models import Cooperation, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordRef, RecordType

THEME = RecordType.THEME


def test_linked_refs_finds_every_kind_of_link_in_both_directions(workspace):
    ws = workspace
    kita = ws.organisations.create(Organisation(name="Kita Sonnenblume", sector="zivilgesellschaft", theme_ids=[2]))
    other = ws.organisations.create(Organisation(name="Stadtteilbüro Eving", sector="verwaltung"))
    anna = ws.persons.create(Person(first_name="Anna", last_name="Schäfer",
                                    memberships=[Membership(organisation_id=kita.id)]))
    coop = ws.cooperations.create(Cooperation(
        title="Randzeitenbetreuung", partners=[Partner(organisation_id=kita.id), Partner(person_id=anna.id)]))
    note = ws.notes.create(Note(title="Workshop Work & Care", note_date=date(2026, 3, 4), organisation_ids=[kita.id],
                                person_ids=[anna.id], cooperation_ids=[coop.id], theme_ids=[2]))
    ws.persons.trash(anna.id)  # links of trashed records count too

    work_and_care = RecordRef(THEME, 2)
    assert ws.links.linked_refs([kita.ref]) == {anna.ref, coop.ref, note.ref, work_and_care}
    assert ws.links.linked_refs([anna.ref]) == {kita.ref, coop.ref, note.ref}
    assert ws.links.linked_refs([coop.ref]) == {kita.ref, anna.ref, note.ref}
    assert ws.links.linked_refs([note.ref]) == {kita.ref, anna.ref, coop.ref, work_and_care}
    assert ws.links.linked_refs([work_and_care]) == {kita.ref, note.ref}
    assert ws.links.linked_refs([other.ref, RecordRef(THEME, 5)]) == set()
    assert ws.links.linked_refs([]) == set()


def test_sectors_and_districts_of_live_organisations(workspace):
    ws = workspace
    kita = ws.organisations.create(Organisation(name="Kita Sonnenblume", sector="zivilgesellschaft", district="Nordstadt"))
    firma = ws.organisations.create(Organisation(name="Müller Logistik GmbH", sector="wirtschaft"))
    gone = ws.organisations.create(Organisation(name="Aufgelöster Verein", district="Husen"))
    ws.organisations.trash(gone.id)

    assert ws.organisations.sectors_and_districts([kita.id, gone.id]) == {kita.id: ("zivilgesellschaft", "Nordstadt")}
    assert ws.organisations.sectors_and_districts() == {
        kita.id: ("zivilgesellschaft", "Nordstadt"), firma.id: ("wirtschaft", ""),
    }
