"""A failed operation leaves the file as it was; listeners hear only about committed changes."""

from __future__ import annotations

import sqlite3

import pytest

from sic_desktop.core.errors import StorageError, ValidationError
from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.storage.changes import Action


def dump(workspace) -> list[str]:
    return list(workspace.database.db.conn.iterdump())


def test_a_bulk_create_with_one_bad_record_stores_nothing(workspace):
    workspace.organisations.create(Organisation(name="Vorher da"))
    before = dump(workspace)
    batch = [Organisation(name="Eins"), Organisation(name="Zwei", email="kaputt"), Organisation(name="Drei")]
    with pytest.raises(ValidationError):
        workspace.organisations.create_many(batch)
    assert dump(workspace) == before


def test_a_failure_half_way_through_a_save_is_rolled_back(workspace, monkeypatch):
    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer"))
    before = dump(workspace)

    def broken(*args, **kwargs):
        raise RuntimeError("Strom weg")

    monkeypatch.setattr(workspace.history, "add", broken)
    person.last_name = "Schäfer-Weiß"
    with pytest.raises(RuntimeError):
        workspace.persons.update(person)
    assert dump(workspace) == before


def test_a_full_disk_at_commit_gives_a_german_message_and_keeps_the_data(workspace):
    workspace.organisations.create(Organisation(name="Stiftung Nord"))
    before = dump(workspace)
    conn = workspace.database.db.conn

    class FullDisk:
        """Passes everything to the real connection but fails the COMMIT like a full disk."""

        def __init__(self, real):
            self._real = real

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self._real.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._real, name)

    workspace.database.db.conn = FullDisk(conn)
    try:
        with pytest.raises(StorageError, match="Datenträger ist voll"):
            workspace.organisations.create(Organisation(name="Geht nicht"))
    finally:
        workspace.database.db.conn = conn
    assert dump(workspace) == before


def test_listeners_hear_committed_changes_with_the_new_generation(workspace):
    heard = []
    workspace.subscribe(heard.append)
    start = workspace.database.generation()
    org = workspace.organisations.create(Organisation(name="Familienzentrum Husen"))
    workspace.organisations.trash(org.id)
    with pytest.raises(ValidationError):
        workspace.organisations.create(Organisation(name=""))
    assert [(c.changes[0].ref, c.changes[0].action) for c in heard] == [
        (org.ref, Action.CREATED),
        (org.ref, Action.TRASHED),
    ]
    assert [c.generation for c in heard] == [start + 1, start + 2]
    assert workspace.database.generation() == start + 2


def test_a_broken_listener_does_not_undo_a_save(workspace, caplog):
    def broken(changes):
        raise RuntimeError("Index kaputt")

    workspace.subscribe(broken)
    org = workspace.organisations.create(Organisation(name="Bürgerverein Derne e.V."))
    assert workspace.organisations.get(org.id).name == "Bürgerverein Derne e.V."
    assert "change listener failed" in caplog.text
