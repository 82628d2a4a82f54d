"""Each client's search index is a cache of the team server: a person saved or erased by another client
is found or forgotten by this client's index as soon as the change arrives."""

from __future__ import annotations

import queue
from dataclasses import replace
from datetime import date
from pathlib import Path

from sic_desktop.core.models import Note, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import IndexState, SearchService


def test_another_clients_save_and_erasure_reach_this_clients_index(postgres_url: str, tmp_path: Path):
    with Workspace.open(tmp_path / "pc-anna", user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "pc-bernd", user="bernd", server=postgres_url) as bernd:
        index = SearchService(bernd, apply_large_changes=True)
        run_to_end(index.ensure_current())
        heard: queue.Queue[ChangeSet] = queue.Queue()
        bernd.subscribe(heard.put)  # after the index: when this hears a change, the index has applied it

        people_before = index.index.counts_by_type().get(RecordType.PERSON, 0)
        jana = anna.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        heard.get(timeout=5)
        assert index.index.counts_by_type().get(RecordType.PERSON, 0) == people_before + 1
        assert [hit.ref for hit in index.search("Özdemir").hits] == [jana.ref]

        erase(anna, jana.id, reason="Widerspruch nach Art. 21 DSGVO")
        heard.get(timeout=5)
        assert index.search("Özdemir").hits == ()
        assert index.index.counts_by_type().get(RecordType.PERSON, 0) == people_before  # gone from the index files too
        index.close()


def _index_bytes(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file())


def test_a_client_that_was_closed_forgets_an_erased_person_before_its_first_search(postgres_url: str, tmp_path: Path):
    with Workspace.open(tmp_path / "pc-anna", user="anna", server=postgres_url) as anna:
        jana = anna.persons.create(Person(first_name="Jana", last_name="Wendelstein", notes="Quirinusweg 7"))
        tom = anna.persons.create(Person(first_name="Tom", last_name="Berger"))
    bernd_folder = tmp_path / "pc-bernd"
    with Workspace.open(bernd_folder, user="bernd", server=postgres_url) as bernd, SearchService(bernd) as index:
        run_to_end(index.ensure_current())
        assert [hit.ref for hit in index.search("Wendelstein").hits] == [jana.ref]
        built = index.index.status(bernd.storage.generation())
    assert b"quirinusweg" in _index_bytes(bernd_folder / "index")

    with Workspace.open(tmp_path / "pc-anna", user="anna", server=postgres_url) as anna:  # Bernd's PC is off
        erase(anna, jana.id, reason="Widerspruch nach Art. 21 DSGVO")
        anna.persons.update(replace(anna.persons.get(tom.id), last_name="Berger-Kaya"))

    with Workspace.open(bernd_folder, user="bernd", server=postgres_url) as bernd, SearchService(bernd) as index:
        assert index.index.status(bernd.storage.generation()).state is IndexState.STALE  # behind, as it opens
        assert index.search("Wendelstein").hits == ()
        assert b"quirinusweg" not in _index_bytes(bernd_folder / "index")  # forgotten in the files, not only hidden
        assert [hit.ref for hit in index.search("Berger-Kaya").hits] == [tom.ref]
        status = index.status()
        assert status.state is IndexState.FRESH and status.generation == bernd.storage.generation()
        assert built.generation is not None and status.generation > built.generation  # caught up, not rebuilt:
        assert index.index.counts_by_type()[RecordType.PERSON] == 1


def test_an_index_of_the_local_file_is_rebuilt_not_caught_up_from_a_server(postgres_url: str, tmp_path: Path):
    folder = tmp_path / "pc"
    with Workspace.open(folder, user="anna", server=postgres_url) as server, SearchService(server) as index:
        server.persons.create(Person(first_name="Jana", last_name="Wendelstein"))
        run_to_end(index.ensure_current())
    with Workspace.open(folder, user="anna", local=True) as local, SearchService(local) as index:
        local.persons.create(Person(first_name="Lokal", last_name="Nur-Hier"))
        for name in ("Kaya", "Yilmaz", "Schulz"):  # the file's generation differs from the server's
            local.persons.create(Person(first_name="Ute", last_name=name))
        run_to_end(index.ensure_current())
    with Workspace.open(folder, user="anna", server=postgres_url) as server, SearchService(server) as index:
        server.persons.create(Person(first_name="Tom", last_name="Berger"))
        assert not index.catch_up()  # the index holds the local file's records: only a rebuild is right
        run_to_end(index.ensure_current())
        assert index.search("Nur-Hier").hits == () and len(index.search("Berger").hits) == 1


def test_another_clients_notice_names_the_changed_fields_and_the_index_renews_what_shows_the_name(
    postgres_url: str, tmp_path: Path
):
    with Workspace.open(tmp_path / "pc-anna", user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "pc-bernd", user="bernd", server=postgres_url) as bernd:
        tom = anna.persons.create(Person(first_name="Tom", last_name="Berger"))
        anna.notes.create(Note(title="Werkstatt", note_date=date(2026, 11, 25), person_ids=[tom.id]))
        index = SearchService(bernd, apply_large_changes=True)
        run_to_end(index.ensure_current())
        heard: queue.Queue[ChangeSet] = queue.Queue()
        bernd.subscribe(heard.put)

        anna.persons.update(replace(anna.persons.get(tom.id), last_name="Wendelstein"))
        notice = heard.get(timeout=5)
        assert notice.fields_of(tom.ref) == {"last_name"}  # names only: the log holds no contents
        found = {hit.ref.type for hit in index.search("Wendelstein").hits}
        assert found == {RecordType.PERSON, RecordType.NOTE}  # the note shows the new name too
        index.close()
