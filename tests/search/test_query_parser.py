"""Reading the query language: every rule, every alias, and no input that breaks it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sic_desktop.search.help_text import search_help_examples, search_help_text
from sic_desktop.search.query_parser import (
    AllOf,
    AnyOf,
    DateRange,
    FieldFilter,
    Not,
    Phrase,
    Word,
    parse_query,
)


def root(text: str):
    return parse_query(text).root


def test_words_must_all_match() -> None:
    assert root("Kinderbetreuung Pflege") == AllOf((Word("Kinderbetreuung"), Word("Pflege")))


def test_quoted_text_is_a_phrase_also_with_german_quotes() -> None:
    assert root('"pflegende Angehörige"') == Phrase("pflegende Angehörige")
    assert root("„Arbeit im Quartier“") == Phrase("Arbeit im Quartier")


def test_or_binds_tighter_than_the_implicit_and() -> None:
    assert root("Pflege OR Betreuung Nordstadt") == AllOf((
        AnyOf((Word("Pflege"), Word("Betreuung"))), Word("Nordstadt"),
    ))
    assert root("Pflege ODER Betreuung") == AnyOf((Word("Pflege"), Word("Betreuung")))


def test_minus_excludes_words_phrases_and_filters() -> None:
    assert root("Stiftung -Stiftungstag") == AllOf((Word("Stiftung"), Not(Word("Stiftungstag"))))
    assert root('-"Work & Care"') == Not(Phrase("Work & Care"))
    assert root("-typ:notiz") == Not(FieldFilter("type", "note"))


def test_star_asks_for_a_prefix() -> None:
    assert root("Koop*") == Word("Koop", prefix=True)


@pytest.mark.parametrize(("typed", "stored"), [
    ("typ:notiz", "note"), ("typ:Notizen", "note"), ("typ:organisation", "organisation"),
    ("typ:org", "organisation"), ("typ:kontakt", "person"), ("typ:Person", "person"),
    ("typ:kooperation", "cooperation"), ("typ:Kooperationen", "cooperation"),
])
def test_type_aliases(typed: str, stored: str) -> None:
    assert root(typed) == FieldFilter("type", stored)


@pytest.mark.parametrize(("typed", "expected"), [
    ("art:workshopprotokoll", FieldFilter("kind", "workshopprotokoll")),
    ("art:Reflexionsgespräch", FieldFilter("kind", "reflexionsgespraech")),
    ("art:reflexionsgespraech", FieldFilter("kind", "reflexionsgespraech")),
    ("art:Gesprächsnotiz", FieldFilter("kind", "gespraechsnotiz")),
    ('art:"Lessons Learned"', FieldFilter("kind", "lessons_learned")),
    ("status:PILOT", FieldFilter("status", "pilot")),
    ("status:Verstetigt", FieldFilter("status", "verstetigt")),
    ("sektor:Wissenschaft", FieldFilter("sector", "wissenschaft")),
    ("sektor:ZIVILGESELLSCHAFT", FieldFilter("sector", "zivilgesellschaft")),
    ('themenfeld:"Work & Care"', FieldFilter("themes", "work & care")),
    ("tag:Fördermittel", FieldFilter("tags", "fordermittel")),
    ("tag:Foerdermittel", FieldFilter("tags", "fordermittel")),
    ("tag:Förder*", FieldFilter("tags", "forder", prefix=True)),
    ("stadtteil:nordstadt", FieldFilter("district", "nordstadt")),
    ("Stadtteil:Nordstadt", FieldFilter("district", "nordstadt")),
])
def test_field_filters(typed: str, expected: FieldFilter) -> None:
    assert root(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("von:2025-01-01", DateRange(start=dt.date(2025, 1, 1))),
    ("von:1.3.2025", DateRange(start=dt.date(2025, 3, 1))),
    ("bis:31.12.2025", DateRange(end=dt.date(2025, 12, 31))),
    ("bis:2024", DateRange(end=dt.date(2024, 12, 31))),
    ("von:2024", DateRange(start=dt.date(2024, 1, 1))),
    ("bis:02.2024", DateRange(end=dt.date(2024, 2, 29))),
    ("bis:2025-06", DateRange(end=dt.date(2025, 6, 30))),
    ("ab:15.01.25", DateRange(start=dt.date(2025, 1, 15))),
])
def test_german_and_iso_dates(typed: str, expected: DateRange) -> None:
    assert root(typed) == expected


def test_from_and_to_become_one_range() -> None:
    assert root("von:2025-01-01 Pflege bis:31.12.2025") == AllOf((
        DateRange(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), Word("Pflege"),
    ))


@pytest.mark.parametrize(("typed", "unrecognized", "words"), [
    ("typ:xyz", ("typ:xyz",), ["typ", "xyz"]),
    ("status:toll Pflege", ("status:toll",), ["status", "toll", "Pflege"]),
    ("von:gestern", ("von:gestern",), ["von", "gestern"]),
    ("bis:31.02.2025", ("bis:31.02.2025",), ["bis", "31", "02", "2025"]),
    ('"offene Phrase', ('"',), ["offene", "Phrase"]),
    ("OR Pflege OR", ("OR", "OR"), ["Pflege"]),
    ("themenfeld:", ("themenfeld:",), ["themenfeld"]),
])
def test_malformed_parts_are_read_as_plain_words(typed, unrecognized, words) -> None:
    parsed = parse_query(typed)
    assert parsed.unrecognized == unrecognized
    assert [w.text for w in parsed.positive_words()] == words


def test_colons_that_are_no_filter_are_words() -> None:
    parsed = parse_query("10:30 Uhr")
    assert parsed.unrecognized == ()
    assert [w.text for w in parsed.positive_words()] == ["10", "30", "Uhr"]


def test_nothing_to_search_gives_no_root() -> None:
    for text in ("", "   ", "-", "*", "OR", '""', "()"):
        assert parse_query(text).root is None


def test_word_spans_point_into_the_query_text() -> None:
    text = 'typ:notiz "a b" Schaefr -x'
    word = parse_query(text).positive_words()[0]
    assert text[word.span[0]:word.span[1]] == "Schaefr"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab -*:"„“()ORDEtypvnbis0123.ä'), max_size=40))
def test_any_input_is_read_without_error(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.text == text


def test_every_help_example_is_understood() -> None:
    for example in search_help_examples():
        parsed = parse_query(example)
        assert parsed.root is not None and parsed.unrecognized == (), example


def test_help_text_is_german_html_with_the_examples() -> None:
    text = search_help_text()
    assert text.startswith("<h3>So suchen Sie</h3>")
    assert "themenfeld:&quot;Work &amp; Care&quot;" in text
    assert "Tippfehler" in text
