"""Synonyms and abbreviations: every shipped group found both ways, the team's own at once."""

from __future__ import annotations

import datetime as dt

import pytest

from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchDocument, SearchIndex, SearchService
from sic_desktop.search.analysis import term
from sic_desktop.search.query_parser import parse_query
from sic_desktop.search.synonyms import SynonymTable, key, shipped_groups

from .conftest import Network, build, found, refs

GROUPS = shipped_groups()
# Terms made only of stop words or single letters are not in any index („OB“ is „ob“,
# „e.V.“ is „e“ and „V“): typed, they find the others; written, they cannot be found.
UNINDEXED = {t for g in GROUPS for t in g.terms if not any(term(w) for w in t.replace(".", " ").split())}


def test_the_shipped_list_has_a_few_hundred_entries() -> None:
    assert len(GROUPS) >= 200 and sum(len(g.terms) for g in GROUPS) >= 600
    assert {"OB", "e.V.", "§ 16i"} >= UNINDEXED, UNINDEXED


@pytest.fixture(scope="module")
def every_term(tmp_path_factory) -> tuple[SearchIndex, dict[str, list[str]]]:
    """One note per term of every shipped group, its term in a sentence."""
    docs, refs_by_group = [], {}
    for number, group in enumerate(GROUPS):
        for position, written in enumerate(group.terms):
            if written in UNINDEXED:
                continue
            ref = f"note:{number * 100 + position + 1}"
            docs.append(SearchDocument(ref=RecordRef.parse(ref),
                                       title="Gesprächsnotiz", body=f"Heute ging es um {written} im Quartier."))
            refs_by_group.setdefault(group.text, []).append(ref)
    index = SearchIndex(tmp_path_factory.mktemp("synonyms") / "search")
    build(index, docs)
    yield index, refs_by_group
    index.close()


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g.terms[0])
def test_every_term_of_a_shipped_group_finds_the_notes_of_all_others(every_term, group) -> None:
    index, refs_by_group = every_term
    table = SynonymTable(GROUPS)
    expected = set(refs_by_group.get(group.text, ()))
    for written in group.terms:
        hits = refs(index.search(table.expand(parse_query(written)), limit=2000))
        assert expected <= set(hits), f"{written!r} misses {sorted(expected - set(hits))}"


def test_a_term_finds_its_synonym_and_says_so(tmp_path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"),
                           title="Kursprogramm", body="Die Volkshochschule bietet Deutschkurse an."),
            SearchDocument(ref=RecordRef.parse("note:2"), title="Kurzinfo", body="Treffen mit der VHS Nord."),
        ])
        table = SynonymTable(GROUPS)
        hits = index.search(table.expand(parse_query("VHS"))).hits
        assert [str(h.ref) for h in hits] == ["note:2", "note:1"]  # the typed word first
        by_ref = {str(h.ref): h for h in hits}
        assert by_ref["note:1"].found_via == "VHS = Volkshochschule"
        assert by_ref["note:1"].snippet.plain.startswith("gefunden über VHS = Volkshochschule · ")
        assert by_ref["note:2"].found_via is None  # found by the typed word itself
        back = index.search(table.expand(parse_query("Volkshochschulen"))).hits
        assert {str(h.ref) for h in back} == {"note:1", "note:2"}


def test_a_compound_synonym_is_not_found_as_its_parts_apart(tmp_path) -> None:
    """„Pflege“ stands for „Carearbeit“ and „Sorgearbeit“ too; a note that only says „Care“ in one
    place and „Arbeit“ in another is not about them. Typed by the user, the compound still finds
    its parts apart (as „Schuldnerberatung“ finds „Beratung für Schuldner“)."""
    with SearchIndex(tmp_path / "search") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"), title="Vereinbarkeit",
                           body="Sorgearbeit bleibt meist an den Frauen hängen."),
            SearchDocument(ref=RecordRef.parse("note:2"), title="Work & Care Netzwerk",
                           body="Die Arbeit im Quartier geht weiter, die Sorge um das Budget auch."),
        ])
        table = SynonymTable(GROUPS)
        assert refs(index.search(table.expand(parse_query("Pflege")))) == ["note:1"]
        assert set(refs(index.search(table.expand(parse_query("Sorgearbeit"))))) == {"note:1", "note:2"}


def test_a_multi_word_term_is_read_from_the_query_as_one(tmp_path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, [
            SearchDocument(ref=RecordRef.parse("note:1"),
                           title="Beratung", body="Fragen zum Bürgergeld und zur Miete."),
            SearchDocument(ref=RecordRef.parse("note:2"), title="Beratung", body="Antrag nach SGB II gestellt."),
            SearchDocument(ref=RecordRef.parse("note:3"), title="Beratung", body="SGB III, Arbeitslosengeld I."),
        ])
        table = SynonymTable(GROUPS)
        assert set(refs(index.search(table.expand(parse_query("SGB II Beratung"))))) == {"note:1", "note:2"}
        assert set(refs(index.search(table.expand(parse_query("Bürgergeld"))))) == {"note:1", "note:2"}


def test_analysed_keys_let_inflected_terms_meet() -> None:
    assert key("Flüchtlinge") == key("Fluechtling")
    assert key("OB") == ("ob",)  # a stop word keeps its folded form


def test_a_synonym_the_team_adds_works_at_once_without_a_rebuild(service: SearchService, network: Network) -> None:
    network.ws.notes.create(Note(title="Rundgang", note_date=dt.date(2026, 5, 4), text="Treffen im Quartiersbüro Nordstadt wegen der Bänke."))
    folder = service.index.status(network.ws.database.generation())
    assert found(service, "QB Bänke") == []
    network.ws.search_synonyms.replace("QB = Quartiersbüro")
    hits = service.search("QB Bänke").hits
    assert [h.title for h in hits] == ["Rundgang"] and hits[0].found_via == "QB = Quartiersbüro"
    assert service.index.status(network.ws.database.generation()) == folder  # nothing was rebuilt
    network.ws.search_synonyms.replace("")
    assert found(service, "QB Bänke") == []
