"""Notes in Markdown print as formatted text, whatever their length or content."""

from __future__ import annotations

import pytest

from sic_desktop.pdf_fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC
from sic_desktop.reports import Document

NOTE = """# Protokoll
Teilnehmende:
Frau Schäfer
Herr Weiß

## Ergebnisse
- **Budget** ist gesichert (12.000 €)
- Räume: *Gemeindehaus* an der `Mallinckrodtstraße`
  - Schlüssel bei Herrn Weiß
- [Website](https://example.org/quartier), [j.weiss@example.org](mailto:j.weiss@example.org)

3. Drittens
4. Viertens

> Wir brauchen mehr Zeit.

```
def plan():
    return "Quartier"
```

---
Ende mit ~~Streichung~~ und <b>kein HTML</b> & <script>alert(1)</script>.
"""


@pytest.fixture
def note(render):
    document = Document("Notiz")
    document.add_markdown(NOTE)
    return render(document)


def test_headings_lists_and_inline_styles_are_rendered(note):
    lines = [" ".join(line.split()) for line in note.page_texts()[0].splitlines()]

    for expected in [
        "Protokoll",
        "Ergebnisse",
        "• Budget ist gesichert (12.000 €)",
        "• Räume: Gemeindehaus an der Mallinckrodtstraße",
        "– Schlüssel bei Herrn Weiß",  # nested list, its own bullet
        "3. Drittens",  # ordered lists keep their start number
        "4. Viertens",
        "Wir brauchen mehr Zeit.",
    ]:
        assert expected in lines
    assert "#" not in note.text() and "**" not in note.text() and "```" not in note.text()


def test_bold_italic_code_and_headings_use_their_fonts(note):
    assert note.fonts_of("Budget") == {SANS_BOLD}
    assert note.fonts_of("Gemeindehaus") == {SANS_ITALIC}
    assert note.fonts_of("Mallinckrodtstraße") == {MONO}
    assert note.fonts_of("Ergebnisse") == {SANS_BOLD}
    assert note.fonts_of("ist gesichert") == {SANS}


def test_single_line_breaks_are_kept(note):
    lines = note.page_texts()[0].splitlines()

    assert lines.index("Frau Schäfer") == lines.index("Teilnehmende:") + 1
    assert lines.index("Herr Weiß") == lines.index("Frau Schäfer") + 1


def test_code_blocks_keep_their_indentation(note):
    lines = [line.replace("\xa0", " ") for line in note.page_texts()[0].splitlines()]

    assert '    return "Quartier"' in lines


def test_links_print_with_their_address(note):
    assert "Website (https://example.org/quartier), j.weiss@example.org" in note.text()


def test_html_is_printed_as_typed_never_interpreted(note):
    assert "Ende mit Streichung und <b>kein HTML</b> & <script>alert(1)</script>." in note.text()
    assert note.fonts_of("kein HTML") == {SANS}


def test_images_print_as_their_description(render):
    document = Document("Notiz")
    document.add_markdown("Plan: ![Grundriss Gemeindehaus](plan.png) und ![](foto.jpg)")

    assert "Plan: [Bild: Grundriss Gemeindehaus] und [Bild]" in render(document).text()


def test_an_empty_list_item_leaves_no_bullet_behind(render):
    document = Document("Notiz")
    document.add_markdown("1.\n\nDanach")

    lines = render(document).page_texts()[0].splitlines()

    assert "Danach" in lines


def test_a_note_of_200_pages_renders_completely(render):
    paragraphs = []
    for n in range(1, 1501):
        if n % 10 == 1:
            paragraphs.append(f"## Abschnitt {n // 10 + 1}")
        if n % 7 == 0:
            paragraphs.append("- erster Punkt mit **Fettdruck**\n- zweiter Punkt\n  - verschachtelt")
        paragraphs.append(
            f"Absatz {n}: Die Teilnehmenden berichteten über **Kinderbetreuungsangebote** "
            "und pflegende Angehörige; Frau Schäfer schlägt vor, die Sprechstunde zu verstetigen. " * 3
        )
    document = Document("Jahresprotokoll")
    document.add_markdown("\n\n".join(paragraphs))

    rendered = render(document)

    pages = rendered.result.page_count
    assert 200 <= pages <= 230
    assert len(rendered.reader.pages) == pages
    last = rendered.reader.pages[-1].extract_text()
    assert "Absatz 1500:" in last
    assert f"Seite {pages} von {pages}" in last


def test_one_huge_paragraph_without_blank_lines_renders(render):
    """Pasted text of 60 pages in one line once took reportlab minutes; it must just work."""
    document = Document("Eingefügter Text")
    document.add_markdown(" ".join(f"Wort{n}" for n in range(60_000)))

    rendered = render(document)

    assert rendered.result.page_count >= 50
    assert "Wort59999" in rendered.reader.pages[-1].extract_text()
