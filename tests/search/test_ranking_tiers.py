"""Ranking in a bigger collection: names above mentions, titles above passing words, newer first."""

from __future__ import annotations

import datetime as dt

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.search import SearchDocument, SearchIndex

from .conftest import build, refs

MENTIONS = tuple(
    SearchDocument(
        ref=RecordRef.parse(f"note:{n}"), title=f"Gesprächsnotiz {n}", names=("Jens Schäfer", "Stadtteilbüro Eving"),
        body=f"Herr Schäfer berichtet vom Stand der Planung ({n}). Rückruf bei Schäfer vereinbart.",
        date=dt.date(2026, 1, 1) + dt.timedelta(days=n), updated=dt.datetime(2026, 1, 1, 10) + dt.timedelta(days=n),
    )
    for n in range(1, 81)  # more than the candidates ranked by text score (50)
)
PEOPLE = (
    SearchDocument(ref=RecordRef.parse("person:1"),
                   title="Jens Schäfer", names=("Stadtteilbüro Eving",), body="Quartiersmanager"),
    SearchDocument(ref=RecordRef.parse("organisation:1"), title="Schäfer Gartenbau GmbH", body="Pflegt Grünflächen."),
)


def test_a_person_named_with_a_typo_ranks_above_the_notes_that_mention_it(tmp_path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, [*PEOPLE, *MENTIONS])  # the notes are newer documents
        found = refs(index.search("Schaefr", limit=10))
        assert set(found[:2]) == {"person:1", "organisation:1"}
        assert refs(index.search("Jens Schaefr", limit=10))[0] == "person:1"


def test_a_person_named_exactly_ranks_above_notes_that_mention_the_name_often(tmp_path) -> None:
    with SearchIndex(tmp_path / "search") as index:
        build(index, [*PEOPLE, *MENTIONS])
        assert refs(index.search("Jens Schäfer", limit=5))[0] == "person:1"
        assert set(refs(index.search("Schäfer", limit=5))[:2]) == {"person:1", "organisation:1"}


def test_a_note_about_a_thing_ranks_above_notes_that_mention_it_in_passing(tmp_path) -> None:
    passing = tuple(
        SearchDocument(ref=RecordRef.parse(f"note:{n}"), title="Quartiersrundgang Nordstadt",
                       body="Wir sprachen über Spielplätze, Müll, Ladenlokale, Parkplätze und die Bänke am Markt.",
                       updated=dt.datetime(2026, 4, n, 9, 0))
        for n in range(2, 8)
    )
    about = SearchDocument(ref=RecordRef.parse("note:1"), title="Leerstehende Ladenlokale", body="Liste der Adressen.",
                           updated=dt.datetime(2024, 1, 5, 9, 0))
    with SearchIndex(tmp_path / "search") as index:
        build(index, [about, *passing])
        assert refs(index.search("Ladenlokale"))[0] == "note:1"


def test_among_equals_the_newer_note_comes_first(tmp_path) -> None:
    text = "Stiftungstag: Stände und Zeitplan besprochen."
    older = SearchDocument(ref=RecordRef.parse("note:1"),
                           title="Vorbereitung", body=text, updated=dt.datetime(2025, 2, 1, 9, 0))
    newer = SearchDocument(ref=RecordRef.parse("note:2"),
                           title="Vorbereitung", body=text, updated=dt.datetime(2026, 2, 1, 9, 0))
    with SearchIndex(tmp_path / "search") as index:
        build(index, [newer, older])  # the older one indexed last: the date decides, not the order
        assert refs(index.search("Stiftungstag")) == ["note:2", "note:1"]


def test_a_title_that_holds_the_word_in_a_compound_ranks_above_a_passing_mention(tmp_path) -> None:
    garden = SearchDocument(ref=RecordRef.parse("note:1"),
                            title="Gemeinschaftsgarten am Hoeschpark", body="Hochbeete gesucht.",
                            updated=dt.datetime(2024, 5, 1, 9, 0))
    passing = SearchDocument(ref=RecordRef.parse("note:2"),
                             title="Rundgang", body="Vorbei am Garten der Kita zum Markt.",
                             updated=dt.datetime(2026, 5, 1, 9, 0))
    with SearchIndex(tmp_path / "search") as index:
        build(index, [garden, passing])
        assert refs(index.search("Garten")) == ["note:1", "note:2"]
