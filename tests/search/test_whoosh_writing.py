"""Our fast ``add_document`` writes the same index as whoosh's own."""

from __future__ import annotations

from pathlib import Path

from sic_desktop.search import whoosh_store
from sic_desktop.search.whoosh_schema import whoosh_fields
from sic_desktop.search.whoosh_writing import add_document

from .conftest import FIXTURE_DOCS


def _postings(path: Path, write) -> dict:
    ix = whoosh_store.create(path)
    writer = ix.writer(procs=1)
    for doc in FIXTURE_DOCS:
        write(writer, whoosh_fields(doc))
    writer.commit()
    found = {}
    with ix.reader() as reader:
        for fieldname in reader.indexed_field_names():
            for text in reader.lexicon(fieldname):
                postings = reader.postings(fieldname, text)
                values = []
                while postings.is_active():
                    values.append((postings.id(), postings.weight(), postings.value()))
                    postings.next()
                found[fieldname, text] = values
        stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
        lengths = {name: reader.field_length(name) for name in reader.indexed_field_names()}
    ix.close()
    return {"postings": found, "stored": stored, "lengths": lengths}


def test_fast_add_document_writes_what_whoosh_writes(tmp_path: Path) -> None:
    ours = _postings(tmp_path / "ours", add_document)
    theirs = _postings(tmp_path / "theirs", lambda writer, values: writer.add_document(**values))
    assert ours["postings"] and ours == theirs
