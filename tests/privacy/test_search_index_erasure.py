"""Erasure and the whoosh search index: the index files keep no byte of the person either.

whoosh marks deleted documents but keeps their text in the segment files until the
segments are merged. The search glue registers a purger (``ws.add_purger``) that
renews the documents of changed records, drops the erased ones and merges the
segments; here a purger doing exactly that runs against the real index on disk,
and the byte scan of the whole data folder – index included – must come up empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.search import SearchDocument, SearchIndex

SEARCHED = (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE)
_TEXTS = {
    RecordType.PERSON: lambda p: " ".join([*p.emails, *p.phones, p.notes]),
    RecordType.NOTE: lambda n: " ".join([n.text, *n.participants]),
    RecordType.ORGANISATION: lambda o: o.description,
    RecordType.COOPERATION: lambda c: c.description,
}


def _documents(ws: Workspace, refs: set[RecordRef]) -> tuple[list[SearchDocument], list[str]]:
    """Documents of the records that still exist (their texts and the names they link to), refs of the others."""
    docs, gone = [], []
    for ref in sorted(r for r in refs if r.type in SEARCHED):
        if not ws.service(ref.type).exists(ref.id, include_trashed=True):
            gone.append(ref)
            continue
        record = ws.service(ref.type).get(ref.id, include_trashed=True)
        names = tuple(related.title for related in ws.links.related(ref))
        docs.append(SearchDocument(ref, record.display_title, names=names, body=_TEXTS[ref.type](record)))
    return docs, gone


def _every_ref(ws: Workspace) -> set[RecordRef]:
    return {
        RecordRef(t, i) for t in SEARCHED for trashed in (False, True) for i in ws.service(t).ids(ListQuery(trashed=trashed))
    }


@pytest.fixture
def index(workspace, subject) -> Iterator[SearchIndex]:
    """The data folder's index holding every record, in more than one segment."""
    index = SearchIndex(workspace.folder.index_dir)
    docs, _ = _documents(workspace, _every_ref(workspace))
    run_to_end(index.rebuild(docs, workspace.database.generation()))
    again, _ = _documents(workspace, {subject.linked_note.ref, subject.person.ref})
    index.update(again, [], workspace.database.generation(), base_generation=workspace.database.generation())
    assert [h.ref for h in index.search("Quästenberg").hits]
    yield index
    index.close()


def _purger(workspace: Workspace, index: SearchIndex, *, merge: bool):
    def purge(refs: set[RecordRef]) -> None:
        # The erased person's neighbours show its name in their documents: renew them too.
        docs, gone = _documents(workspace, _every_ref(workspace) | refs)
        generation = workspace.database.generation()
        index.update(docs, gone, generation, base_generation=generation)
        if merge:
            index.optimize()

    return purge


@pytest.mark.parametrize("anonymise", [False, True], ids=["delete", "anonymise"])
def test_erasure_leaves_nothing_in_the_index_files(workspace, subject, index, secrets_in, anonymise):
    workspace.add_purger(_purger(workspace, index, merge=True))
    report = erase(workspace, subject.person.id, anonymise=anonymise)
    assert report.complete
    assert list(index.search("Quästenberg").hits) == []
    assert secrets_in(workspace.folder.root) == []


def test_without_merging_the_segments_the_index_would_keep_the_name(workspace, subject, index, secrets_in):
    """Why the purger must merge: whoosh only marks the documents deleted."""
    workspace.add_purger(_purger(workspace, index, merge=False))
    erase(workspace, subject.person.id)
    assert list(index.search("Quästenberg").hits) == []  # not found any more …
    assert {Path(path).parts[0] for path, _ in secrets_in(workspace.folder.root)} == {"index"}  # … but still there
