"""The parts that lean on whoosh internals or clever encodings, checked directly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchIndex, index_files, whoosh_store
from sic_desktop.search.date_terms import cover_range, terms_for_date
from sic_desktop.search.whoosh_imports import Reader
from sic_desktop.search.whoosh_postings import PostingCache, read_positions, read_postings

from .conftest import FIXTURE_DOCS, build

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def only_segment(index: SearchIndex) -> Iterator[Reader]:
    """The reader of the index's single segment, opened straight from its folder; closed at the end."""
    folder = index.root / index_files.read_marker(index.root).folder
    with whoosh_store.open_index(folder).reader() as reader:
        assert reader.is_atomic()
        yield reader


def public_postings(leaf, fieldname: str, text: str) -> list[tuple[int, float]]:
    matcher = leaf.postings(fieldname, text)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight()))
        matcher.next()
    return found


def test_bulk_postings_equal_whooshs_public_interface(tmp_path: Path) -> None:
    # Enough documents for several posting blocks per term, and some deletions.
    docs = [dataclasses.replace(d, ref=RecordRef(d.ref.type, i))
            for i, d in enumerate(d for _ in range(40) for d in FIXTURE_DOCS)]
    with SearchIndex(tmp_path / "s") as index:
        build(index, docs)
        index.update([], [docs[0].ref, docs[15].ref, docs[200].ref], 2)
        with only_segment(index) as leaf:
            deleted = set(leaf.segment().deleted_docs())
            assert deleted
            checked = 0
            for fieldname in ("title", "names", "body", "type", "period"):
                for raw in leaf.lexicon(fieldname):
                    text = raw.decode("utf-8")
                    bulk = read_postings(leaf, fieldname, text)
                    live = [(d, w) for d, w in zip(bulk.ids, bulk.weights, strict=False) if d not in deleted]
                    assert live == public_postings(leaf, fieldname, text), (fieldname, text)
                    checked += 1
            assert checked > 50
            ids = set(read_postings(leaf, "body", "kinderbetreuungsangebot").ids)
            positions = read_positions(leaf, "body", "kinderbetreuungsangebot", ids)
            assert set(positions) == ids and all(p == [3] for p in positions.values())


def test_posting_cache_stays_within_its_budget(index: SearchIndex) -> None:
    cache = PostingCache(budget=3)
    with only_segment(index) as leaf:
        for text in ("note", "person", "organisation", "cooperation"):
            cache.get(leaf, "type", text)
        assert cache.size <= 3
        assert cache.get(leaf, "type", "cooperation").ids.tolist() == [3, 8]


@settings(max_examples=100, deadline=None)
@given(st.dates(dt.date(2023, 1, 1), dt.date(2026, 12, 31)),
       st.dates(dt.date(2023, 1, 1), dt.date(2026, 12, 31)),
       st.booleans(), st.booleans())
def test_date_cover_matches_exactly_the_days_of_the_range(a, b, open_start, open_end) -> None:
    start, end = min(a, b), max(a, b)
    cover = cover_range(None if open_start else start, None if open_end else end)
    terms = set(cover.terms)
    if cover.years:
        terms |= {f"y{y:04d}" for y in range(max(cover.years[0], 2022),
                                             min(cover.years[1], 2027) + 1)}
    day = dt.date(2022, 12, 1)
    while day <= dt.date(2027, 1, 31):
        inside = (open_start or day >= start) and (open_end or day <= end)
        assert bool(terms & set(terms_for_date(day))) == inside, day
        day += dt.timedelta(days=1)


def test_importing_whoosh_shows_none_of_its_known_warnings(tmp_path: Path) -> None:
    # A fresh bytecode cache makes Python compile whoosh again, which is when it warns.
    script = (
        "from sic_desktop.core.record_ref import RecordRef\n"
        "from sic_desktop.search import SearchIndex, SearchDocument\n"
        "import sys\n"
        "ix = SearchIndex(sys.argv[1])\n"
        "list(ix.rebuild([SearchDocument(ref=RecordRef.parse('note:1'), title='Schäfer')], 1))\n"
        "ix.search('Schaefr OR \"a b\" OR x* von:2020'); ix.suggest('Schaefr'); ix.optimize()\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error::SyntaxWarning", "-W", "error::DeprecationWarning",
         "-c", script, str(tmp_path / "s")],
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(tmp_path / "pyc")},
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
