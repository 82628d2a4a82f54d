"""Each client's search index is a cache of the team server: a person saved or erased by another client
is found or forgotten by this client's index as soon as the change arrives."""

from __future__ import annotations

import queue
from pathlib import Path

from sic_desktop.core.models import Person, RecordType
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import SearchService


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
