"""What a user finds: each search rule on the German fixture records."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search import SearchIndex

from .conftest import refs


@pytest.mark.parametrize(("query", "expected"), [
    # Stemming, compound prefixes and Umlaut/ß spellings, index and query alike.
    ("Kinderbetreuung Pflege", ["note:1"]),
    ("Kooperation", ["organisation:2", "note:2"]),
    ("pflegende", ["note:1", "person:1"]),
    ("Angehöriger", ["note:1"]),
    ("Strasse", ["organisation:1", "note:2"]),
    ("Straße", ["organisation:1", "note:2"]),
    ("Mueller", ["organisation:1"]),
    ("Schaefer", ["person:1", "note:1"]),
    ("Oezdemir", ["person:2"]),
    ("Weiss", ["note:3"]),
    ("Ausbildungsbetrieb", ["cooperation:2", "organisation:1"]),
    ("Stiftungen", ["cooperation:1"]),
])
def test_words_find_their_forms(shared_index: SearchIndex, query: str, expected: list[str]) -> None:
    assert sorted(refs(shared_index.search(query))) == sorted(expected)


def test_compound_parts_are_found_by_their_start(shared_index: SearchIndex) -> None:
    # The note says „Kinderbetreuungsangebote“, nobody types that.
    assert refs(shared_index.search("Kinderbetreuung")) == ["note:1"]
    assert refs(shared_index.search("Ferienbetreuung")) == ["note:3"]


def test_names_are_found_with_a_typo_below_exact_hits(shared_index: SearchIndex) -> None:
    results = shared_index.search("Schaefr")
    assert set(refs(results)) == {"person:1", "note:1"}
    assert all(hit.fuzzy for hit in results.hits)
    assert str(results.hits[0].ref) == "person:1"  # the name is the title there
    assert "<b>Schäfer</b>" in results.hits[0].title_marked.html
    exact = shared_index.search("Schäfer")
    assert not any(hit.fuzzy for hit in exact.hits)


def test_typo_matches_stay_below_exact_ones(shared_index: SearchIndex) -> None:
    # „Wiess“ is exactly nothing and one edit from „Weiß“; „Marten“ matches exactly.
    results = shared_index.search("Wiess OR Marten")
    exact = [h for h in results.hits if not h.fuzzy]
    fuzzy = [h for h in results.hits if h.fuzzy]
    assert exact and fuzzy
    assert min(h.score for h in exact) > max(h.score for h in fuzzy)
    assert "note:3" in refs(results)


@pytest.mark.parametrize(("query", "expected"), [
    ("typ:notiz", ["note:1", "note:2", "note:3", "note:4"]),
    ("typ:org", ["organisation:1", "organisation:2"]),
    ("typ:kontakt", ["person:1", "person:2"]),
    ("typ:kooperation", ["cooperation:1", "cooperation:2"]),
    ('themenfeld:"Work & Care"', ["note:1", "person:1"]),
    ("themenfeld:stiftungen", ["cooperation:1"]),
    ("sektor:wissenschaft", ["organisation:2"]),
    ("sektor:Zivilgesellschaft", ["person:1", "cooperation:1"]),
    ("status:pilot", ["cooperation:1"]),
    ("status:Umsetzung", ["cooperation:2"]),
    ("tag:Foerdermittel", ["note:3"]),
    ("tag:Aus*", ["organisation:1"]),
    ("stadtteil:nordstadt", ["note:1", "person:2"]),
    ("stadtteil:MARTEN", ["organisation:1", "cooperation:2"]),
    ("art:workshopprotokoll", ["note:1"]),
    ("art:Reflexionsgespräch", ["note:2"]),
    ("art:gespraechsnotiz", ["note:3"]),
    ("art:idee", ["note:4"]),
])
def test_every_field_filter(shared_index: SearchIndex, query: str, expected: list[str]) -> None:
    assert sorted(refs(shared_index.search(query))) == sorted(expected)


@pytest.mark.parametrize(("query", "expected"), [
    ("von:2025-01-01", ["note:1", "cooperation:1", "note:4"]),
    ("bis:31.12.2024", ["note:2", "note:3", "cooperation:2"]),
    ("von:01.01.2024 bis:2024-12-31", ["note:2", "cooperation:2"]),
    ("von:2024-11-05 bis:2024-11-05", ["note:2"]),
    ("von:06.11.2024 bis:2025-03-11", []),
    ("von:2025-03 bis:2025-06", ["note:1", "cooperation:1"]),
    ("typ:notiz von:2025", ["note:1", "note:4"]),
])
def test_date_ranges_german_and_iso(shared_index: SearchIndex, query: str,
                                    expected: list[str]) -> None:
    assert sorted(refs(shared_index.search(query))) == sorted(expected)


def test_undated_records_are_outside_every_date_range(shared_index: SearchIndex) -> None:
    assert "person:1" not in refs(shared_index.search("Schäfer von:1900"))


def test_phrase_needs_the_words_in_order(shared_index: SearchIndex) -> None:
    assert refs(shared_index.search('"pflegende Angehörige"')) == ["note:1"]
    assert refs(shared_index.search('"Angehörige pflegende"')) == []
    assert refs(shared_index.search('"Beruf Familie"')) == ["note:1"]  # „und“ is no word


def test_or_finds_either(shared_index: SearchIndex) -> None:
    assert sorted(refs(shared_index.search("Sprachkurse OR Lehrlinge"))) == [
        "organisation:1", "person:2"]


def test_minus_excludes(shared_index: SearchIndex) -> None:
    assert refs(shared_index.search("Kooperation -Schulen")) == ["organisation:2"]
    assert "note:1" not in refs(shared_index.search("-Kinderbetreuung"))
    assert sorted(refs(shared_index.search("Schäfer -typ:kontakt"))) == ["note:1"]


def test_explicit_prefix(shared_index: SearchIndex) -> None:
    assert sorted(refs(shared_index.search("Reflex*"))) == ["note:2"]
    assert sorted(refs(shared_index.search("Ko*"))) == ["note:2", "organisation:2", "person:1"]


@pytest.mark.parametrize("query", [
    '"unclosed', "typ:", "OR", "-", "***", "typ:xyz Pflege", "von:gestern", "((", "a:b:c",
    'themenfeld:"Work & Care', "-OR", "„", "bis:31.02.2025",
])
def test_malformed_queries_never_raise(shared_index: SearchIndex, query: str) -> None:
    shared_index.search(query)


QUERY_PIECES = st.sampled_from([
    "Pflege", "Schaefr", "Kinder*", "-", "*", '"', "„", "OR", "ODER", "typ:", "notiz",
    "von:", "bis:", "2025", "31.12.", "tag:", "art:", "status:", "themenfeld:", "(", ":",
    " ", "ä", "ß", "x", "Dortmund", "e", "-typ:org", "sektor:wirtschaft",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(QUERY_PIECES, max_size=8).map("".join))
def test_any_query_searches_without_error(shared_index: SearchIndex, query: str) -> None:
    results = shared_index.search(query, limit=5)
    assert results.total >= len(results.hits)


def test_unknown_filter_value_is_searched_as_words(shared_index: SearchIndex) -> None:
    results = shared_index.search("typ:Werkstatt")
    assert results.unrecognized == ("typ:Werkstatt",)
    assert results.hits == ()


def test_title_and_names_weigh_more_than_body(tmp_path) -> None:
    from sic_desktop.search import SearchDocument

    from .conftest import build
    with SearchIndex(tmp_path / "s") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"), title="Protokoll", body="Thema: Sprachkurse"),
            SearchDocument(ref=RecordRef.parse("note:2"), title="Protokoll", names=("Sprachkurse e.V.",)),
            SearchDocument(ref=RecordRef.parse("note:3"), title="Sprachkurse"),
        ])
        assert refs(index.search("Sprachkurse")) == ["note:3", "note:2", "note:1"]


def test_exact_word_ranks_above_compound_start(tmp_path) -> None:
    from sic_desktop.search import SearchDocument

    from .conftest import build
    with SearchIndex(tmp_path / "s") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"), title="Protokoll", body="Kinderbetreuungsangebote"),
            SearchDocument(ref=RecordRef.parse("note:2"), title="Protokoll", body="Kinderbetreuung"),
        ])
        assert refs(index.search("Kinderbetreuung")) == ["note:2", "note:1"]


def test_newer_notes_rank_slightly_higher(tmp_path) -> None:
    import datetime as dt

    from sic_desktop.search import SearchDocument

    from .conftest import build
    same = {"title": "Netzwerktreffen", "body": "Wirkungsmessung besprochen"}
    with SearchIndex(tmp_path / "s") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"), updated=dt.datetime(2025, 11, 1), **same),
            SearchDocument(ref=RecordRef.parse("note:2"), updated=dt.datetime(2019, 1, 1), **same),
            SearchDocument(ref=RecordRef.parse("note:3"), title="Wirkungsmessung", body="",
                           updated=dt.datetime(2019, 1, 1)),
        ])
        results = index.search("Wirkungsmessung")
        # the title hit stays first: recency only nudges
        assert refs(results) == ["note:3", "note:1", "note:2"]


def test_snippet_marks_hits_and_escapes_html(shared_index: SearchIndex) -> None:
    hit = shared_index.search("Pflege").hits[0]
    assert str(hit.ref) == "note:1"
    assert "<b>Pflegende</b> Angehörige" in hit.snippet.html
    assert "Pflegende Angehörige" in hit.snippet.plain
    assert "<b>" not in hit.snippet.plain
    assert [s.text for s in hit.snippet.spans if s.hit] == ["Pflegende"]
    escaped = shared_index.search("Mentoring").hits[0].snippet.html
    assert "&lt;<b>Mentoring</b> &amp; Austausch&gt;" in escaped


def test_snippet_falls_back_to_names_then_to_the_start(shared_index: SearchIndex) -> None:
    by_name = shared_index.search("Caritasverband typ:notiz").hits[0]
    assert "<b>Caritasverband</b>" in by_name.snippet.html
    by_title = shared_index.search("Idee").hits[0]
    assert str(by_title.ref) == "note:4"
    assert by_title.snippet.plain.startswith("Neue Formate")
    assert "<b>Idee</b>" in by_title.title_marked.html


def test_results_know_type_id_and_counts(shared_index: SearchIndex) -> None:
    results = shared_index.search("Dortmund")
    assert results.total == len(results.hits) == 4
    assert results.counts_by_type == {"note": 1, "person": 1, "cooperation": 1,
                                      "organisation": 1}
    grouped = results.by_type()
    assert list(grouped) == ["organisation", "person", "cooperation", "note"]
    row = grouped["organisation"][0].as_dict()
    assert (row["type"], row["id"]) == ("organisation", 2)
    assert row["title"] == "Technische Universität Dortmund"
    assert {"type", "id", "title", "score", "snippet"} <= set(row)


def test_type_filter_keeps_counts_of_all_types(shared_index: SearchIndex) -> None:
    results = shared_index.search("Dortmund", types={RecordType.ORGANISATION, RecordType.PERSON})
    assert sorted(refs(results)) == ["organisation:2", "person:1"]
    assert results.total == 2
    assert results.counts_by_type["note"] == 1


def test_limit(shared_index: SearchIndex) -> None:
    results = shared_index.search("Dortmund", limit=2)
    assert len(results.hits) == 2 and results.total == 4


def test_a_typo_in_the_text_finds_it_and_did_you_mean_names_the_spelling(shared_index: SearchIndex) -> None:
    results = shared_index.search("Erwartungsmanagment typ:notiz")
    assert [(str(h.ref), h.fuzzy) for h in results.hits] == [("note:2", True)]
    assert shared_index.suggest("Erwartungsmanagment typ:notiz") == "Erwartungsmanagement typ:notiz"
    assert shared_index.suggest("Kinderbetreung") is None  # found via its start already
    assert shared_index.search("Zzzyxq").suggestion is None


def test_suggestion_keeps_the_spelling_of_the_document(shared_index: SearchIndex) -> None:
    assert shared_index.suggest("Foerdermitel") == "Fördermittel"
