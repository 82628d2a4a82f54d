"""Compounds: a part finds the whole, at its start, in its middle and at its end."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchDocument, SearchIndex
from sic_desktop.search.analysis import term, terms
from sic_desktop.search.compounds import parts

from .conftest import build, refs

WORDS_FILE = Path(__file__).resolve().parents[2] / "resources" / "search" / "compound_words.txt.gz"


def split(word: str) -> set[str]:
    return set(parts(word))


@pytest.mark.parametrize(("compound", "expected"), [
    ("Schuldnerberatungsstelle", {"Schuldner", "Beratung", "Stelle"}),  # start, middle, end
    ("Gemeinschaftsgarten", {"Gemeinschaft", "Garten"}),  # linking s
    ("Frauenhaus", {"Frau", "Haus"}),  # linking en
    ("Familienzentrum", {"Familie", "Zentrum"}),  # linking n
    ("Arbeitsamt", {"Arbeit", "Amt"}),  # linking s, not „Arbeit|samt“
    ("Stiftungstag", {"Stiftung", "Tag"}),
    ("Bundesagentur", {"Bund", "Agentur"}),  # linking es
    ("Jahresbericht", {"Jahr", "Bericht"}),  # linking es
    ("Kinderbetreuungsangebote", {"Kinder", "Betreuung", "Angebot"}),
    ("Schulsozialarbeit", {"Schule", "Sozialarbeit"}),  # „Schule“ drops its e
    ("Fördermittel", {"Förderung", "Mittel"}),
    ("Ehrenamt", {"Ehre", "Amt"}),
])
def test_compounds_yield_their_parts(compound: str, expected: set[str]) -> None:
    assert {term(w) for w in expected} <= split(compound)


@pytest.mark.parametrize("word", [
    "Beruf", "Wirtschaft", "Gesellschaft", "Verwaltung", "Ausbildung", "Unternehmen",
    "Einrichtung", "Beratung", "Pflege", "Kita", "Amt",
])
def test_short_and_derived_words_stay_whole(word: str) -> None:
    assert split(word) == set()


def test_the_shipped_word_list_matches_the_analysis() -> None:
    """After a change of the analysis, tools/make_compound_words.py must be run again.
    (The file lists folded spellings; stemming „baur“ is not always stemming „Bauer“,
    so a few in a thousand differ by design.)"""
    with gzip.open(WORDS_FILE, "rt", encoding="utf-8") as text:
        sample = [line.rstrip("\n").split("\t") for line in text][::7]
    assert len(sample) > 15_000
    differing = [(folded, stored) for folded, stored in sample if term(folded) != stored]
    assert len(differing) < len(sample) // 100, differing[:20]


COMPOUND_NOTES = (
    SearchDocument(ref=RecordRef.parse("note:1"),
                   title="Sprechstunde", body="Die Schuldnerberatungsstelle im Rathaus öffnet dienstags."),
    SearchDocument(ref=RecordRef.parse("note:2"),
                   title="Quartiersrundgang", body="Der Gemeinschaftsgarten in Marten sucht Helfende."),
    SearchDocument(ref=RecordRef.parse("note:3"),
                   title="Telefonat", body="Beratung zur Miete, danach ein Besuch im Garten der Kita."),
    SearchDocument(ref=RecordRef.parse("note:4"),
                   title="Protokoll", body="Das Frauenhaus braucht Plätze; Rückruf bei der Stelle."),
    SearchDocument(ref=RecordRef.parse("note:5"),
                   title="Aktennotiz", body="Beratung für Schuldner im Stadtteil, jeden Montag."),
    SearchDocument(ref=RecordRef.parse("note:6"),
                   title="Berufsorientierung", body="Ein Beruf mit Zukunft: Ausbildung in der Pflege."),
)


@pytest.fixture(scope="module")
def compound_index(tmp_path_factory) -> SearchIndex:
    index = SearchIndex(tmp_path_factory.mktemp("compounds") / "search")
    build(index, COMPOUND_NOTES)
    yield index
    index.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("Schuldner", "note:1"),  # the start
    ("Stelle", "note:1"),  # the end
    ("Gemeinschaft", "note:2"),
    ("Frauen", "note:4"),
])
def test_a_part_finds_the_whole(compound_index: SearchIndex, query: str, expected: str) -> None:
    assert expected in refs(compound_index.search(query))


def test_a_part_in_the_middle_finds_the_whole_below_the_whole_word(compound_index: SearchIndex) -> None:
    found = refs(compound_index.search("Beratung"))
    assert set(found) == {"note:1", "note:3", "note:5"}
    assert found.index("note:1") > max(found.index("note:3"), found.index("note:5"))


def test_part_hits_rank_below_whole_word_hits(compound_index: SearchIndex) -> None:
    assert refs(compound_index.search("Garten")) == ["note:3", "note:2"]


def test_a_compound_typed_as_two_words_finds_it(compound_index: SearchIndex) -> None:
    assert refs(compound_index.search("Gemeinschafts Garten")) == ["note:2"]


def test_a_compound_in_the_query_finds_its_parts_written_apart(compound_index: SearchIndex) -> None:
    found = refs(compound_index.search("Schuldnerberatung"))
    assert found[0] == "note:1" and "note:5" in found


def test_short_words_are_no_parts(compound_index: SearchIndex) -> None:
    assert refs(compound_index.search("Ruf")) == []
    assert refs(compound_index.search("Bildung")) == []
    assert refs(compound_index.search("Orientierung")) == ["note:6"]  # „Beruf|s|orientierung“


def test_the_snippet_marks_the_compound_that_holds_the_part(compound_index: SearchIndex) -> None:
    hit = compound_index.search("Garten").hits[1]
    assert "<b>Gemeinschaftsgarten</b>" in hit.snippet.html


def test_index_terms_of_a_compound_keep_its_whole_form() -> None:
    assert terms("Gemeinschaftsgarten") == [term("Gemeinschaftsgarten")]
