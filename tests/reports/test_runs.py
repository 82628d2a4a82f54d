"""Text runs become safe Paragraph markup, and long texts are cut without losing a letter."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from sic_desktop.core.dates import format_date, format_datetime
from sic_desktop.pdf_fonts import SANS, SANS_BOLD
from sic_desktop.reports.glyphs import GlyphCheck
from sic_desktop.reports.pdf_dates import pdf_date
from sic_desktop.reports.runs import Run, chunks, to_markup

runs_strategy = st.lists(
    st.builds(Run, text=st.text(alphabet="ab \n", max_size=40), bold=st.booleans(), italic=st.booleans()),
    max_size=8,
)


def styled_characters(runs: list[Run]) -> list[tuple[str, bool, bool]]:
    return [(ch, run.bold, run.italic) for run in runs for ch in run.text if ch != "\n"]


@given(runs=runs_strategy, limit=st.integers(min_value=1, max_value=30))
def test_chunks_keep_every_character_in_its_style_and_respect_the_limit(runs, limit):
    pieces = chunks(runs, limit)

    assert all(sum(len(run.text) for run in piece) <= limit for piece in pieces)
    assert [c for piece in pieces for c in styled_characters(piece)] == styled_characters(runs)


@given(runs=runs_strategy)
def test_chunks_end_at_line_breaks_when_lines_are_short(runs):
    text = "".join(run.text for run in runs)
    limit = max(len(line) for line in text.split("\n"))
    limit = max(limit, 1)

    pieces = chunks(runs, limit)

    assert "\n".join("".join(run.text for run in piece) for piece in pieces) == text


def test_markup_escapes_user_text(coverage):
    markup = to_markup([Run("<b>Müller & Söhne</b>\nZeile 2")], GlyphCheck(coverage), SANS)

    assert markup == "&lt;b&gt;Müller &amp; Söhne&lt;/b&gt;<br/>Zeile 2"


def test_markup_adds_only_the_styles_the_paragraph_lacks(coverage):
    runs = [Run("fett", bold=True), Run("kursiv", italic=True), Run("code", mono=True)]

    markup = to_markup(runs, GlyphCheck(coverage), SANS_BOLD)

    assert markup.startswith("fett<i>kursiv</i><font face=\"SicMono\"")


def test_german_dates():
    assert format_date(date(2026, 11, 25)) == "25.11.2026"
    assert format_date(date(2026, 3, 4)) == "04.03.2026"
    assert format_datetime(datetime(2026, 11, 25, 14, 5)) == "25.11.2026, 14:05 Uhr"
    assert pdf_date(datetime(2026, 11, 25, 14, 5, tzinfo=timezone(timedelta(hours=1)))) == "D:20261125140500+01'00'"
    assert pdf_date(datetime(2026, 7, 1, 8, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))) == (
        "D:20260701080000-03'30'"
    )
