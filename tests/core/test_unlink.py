"""Unlinking two records from either side, and putting the link back (the window's undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sic_desktop.core.models import Cooperation, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path):
    workspace = Workspace.open(tmp_path / "daten", user="testerin")
    yield workspace
    workspace.close()


def test_unlink_note_from_organisation_and_relink(ws: Workspace) -> None:
    org = ws.organisations.create(Organisation(name="Quartiersinitiative Marten e.V."))
    note = ws.notes.create(Note(title="Treffen", note_date="25.11.2026", organisation_ids=[org.id]))
    unlinked = ws.links.unlink(org.ref, note.ref)  # either order
    assert ws.notes.get(note.id).organisation_ids == []
    assert [r.ref for r in ws.links.related(org.ref)] == []
    ws.links.relink(unlinked)
    assert ws.notes.get(note.id).organisation_ids == [org.id]


def test_unlink_membership_keeps_function_for_relink(ws: Workspace) -> None:
    org = ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    person = ws.persons.create(
        Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id, function="Vorstand")])
    )
    unlinked = ws.links.unlink(person.ref, org.ref)
    assert ws.persons.get(person.id).memberships == []
    ws.links.relink(unlinked)
    memberships = ws.persons.get(person.id).memberships
    assert [(m.organisation_id, m.function) for m in memberships] == [(org.id, "Vorstand")]


def test_unlink_partner_keeps_role_for_relink(ws: Workspace) -> None:
    org = ws.organisations.create(Organisation(name="TU Dortmund"))
    coop = ws.cooperations.create(Cooperation(title="Work & Care", partners=[Partner(role="lead", organisation_id=org.id)]))
    unlinked = ws.links.unlink(org.ref, coop.ref)
    assert ws.cooperations.get(coop.id).partners == []
    ws.links.relink(unlinked)
    assert [(p.organisation_id, p.role) for p in ws.cooperations.get(coop.id).partners] == [(org.id, "lead")]


def test_two_records_of_one_type_cannot_be_linked(ws: Workspace) -> None:
    a = ws.organisations.create(Organisation(name="A"))
    b = ws.organisations.create(Organisation(name="B"))
    with pytest.raises(ValueError):
        ws.links.unlink(a.ref, b.ref)
    assert ws.organisations.get(a.id).version == 1
