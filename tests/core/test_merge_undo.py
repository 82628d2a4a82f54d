"""Strg+Z after merging duplicates: both records and every link are back as before the merge, on the
local file and on the team server; and every table that points at a person or organisation is covered."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from sic_desktop.core.errors import SicError
from sic_desktop.core.models import Cooperation, Membership, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.merge_undo import POINTING
from sic_desktop.core.storage.changes import Action

P, ORG = RecordType.PERSON, RecordType.ORGANISATION
AUDIT = {"version": 0, "updated_at": "", "updated_by": ""}


def _state(ws, *refs):
    """What a user sees of records: every field but the version stamps."""
    return {ref: replace(ws.service(ref.type).get(ref.id, include_trashed=True), **AUDIT) for ref in refs}


def test_undoing_a_merge_of_contacts_brings_both_back_with_every_link(workspace, two_muellers):
    keep, other, _caritas, _stadt, lead, both, note, shared, followup = two_muellers
    ws = workspace
    refs = [ws.persons.get(keep).ref, ws.persons.get(other).ref, *(ws.cooperations.get(c).ref for c in (lead, both)),
            *(ws.notes.get(n).ref for n in (note, shared)), ws.followups.get(followup).ref]
    before = _state(ws, *refs)
    versions = {ref: ws.service(ref.type).get(ref.id).version for ref in refs}

    result = ws.duplicates.merge(P, keep, other, take_from_other={"last_name"})
    after_merge = {ref: ws.service(ref.type).get(ref.id).version for ref in refs if ref.id != other or ref.type is not P}
    heard = []
    ws.subscribe(heard.append)
    ws.duplicates.undo_merge(result.undo)

    assert _state(ws, *refs) == before, "both contacts, their lists and every note, cooperation and follow-up as before"
    assert ws.persons.get(other).version == versions[refs[1]], "the returned contact keeps its own version"
    for ref, version in after_merge.items():
        assert ws.service(ref.type).get(ref.id).version > version, f"{ref}: an open editor meets the conflict rule"
    assert ws.history.for_record(refs[1])[0].action == "unmerged"
    changed = {(c.ref, c.action) for c in heard[0].changes}
    assert (refs[1], Action.CREATED) in changed and (refs[0], Action.UPDATED) in changed
    assert {r.type for r, a in changed} >= {P, RecordType.NOTE, RecordType.COOPERATION, RecordType.FOLLOWUP}
    assert "Nordstadt" in heard[0].tags

    again = ws.duplicates.merge(P, keep, other, take_from_other={"last_name"})  # Strg+Y: the same merge again
    assert again.kept.last_name == "Mueller" and ws.persons.get(keep).tags == ["Nordstadt"]
    ws.duplicates.undo_merge(again.undo)
    assert _state(ws, *refs) == before


def test_undoing_a_merge_of_organisations_gives_members_and_partners_back(workspace):
    ws = workspace
    keep = ws.organisations.create(Organisation(name="Nordstadtliebe e.V.", email="info@nordstadtliebe.example")).ref
    other = ws.organisations.create(Organisation(name="Nordstadtliebe eV", phone="0231 123456", tags=["Quartier"])).ref
    both = ws.persons.create(Person(first_name="Anna", last_name="Schäfer", memberships=[
        Membership(organisation_id=keep.id, function="Vorsitzende"), Membership(organisation_id=other.id, function="Vorsitzende")]))
    only_other = ws.persons.create(Person(first_name="Max", last_name="Heide", memberships=[Membership(organisation_id=other.id)]))
    coop = ws.cooperations.create(Cooperation(title="Quartiersfest", partners=[Partner(organisation_id=other.id)]))
    ws.duplicates.mark_distinct(ORG, keep.id, ws.organisations.create(Organisation(name="Nordstadt eV")).id)
    refs = [keep, other, both.ref, only_other.ref, coop.ref]
    before = _state(ws, *refs)

    result = ws.duplicates.merge(ORG, keep.id, other.id)
    assert [m.organisation_id for m in ws.persons.get(only_other.id).memberships] == [keep.id]
    ws.duplicates.undo_merge(result.undo)

    assert _state(ws, *refs) == before
    assert [m.organisation_id for m in ws.persons.get(both.id).memberships] == [keep.id, other.id]


def test_every_table_pointing_at_a_contact_or_organisation_is_taken_back(workspace, data_dir):
    """A new table with a foreign key to person or organisation must join ``POINTING`` (or a merge's undo
    would lose its rows)."""
    database = next(data_dir.glob("*.sqlite3"), None)
    if database is None:
        pytest.skip("the schema's foreign keys are read from the local file; the server's are the same")
    connection = sqlite3.connect(database)
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for record_type in (P, ORG):
        pointing = {(p.table, c) for p in POINTING[record_type] for c in p.columns}
        found = {(table, fk[3]) for table in tables for fk in connection.execute(f"PRAGMA foreign_key_list({table})")
                 if fk[2] == record_type.value}
        assert found <= pointing, f"{record_type.value}: {found - pointing} missing"
    connection.close()


def test_a_merge_cannot_be_undone_once_the_record_is_back(workspace):
    keep, other = (workspace.organisations.create(Organisation(name="Stiftung Nord")).id for _ in range(2))
    result = workspace.duplicates.merge(ORG, keep, other)
    workspace.duplicates.undo_merge(result.undo)
    with pytest.raises(SicError, match="nicht mehr rückgängig"):
        workspace.duplicates.undo_merge(result.undo)
    assert len(workspace.organisations.list()) == 2


def test_a_merge_keeps_the_files_attached_to_the_duplicate_and_undo_gives_them_back(workspace, tmp_path):
    ws = workspace
    keep = ws.persons.create(Person(first_name="Jana", last_name="Özdemir")).ref
    other = ws.persons.create(Person(first_name="Jana", last_name="Oezdemir")).ref
    minutes, photo = tmp_path / "Protokoll.pdf", tmp_path / "Foto.jpg"
    minutes.write_bytes(b"%PDF-1.4 Protokoll Werkstatt Nordstadt")
    photo.write_bytes(b"\xff\xd8\xff Foto")
    ws.attachments.add(keep, minutes)
    ws.attachments.add(other, minutes)  # the same file on both: kept once
    ws.attachments.add(other, photo)

    result = ws.duplicates.merge(P, keep.id, other.id, take_from_other=set())

    assert sorted(a.name for a in ws.attachments.for_record(keep)) == ["Foto.jpg", "Protokoll.pdf"]
    kept_photo = next(a for a in ws.attachments.for_record(keep) if a.name == "Foto.jpg")
    assert ws.attachments.copy_to(kept_photo, tmp_path / "out").read_bytes() == photo.read_bytes()
    ws.duplicates.undo_merge(result.undo)
    assert [a.name for a in ws.attachments.for_record(keep)] == ["Protokoll.pdf"]
    assert sorted(a.name for a in ws.attachments.for_record(other)) == ["Foto.jpg", "Protokoll.pdf"]
