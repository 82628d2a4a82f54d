"""German analysis: the same word typed differently gives the same index term."""

from __future__ import annotations

import pytest

from sic_desktop.search.analysis import fold, keyword_key, terms, tokens


def same_terms(a: str, b: str) -> bool:
    return terms(a) == terms(b) and bool(terms(a))


@pytest.mark.parametrize(("written", "searched"), [
    ("Kooperation", "Kooperationen"),
    ("Pflege", "pflegende"),
    ("Pflege", "pflegen"),
    ("Teilnehmer", "Teilnehmende"),
    ("Angehörige", "Angehörigen"),
    ("Stiftung", "Stiftungen"),
    ("Verträge", "Vertrag"),
    ("Frauen", "Frau"),
])
def test_inflected_forms_meet(written: str, searched: str) -> None:
    assert same_terms(written, searched)


@pytest.mark.parametrize(("one", "other"), [
    ("Straße", "Strasse"),
    ("Weiß", "Weiss"),
    ("Müller", "Mueller"),
    ("Müller", "Muller"),
    ("Schäfer", "Schaefer"),
    ("Özdemir", "Oezdemir"),
    ("Gespräch", "Gespraech"),
    ("Çelik", "Celik"),
    ("Yılmaz", "Yilmaz"),
    ("GROSSE", "Größe"),
])
def test_spellings_without_umlaut_or_sharp_s_meet_in_both_directions(one: str, other: str) -> None:
    assert same_terms(one, other)
    assert same_terms(other, one)


def test_ue_that_is_no_umlaut_still_finds_itself() -> None:
    # „aktuell“, „Steuer“: folding is the same on both sides, so nothing is lost.
    for word in ("aktuell", "Steuern", "Feuer", "neue", "Quelle"):
        assert terms(word.lower()) == terms(word.upper())
    assert same_terms("Steuern", "Steuer")


def test_short_words_ending_in_end_keep_their_meaning() -> None:
    assert terms("Jugend Abend Legende") == ["jugend", "abend", "legend"]


def test_stop_words_are_dropped_also_when_typed_without_umlaut() -> None:
    assert terms("für die Kinder") == terms("fuer die Kinder") == terms("Kinder")
    assert terms("über dass") == []


def test_tokens_keep_the_original_text_positions() -> None:
    text = "Die Pflegenden, bitte!"
    found = list(tokens(text))
    assert [text[t.start:t.end] for t in found] == ["Pflegenden", "bitte"]
    assert found[0].term == terms("Pflege")[0]


def test_keywords_compare_regardless_of_case_spacing_and_umlaut() -> None:
    assert keyword_key("  Work &  Care ") == keyword_key("work & care")
    assert keyword_key("Fördermittel") == keyword_key("Foerdermittel")
    assert "," not in keyword_key("a, b")
    assert fold("Straße") == fold("STRASSE")
