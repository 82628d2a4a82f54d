"""Snippets: a readable stretch around the first hit, marked for window and CLI."""

from __future__ import annotations

from sic_desktop.search.analysis import terms
from sic_desktop.search.snippets import highlight_all, highlight_window, leading

LONG = ("Einleitung " * 40) + "Zum Schluss ging es um pflegende Angehörige und die Pflege. " + (
    "Ausblick " * 40)


def test_window_starts_shortly_before_the_first_hit_at_a_word() -> None:
    snippet = highlight_window(LONG, set(terms("Pflege")))
    assert snippet.plain.startswith("… Einleitung")
    assert snippet.plain.endswith("…")
    assert len(snippet.plain) < 240
    assert [s.text for s in snippet.spans if s.hit] == ["pflegende", "Pflege"]
    assert "Einleitu " not in snippet.plain  # no cut words


def test_no_hit_gives_none_and_the_caller_shows_the_start() -> None:
    assert highlight_window(LONG, {"nirgends"}) is None
    start = leading(LONG)
    assert start.plain.startswith("Einleitung") and not start.has_hits
    assert leading("").plain == ""


def test_line_breaks_become_spaces() -> None:
    snippet = highlight_window("Erste Zeile\n\nPflege in\tZeile drei", set(terms("Pflege")))
    assert snippet.plain == "Erste Zeile Pflege in Zeile drei"


def test_html_is_escaped_and_hits_bold() -> None:
    snippet = highlight_all("Müller & Söhne <GmbH>", set(terms("Mueller")))
    assert snippet.html == "<b>Müller</b> &amp; Söhne &lt;GmbH&gt;"
    assert snippet.plain == "Müller & Söhne <GmbH>"
