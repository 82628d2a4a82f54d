"""A save in one client reaches the other clients of the team server, and a client that was away
catches up from the change log; the log holds no contents."""

from __future__ import annotations

import queue
from pathlib import Path

from sic_desktop.core.models import Person
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.storage.server_changes import OTHER_CLIENT, changes_since, last_seq
from sic_desktop.core.workspace import Workspace


def test_a_save_in_one_client_is_announced_to_the_other(postgres_url: str, data_dir: Path, tmp_path: Path):
    with Workspace.open(data_dir, user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "zweiter-pc", user="bernd", server=postgres_url) as bernd:
        heard: queue.Queue[ChangeSet] = queue.Queue()
        bernd.subscribe(heard.put)
        jana = anna.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        changes = heard.get(timeout=5)
        assert [(c.ref, c.action) for c in changes.changes] == [(jana.ref, Action.CREATED)]
        assert changes.generation == anna.database.generation()

        emil = bernd.persons.create(Person(first_name="Emil", last_name="Berg"))  # bernd's own save: heard once
        assert [c.ref for c in heard.get(timeout=5).changes] == [emil.ref]
        anna.persons.trash(jana.id)
        assert [(c.ref, c.action) for c in heard.get(timeout=5).changes] == [(jana.ref, Action.TRASHED)]
        assert heard.empty()


def test_a_client_that_was_away_catches_up_and_the_log_holds_no_contents(postgres_url: str, data_dir: Path):
    with Workspace.open(data_dir, user="anna", server=postgres_url) as anna:
        seen = last_seq(anna.database)
        jana = anna.persons.create(Person(first_name="Jana", last_name="Özdemir", notes="vertraulich"))
        anna.persons.trash(jana.id)
        missed, seq = changes_since(anna.database, seen)
        assert [(c.ref, c.action) for c in missed.changes] == [(jana.ref, Action.CREATED), (jana.ref, Action.TRASHED)]
        assert seq > seen
        logged = " ".join(str(value) for row in anna.database.query("SELECT * FROM change_log") for value in row.values())
        assert "Özdemir" not in logged and "vertraulich" not in logged


def test_a_clients_own_saves_wake_no_read_of_the_log_and_anothers_still_arrive(
    postgres_url: str, data_dir: Path, tmp_path: Path
):
    """Reading the log after one's own save would compete with the save (the 2 cores of an office PC)."""
    with Workspace.open(data_dir, user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "zweiter-pc", user="bernd", server=postgres_url) as bernd:
        heard: queue.Queue[ChangeSet] = queue.Queue()
        anna.subscribe(heard.put)  # anna's follower reads the log once, at connecting
        follower = anna.database._follower
        assert follower is not None
        reads_before = follower.catch_ups

        jana = anna.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        jana.notes = "Rückruf vereinbart"
        anna.persons.update(jana)
        assert [c.ref for c in heard.get(timeout=5).changes] == [jana.ref]  # her own listeners, at her commits
        assert [c.ref for c in heard.get(timeout=5).changes] == [jana.ref]

        emil = bernd.persons.create(Person(first_name="Emil", last_name="Berg"))
        others = heard.get(timeout=5)
        assert [c.ref for c in others.changes] == [emil.ref] and others.initiator is OTHER_CLIENT
        # Anna's two notices came first and were passed over; bernd's one read the log once.
        assert follower.catch_ups == reads_before + 1
        assert heard.empty()
