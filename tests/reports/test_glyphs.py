"""No character is ever drawn as an empty box: it is drawn, replaced visibly, or invisible."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sic_desktop.pdf_fonts import SANS, SANS_ITALIC
from sic_desktop.reports import Document
from sic_desktop.reports.glyphs import SUBSTITUTE, GlyphCheck


def drawn_without_glyph(rendered, coverage) -> list[str]:
    """Characters the PDF draws in a font that has no glyph for them (tofu)."""
    return [
        ch
        for piece in rendered.pieces()
        for ch in piece.text
        if ch != "\n" and ord(ch) not in coverage[piece.font]
    ]


def test_missing_characters_become_a_visible_substitute_and_a_warning(render, coverage):
    document = Document("Briefing für Herrn 李 🦄")
    document.add_paragraph("Herr 李 Wang 🦄 aus Łódź")
    document.add_table(["Name"], [["李"]])
    document.add_markdown("**Kontakt:** 😀𝄞")

    rendered = render(document)

    assert rendered.result.missing_characters == ("李", "🦄", "𝄞")
    assert rendered.result.warnings == (
        "3 Zeichen konnten in der PDF nicht dargestellt werden und erscheinen dort als „\ufffd“: 李 🦄 𝄞",
    )
    text = rendered.text()
    assert f"Herr {SUBSTITUTE} Wang {SUBSTITUTE} aus Łódź" in text  # Ł and ó are in the font
    assert "李" not in text and "🦄" not in text
    assert drawn_without_glyph(rendered, coverage) == []


def test_each_font_is_checked_on_its_own(render, coverage):
    """Arabic letters are in the upright font only; in italics they are replaced."""
    assert ord("ب") in coverage[SANS] and ord("ب") not in coverage[SANS_ITALIC]
    document = Document("Schrift")
    document.add_markdown("aufrecht ب, kursiv *ب*")

    rendered = render(document)

    assert rendered.result.missing_characters == ("ب",)
    assert drawn_without_glyph(rendered, coverage) == []


def test_invisible_and_control_characters_are_dropped_silently(coverage):
    check = GlyphCheck(coverage)

    assert check.clean("A\x00B\x1bC\tD\r\nE\u3000F", SANS) == "ABC D\nE F"
    assert check.warning() is None


def test_warning_names_at_most_twelve_characters():
    check = GlyphCheck({SANS: frozenset(map(ord, "ab"))})

    check.clean("ab" + "cdefghijklmnopq", SANS)

    assert check.warning().startswith("15 Zeichen konnten")
    assert check.warning().endswith("c d e f g h i j k l m n …")


def test_unpaired_surrogates_are_named_by_code():
    check = GlyphCheck({SANS: frozenset(map(ord, "ab"))})

    assert check.clean("a\ud800b", SANS) == f"a{SUBSTITUTE}b"
    assert check.warning().endswith(": U+D800")


# Markup and Markdown characters, line ends, controls, joiners, emoji, CJK, and anything else.
TRICKY = st.sampled_from(list("<>&;#/\\*_`[]()!~-+1. \n\t\r\x00\u200d\ufe0f\u00ad😀李ßÄ"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.one_of(TRICKY, st.characters()), min_size=1, max_size=60))
def test_any_user_text_renders_without_tofu(render, coverage, text):
    document = Document(text, subject=text)
    document.add_section(text)
    document.add_paragraph(text)
    document.add_key_values([(text, text)])
    document.add_table([text, "Status"], [[text, text]])
    document.add_markdown(text)
    document.add_empty_hint(text)

    rendered = render(document)

    assert drawn_without_glyph(rendered, coverage) == []
    assert bool(rendered.result.warnings) == bool(rendered.result.missing_characters)


def test_a_lone_surrogate_in_titles_and_headings_does_not_break_the_pdf(render):
    """Hypothesis found this: text pasted from a broken source can hold half a UTF-16 pair."""
    document = Document("Notiz \ud800 Schäfer", subject="\udfff")
    document.add_section("Kapitel \ud800 Weiß")
    document.add_paragraph("Text \ud800")
    rendered = render(document)
    assert "Kapitel \ufffd Weiß" in rendered.text(), "shown with the visible substitute"
    assert rendered.result.warnings, "and the user is told"
    assert [entry.title for entry in rendered.reader.outline] == ["Kapitel  Weiß"], "the bookmark keeps the rest"
