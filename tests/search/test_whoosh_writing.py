"""Our fast ``add_document`` and the bulk ``PostingTable`` write the same index as whoosh's own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import whoosh_store
from sic_desktop.search.index import SearchIndex
from sic_desktop.search.search_document import SearchDocument
from sic_desktop.search.whoosh_postings import read_positions, read_postings
from sic_desktop.search.whoosh_schema import whoosh_fields
from sic_desktop.search.whoosh_writing import add_document

from .conftest import FIXTURE_DOCS, build, refs

# Enough notes that common words fill several posting blocks (whoosh writes 128 a block).
MANY_DOCS: tuple[SearchDocument, ...] = FIXTURE_DOCS + tuple(
    SearchDocument(ref=RecordRef.parse(f"note:{1000 + n}"), title=f"Gesprächsnotiz Quartiersarbeit {n}",
                   body=f"Die Schuldnerberatung der Nordstadt berichtet über Fall {n}. " * (1 + n % 3),
                   tags=("Beratung",), kind="gespraechsnotiz")
    for n in range(300)
)


def _contents(ix: Any) -> dict:
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
    ix.close()
    return {"postings": found, "stored": stored}


def _written(path: Path, docs: tuple[SearchDocument, ...], write: Callable[[Any, dict], None], **options: Any) -> dict:
    ix = whoosh_store.create(path)
    writer = ix.writer(procs=1, **options)
    for doc in docs:
        write(writer, whoosh_fields(doc))
    writer.commit()
    return _contents(ix)


def _whoosh_add(writer: Any, values: dict) -> None:
    writer.add_document(**values)


def test_fast_add_document_writes_what_whoosh_writes(tmp_path: Path) -> None:
    ours = _written(tmp_path / "ours", FIXTURE_DOCS, add_document)
    theirs = _written(tmp_path / "theirs", FIXTURE_DOCS, _whoosh_add)
    assert ours["postings"] and ours == theirs


def test_bulk_load_writes_what_whoosh_writes(tmp_path: Path) -> None:
    ix = whoosh_store.create(tmp_path / "ours")
    assert list(whoosh_store.bulk_load(ix, MANY_DOCS, timeout=1))[-1] == len(MANY_DOCS)
    ours = _contents(ix)
    theirs = _written(tmp_path / "theirs", MANY_DOCS, _whoosh_add, codec=whoosh_store._codec())
    assert len(ours["postings"]["body", b"schuldnerberat"]) == 300
    assert ours == theirs


def test_a_large_build_in_several_segments_finds_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SearchIndex(tmp_path / "one") as one:
        build(one, MANY_DOCS)
        expected = {q: refs(one.search(q, limit=500)) for q in ("Schuldnerberatung", "Beratung Nordstadt", "Quartiersarbeit")}
    monkeypatch.setattr(whoosh_store, "BULK_POSTINGS", 1_000)
    with SearchIndex(tmp_path / "several") as several:
        build(several, MANY_DOCS)
        with several._ix.reader() as reader:
            assert len(list(reader.leaf_readers())) > 3
        assert {q: refs(several.search(q, limit=500)) for q in expected} == expected
    assert all(expected.values())


def test_a_changed_document_after_a_bulk_load_is_found_in_its_new_form(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, MANY_DOCS)
        changed = dataclasses.replace(MANY_DOCS[-1], body="Jetzt geht es um den Gemeinschaftsgarten.")
        index.update([changed], [], 2)
        assert refs(index.search("Garten")) == [str(changed.ref)]
        assert changed.ref not in refs(index.search("Schuldnerberatung", limit=500))


def test_posting_lists_of_several_blocks_read_back_whole(tmp_path: Path) -> None:
    ix = whoosh_store.create(tmp_path / "search")
    list(whoosh_store.bulk_load(ix, MANY_DOCS, timeout=1))
    expected = _contents(ix)["postings"]
    ix = whoosh_store.open_index(tmp_path / "search")
    with ix.reader() as reader:
        read = {(f, t): read_postings(reader, f, t.decode("utf-8")) for f, t in expected}
    ix.close()
    assert max(len(p) for p in read.values()) > 2 * 128  # several blocks
    assert {key: list(zip(p.ids, p.weights, strict=True)) for key, p in read.items()} == {
        key: [(d, w) for d, w, _ in values] for key, values in expected.items()}


def test_word_positions_read_back_as_whoosh_decodes_them(tmp_path: Path) -> None:
    ix = whoosh_store.create(tmp_path / "search")
    list(whoosh_store.bulk_load(ix, MANY_DOCS, timeout=1))
    with ix.reader() as reader:
        decode = reader.schema["body"].format.decode_positions
        for text in ("schuldnerberat", "nordstadt", "fall"):
            postings = reader.postings("body", text)
            expected = {}
            while postings.is_active():
                expected[postings.id()] = decode(postings.value())
                postings.next()
            assert read_positions(reader, "body", text, set(expected)) == expected
            assert max(len(p) for p in expected.values()) == 3  # the sentence said three times
    ix.close()


def test_a_phrase_asked_again_follows_changes_of_the_index(tmp_path: Path) -> None:
    phrase = '"Schuldnerberatung der Nordstadt"'
    with SearchIndex(tmp_path / "search") as index:
        build(index, MANY_DOCS)
        first = refs(index.search(phrase, limit=500))
        assert len(first) == 300 and refs(index.search(phrase, limit=500)) == first
        changed = dataclasses.replace(MANY_DOCS[-1], body="Die Beratung zog um.")
        added = SearchDocument(ref=RecordRef.parse("note:5000"), title="Neu", body="Wieder bei der Schuldnerberatung der Nordstadt.")
        index.update([changed, added], [], 2)
        again = set(refs(index.search(phrase, limit=500)))
        assert again == set(first) - {str(changed.ref)} | {str(added.ref)}


def test_a_typo_asked_again_finds_what_was_added_since(tmp_path: Path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, MANY_DOCS)
        assert refs(index.search("Volkshochschuel")) == []
        added = SearchDocument(ref=RecordRef.parse("note:5001"), title="Kurs an der Volkshochschule", body="Anmeldung bis Freitag.")
        index.update([added], [], 2)
        assert refs(index.search("Volkshochschuel")) == [str(added.ref)]
