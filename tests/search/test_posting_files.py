"""The posting files the warm-up writes beside big index segments: searches find
exactly what they find without them, they follow changes, and a stale one is never used."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchDocument, SearchIndex, index_files, posting_file, whoosh_postings, whoosh_store
from sic_desktop.search.index_state import IndexState
from sic_desktop.search.whoosh_imports import Reader
from sic_desktop.search.whoosh_postings import PostingCache, read_postings

from .conftest import FIXTURE_DOCS, build, refs

# Typed the way people mistype German names and words, a few of them right.
TYPED = ("schaefr", "schafer", "mueler", "muller", "weis", "oezdemir", "kinderbetreung", "stiftungen",
         "quartiersarbeit", "fordermittel", "ausbildungsbetrieb", "nordstat", "pflegend", "wirkungsmesung")
QUERIES = (
    "Schaefr", "Kinderbetreung", "Stift*", "Kinderbetreuung", '"pflegende Angehörige"', '"Fest in der Strasse"',
    "Beratung", "Ausbildungsbetriebe Schulen", "typ:notiz Fördermittel", "Quartier -Eving", "stadtteil:nordstadt",
    "Wiess", "Özdemir OR Müller", "von:2024-01-01 bis:31.12.2025 Stiftungen",
)


@pytest.fixture
def docs() -> list:
    """The fixture records 40 times over: several posting blocks per frequent term."""
    return [dataclasses.replace(d, ref=RecordRef(d.ref.type, number))
            for number, d in enumerate((d for _ in range(40) for d in FIXTURE_DOCS), start=1)]


@pytest.fixture
def big_index(tmp_path: Path, docs: list):
    with SearchIndex(tmp_path / "search", lock_timeout=1.0) as index:
        build(index, docs)
        yield index


@pytest.fixture
def leaf(big_index: SearchIndex) -> Iterator[Reader]:
    """The big index's one segment, warmed (it has its posting file), read directly with whoosh;
    closed after the test, as open files keep Windows from deleting the temporary folder."""
    big_index.warm()
    with whoosh_store.open_index(big_index.root / index_files.read_marker(big_index.root).folder).reader() as reader:
        yield reader


def posting_files(index: SearchIndex) -> list[Path]:
    return sorted(index.root.glob(f"*/*{posting_file.SUFFIX}*"))


def answers(index: SearchIndex) -> list[tuple]:
    """What the user sees for each query: hits in order with score, snippet and marks, totals, suggestion."""
    found = []
    for query in QUERIES:
        results = index.search(query, limit=30)
        found.append((query, results.total, results.suggestion,
                      [(str(h.ref), round(h.score, 9), h.snippet, h.title_marked, h.fuzzy) for h in results.hits]))
    return found


def without_files(index: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    with monkeypatch.context() as patched:
        patched.setattr(posting_file, "open_for", lambda *_: None)
        index.close()
        return answers(index)


def test_searches_find_the_same_with_a_posting_file(big_index: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    before = without_files(big_index, monkeypatch)
    big_index.close()
    assert big_index.warm() == 1
    assert len(posting_files(big_index)) == 1
    assert answers(big_index) == before
    assert all(hits for _, _, _, hits in before[:6])  # typos, prefixes and phrases found something


def test_posting_file_holds_every_posting_list_whoosh_decodes(big_index: SearchIndex, leaf: Reader) -> None:
    cache = PostingCache()
    cache.use_folder(posting_files(big_index)[0].parent)
    file = cache.file_of(leaf)
    assert file is not None
    checked = 0
    for fieldname in leaf.indexed_field_names():
        if fieldname in posting_file.SKIPPED_FIELDS:
            assert not file.has_field(fieldname)
            continue
        for raw in leaf.lexicon(fieldname):
            text = raw.decode("utf-8")
            decoded, sliced = read_postings(leaf, fieldname, text), cache.get(leaf, fieldname, text)
            assert sliced.ids.tolist() == decoded.ids.tolist(), (fieldname, text)
            assert sliced.weights.tolist() == decoded.weights.tolist(), (fieldname, text)
            checked += 1
    assert checked > 100


def test_typo_candidates_and_prefixes_equal_whooshs_lexicon_walk(big_index: SearchIndex, leaf: Reader,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with_file, walking, small = PostingCache(), PostingCache(), PostingCache()
    with_file.use_folder(posting_files(big_index)[0].parent)
    assert with_file.file_of(leaf) is not None and walking.file_of(leaf) is None

    def answers(cache: PostingCache) -> list:
        return [(cache.terms_within(leaf, fieldname, term, distance, prefix), cache.prefixed(leaf, fieldname, term[:4], 300))
                for term in TYPED for fieldname in ("title", "names", "body") for distance in (1, 2) for prefix in (0, 1, 2)]

    expected = [(set(leaf.terms_within(fieldname, term, distance, prefix=prefix)),
                 tuple(b.decode("utf-8") for b in leaf.expand_prefix(fieldname, term[:4])))
                for term in TYPED for fieldname in ("title", "names", "body") for distance in (1, 2) for prefix in (0, 1, 2)]
    assert answers(with_file) == expected  # from the posting file's sorted terms
    monkeypatch.setattr(whoosh_postings, "SMALL_SEGMENT", 1)
    assert walking.sorted_terms(leaf, "body") is None
    assert answers(walking) == expected  # a big segment without a file: whoosh walks its lexicon file
    monkeypatch.setattr(whoosh_postings, "SMALL_SEGMENT", 10**9)
    assert small.sorted_terms(leaf, "body") is not None
    assert answers(small) == expected  # a small segment: its lexicon read once into a sorted list
    assert sum(bool(near) for near, _ in expected) > 20 and sum(bool(p) for _, p in expected) > 20


def test_added_and_removed_records_are_followed(big_index: SearchIndex, docs: list) -> None:
    big_index.warm()
    gone = next(d for d in docs if d.title == "Gesprächsnotiz Fördermittel")
    new = dataclasses.replace(docs[0], ref=RecordRef.parse("note:9999"), title="Lastenfahrrad für das Quartiersbüro",
                              body="Die Ferienbetreuung leiht ein Lastenfahrrad.")
    big_index.update([new], [gone.ref], 2)
    assert refs(big_index.search("Lastenfahrad")) == ["note:9999"]  # a typo, in the new segment
    assert str(gone.ref) not in refs(big_index.search("Fördermittel", limit=100))
    assert "note:9999" in refs(big_index.search('"leiht ein Lastenfahrrad"'))
    assert len(posting_files(big_index)) == 1  # the big segment's file goes on serving
    assert big_index.status(2).state is IndexState.FRESH


def test_a_rebuilt_index_never_uses_the_old_file(big_index: SearchIndex, docs: list) -> None:
    big_index.warm()
    old = posting_files(big_index)
    renamed = [dataclasses.replace(d, title=d.title.replace("Stiftungstag", "Ehrenamtstag")) for d in docs]
    build(big_index, renamed, generation=2)

    def titles(query: str) -> set[str]:
        return {hit.title for hit in big_index.search(query, limit=100).hits}

    assert "Stiftungstag 2025" not in titles("Stiftungstag") and titles("Ehrenamtstag") == {"Ehrenamtstag 2025"}
    assert not any(path.exists() for path in old)
    assert big_index.warm() == 1
    assert posting_files(big_index) != old
    assert "Stiftungstag 2025" not in titles("Stiftungstag") and titles("Ehrenamtstag") == {"Ehrenamtstag 2025"}


def test_a_stale_or_cut_off_file_is_set_aside(big_index: SearchIndex, tmp_path: Path) -> None:
    big_index.warm()
    written = posting_files(big_index)[0]
    segment_id = written.name.removesuffix(posting_file.SUFFIX)
    docs = big_index.doc_count()
    assert posting_file.open_for(written.parent, segment_id, docs) is not None
    assert posting_file.open_for(written.parent, segment_id, docs + 1) is None  # another segment's count
    assert not written.exists()  # removed: the next warm-up writes it anew
    big_index.close()
    assert big_index.warm() == 1
    data = written.read_bytes()
    written.write_bytes(data[:-8])
    assert posting_file.open_for(written.parent, segment_id, docs) is None
    other = tmp_path / "other"
    other.mkdir()
    (other / f"MAIN_other{posting_file.SUFFIX}").write_bytes(data)
    assert posting_file.open_for(other, "MAIN_other", docs) is None  # copied to another segment's name


def test_the_file_is_no_part_of_the_commit(big_index: SearchIndex) -> None:
    big_index.warm()
    big_index.update([dataclasses.replace(FIXTURE_DOCS[0], body="Nachtrag")], [], 2)
    marker = index_files.read_marker(big_index.root)
    assert not [name for name in marker.files if posting_file.SUFFIX in name]
    for path in posting_files(big_index):
        path.unlink()
    big_index.close()
    assert big_index.status(2).state is IndexState.FRESH  # a missing posting file is no damage


def test_a_stopped_warm_up_leaves_nothing(big_index: SearchIndex) -> None:
    assert big_index.warm(stop=lambda: True) == 0
    assert posting_files(big_index) == []
    asked = []

    def stop_midway() -> bool:
        asked.append(1)
        return len(asked) > 50

    assert big_index.warm(stop=stop_midway) == 0
    assert posting_files(big_index) == [] and len(asked) > 50
    assert not list(big_index.root.glob("*/.*"))  # no half-written file either


def test_terms_beyond_ascii_keep_the_order_the_file_is_searched_in(tmp_path: Path) -> None:
    """The file takes the lexicon's order as it is (UTF-8 bytes sort as code points do, as Python
    compares strings); every look-up bisects in it, so each term must be found in its place."""
    words = "zebra Иванов Ωmega 漢字 𠀀𠀁 apfel Ярослав ğüzel"
    with SearchIndex(tmp_path / "search", lock_timeout=1.0) as index:
        build(index, [SearchDocument(ref=RecordRef.parse("note:1"), title="Zeichen", body=words)])
        assert index.warm() == 1
        cache = PostingCache()
        cache.use_folder(posting_files(index)[0].parent)
        with whoosh_store.open_index(cache.folder).reader() as leaf:
            file = cache.file_of(leaf)
            assert file is not None
            terms = file.terms("body")
            assert terms == sorted(terms) and {"zebra", "иванов", "漢字", "𠀀𠀁"} <= set(terms)
            assert all(cache.get(leaf, "body", text).ids.tolist() == [0] for text in terms)
            assert cache.prefixed(leaf, "body", "я", 10) == ("ярослав",)
