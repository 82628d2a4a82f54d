"""The core's batch operations, used through the Workspace as the window, the imports and the command line do.

Nothing outside the core opens a transaction (``tests/test_architecture.py``): these
are the ways it offers instead, and each must keep the all-or-nothing promise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.errors import SicError
from sic_desktop.core.models import FollowUp, Membership, Organisation, Person
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def heard(workspace: Workspace) -> list[ChangeSet]:
    """The change notices the workspace sends, one per commit."""
    notices: list[ChangeSet] = []
    workspace.subscribe(notices.append)
    return notices


def _org(ws: Workspace, name: str) -> Organisation:
    return ws.organisations.create(Organisation(name=name))


# -- the Papierkorb ------------------------------------------------------------------------------


def test_purging_many_deletes_them_in_one_commit_and_skips_what_went_along(
    workspace: Workspace, heard: list[ChangeSet]
) -> None:
    kita, verein, other = (_org(workspace, name) for name in ("Kita Sonnenschein", "Verein Nordstadt", "Stiftung"))
    followup = workspace.followups.create(
        FollowUp(due_date=date(2026, 12, 10), text="Zurückrufen", target=kita.ref)
    )
    workspace.trash.put([kita.ref, verein.ref])
    heard.clear()

    # The follow-up goes with its organisation: asked for afterwards, it is skipped, not an error.
    assert workspace.trash.purge_many([kita.ref, followup.ref, verein.ref]) == 2

    assert workspace.trash.items() == []
    assert not workspace.followups.exists(followup.id, include_trashed=True)
    assert workspace.organisations.ids() == [other.id]
    assert len(heard) == 1 and {kita.ref, verein.ref, followup.ref} <= heard[0].refs()


def test_purging_many_inside_a_failed_batch_deletes_nothing(workspace: Workspace) -> None:
    kita = _org(workspace, "Kita Sonnenschein")
    workspace.trash.put([kita.ref])
    with pytest.raises(RuntimeError), workspace.batch():
        workspace.trash.purge_many([kita.ref])
        raise RuntimeError("Absturz mitten im Löschen")
    assert [item.ref for item in workspace.trash.items()] == [kita.ref]


# -- batches -------------------------------------------------------------------------------------


def test_a_failing_part_is_taken_back_and_the_rest_is_stored_in_one_commit(
    workspace: Workspace, heard: list[ChangeSet]
) -> None:
    """What an import does with a line the core refuses: that line is left out and reported."""
    refused: list[str] = []
    with workspace.batch() as batch:
        with batch.part():
            first = _org(workspace, "Kita Sonnenschein")
        try:
            with batch.part():
                _org(workspace, "Verein Nordstadt")
                raise SicError("Diese Zeile wird abgelehnt.")
        except SicError as error:
            refused.append(str(error))
        last = _org(workspace, "Stiftung Dortmund")

    assert refused == ["Diese Zeile wird abgelehnt."]
    names = [org.name for org in workspace.organisations.get_many(workspace.organisations.ids())]
    assert sorted(names) == ["Kita Sonnenschein", "Stiftung Dortmund"]
    assert len(heard) == 1 and heard[0].refs() == {first.ref, last.ref}
    assert batch.changed_refs() == {first.ref, last.ref}


def test_a_discarded_batch_stores_and_announces_nothing(workspace: Workspace, heard: list[ChangeSet]) -> None:
    """A dry run: the real run, rolled back."""
    before = workspace.storage.generation()
    with workspace.batch() as batch:
        _org(workspace, "Kita Sonnenschein")
        assert workspace.organisations.count() == 1  # the batch sees its own changes
        batch.discard()
    assert batch.discarded
    assert workspace.organisations.count() == 0
    assert heard == [] and workspace.storage.generation() == before


def test_a_discarded_batch_inside_another_takes_back_only_its_own_changes(workspace: Workspace) -> None:
    with workspace.batch():
        _org(workspace, "Kita Sonnenschein")
        with workspace.batch() as inner:
            _org(workspace, "Verein Nordstadt")
            inner.discard()
        _org(workspace, "Stiftung Dortmund")
    names = [org.name for org in workspace.organisations.get_many(workspace.organisations.ids())]
    assert sorted(names) == ["Kita Sonnenschein", "Stiftung Dortmund"]


def test_an_error_in_a_batch_stores_nothing(workspace: Workspace, heard: list[ChangeSet]) -> None:
    with pytest.raises(ValueError), workspace.batch():
        _org(workspace, "Kita Sonnenschein")
        raise ValueError("Absturz")
    assert workspace.organisations.count() == 0 and heard == []


def test_a_closed_generator_rolls_its_batch_back(workspace: Workspace) -> None:
    """„Abbrechen“ closes the progress generator that holds the batch: nothing stays."""

    def work():
        with workspace.batch():
            _org(workspace, "Kita Sonnenschein")
            yield 1
            _org(workspace, "Verein Nordstadt")

    running = work()
    next(running)
    running.close()
    assert workspace.organisations.count() == 0


# -- what the import matches against -------------------------------------------------------------


def test_contact_keys_are_those_of_live_contacts(workspace: Workspace) -> None:
    kita = workspace.organisations.create(
        Organisation(name="Kita Sonnenschein", website="https://kita-sonnenschein.de", email="info@kita-sonnenschein.de")
    )
    gone = _org(workspace, "Alter Verein")
    workspace.organisations.trash(gone.id)
    anna = workspace.persons.create(
        Person(first_name="Anna", last_name="Schäfer", emails=["anna@kita-sonnenschein.de"],
               memberships=[Membership(organisation_id=kita.id, function="Leitung")])
    )
    left = workspace.persons.create(Person(first_name="Jens", last_name="Nowak"))
    workspace.persons.trash(left.id)

    (org,) = workspace.contact_keys.organisations()
    assert (org.id, org.name, org.website, org.email) == (
        kita.id, "Kita Sonnenschein", "https://kita-sonnenschein.de", "info@kita-sonnenschein.de"
    )
    (person,) = workspace.contact_keys.persons()
    assert (person.id, person.first_name, person.last_name, person.emails) == (
        anna.id, "Anna", "Schäfer", ["anna@kita-sonnenschein.de"]
    )
    assert workspace.contact_keys.memberships() == [(anna.id, kita.id)]


# -- what the rest of the program knows of the storage -------------------------------------------


def test_storage_facts_of_a_local_folder(workspace: Workspace) -> None:
    assert workspace.storage.read_only is None and workspace.storage.damage is None
    assert workspace.storage.journal_note == ""  # a local disk: WAL, nothing to tell
    before = workspace.storage.generation()
    _org(workspace, "Kita Sonnenschein")
    assert workspace.storage.generation() == before + 1


def test_a_snapshot_reads_one_state_while_another_program_writes(workspace: Workspace, data_dir: Path) -> None:
    """An export started in the window is not torn by a command-line import meanwhile."""
    with Workspace.open(data_dir, user="kommandozeile") as other, workspace.storage.snapshot():
        seen = workspace.storage.generation()
        _org(other, "Kita Sonnenschein")
        assert workspace.organisations.count() == 0
        assert workspace.storage.generation() == seen
    assert workspace.organisations.count() == 1


def test_a_backup_copy_opens_with_the_data(workspace: Workspace, tmp_path: Path) -> None:
    _org(workspace, "Kita Sonnenschein")
    copy_folder = tmp_path / "kopie"
    copy_folder.mkdir()
    workspace.storage.backup_to(copy_folder / workspace.folder.database.name)
    with Workspace.open(copy_folder) as copy:
        assert [org.name for org in copy.organisations.get_many(copy.organisations.ids())] == ["Kita Sonnenschein"]
