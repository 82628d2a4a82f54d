"""The Wirkungsbericht per cooperation and per theme field and year, and the briefing's Wirkung part."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from sic_desktop.cli import main
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.reports.briefings import BriefingOptions, build_briefing
from sic_desktop.reports.impact import cooperation_report, theme_report

CHAPTERS = ("1. Problem und Ansatz", "2. Ressourcen (Input)", "3. Leistungen (Output)",
            "4. Wirkungen (Outcome und Impact)", "5. Lernerfahrungen", "6. Planung und Risiken")


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def demo(workspace, reference_day):
    run_to_end(load_demo(workspace, DemoSize(60, 120), today=reference_day))
    return workspace


@pytest.fixture
def measured(demo):
    """A cooperation of the demo with indicators."""
    return next(c for c in demo.cooperations.list() if demo.indicators.for_cooperation(c.id))


def test_the_cooperation_report_follows_the_social_reporting_standard_on_two_to_six_pages(demo, measured, tmp_path):
    target = tmp_path / "wirkung.pdf"
    result = cooperation_report(demo, measured.id, target)
    text = _text(target)
    assert 2 <= result.page_count <= 6 and not result.warnings
    positions = [text.index(chapter) for chapter in CHAPTERS]
    assert positions == sorted(positions), "the chapters in the standard's order"
    assert f"Wirkungsbericht: {measured.title}" in text and measured.impact_problem in text
    for indicator in demo.indicators.for_cooperation(measured.id):
        assert indicator.name in text
    assert "Plan (gerader Weg zum Ziel)" in text, "the charts' legend says what the lines mean"


def test_a_cooperation_without_impact_model_says_what_is_missing(demo, tmp_path):
    bare = next(c for c in demo.cooperations.list() if not demo.indicators.for_cooperation(c.id))
    target = tmp_path / "leer.pdf"
    cooperation_report(demo, bare.id, target)
    text = _text(target)
    assert "Noch nicht beschrieben." in text and "Für Wirkungen ist noch kein Indikator angelegt." in text


def test_the_theme_field_report_of_a_year_sums_up_its_cooperations(demo, measured, reference_day, tmp_path):
    theme_id = measured.theme_ids[0]
    target = tmp_path / "themenfeld.pdf"
    result = theme_report(demo, theme_id, reference_day.year, target)
    text = _text(target)
    assert 2 <= result.page_count <= 6
    assert all(chapter in text for chapter in CHAPTERS)
    theme = demo.themes.get(theme_id).name
    assert f"Wirkungsbericht {theme} {reference_day.year}" in text
    assert "Höchste Stufe der Wirkungstreppe mit Nachweis" in text and "7 – Gesellschaft verändert sich" in text
    assert measured.title in text


def test_the_cooperation_briefing_has_a_compact_wirkung_part(demo, measured, tmp_path):
    target = tmp_path / "briefing.pdf"
    run_to_end(build_briefing(demo, [RecordRef(RecordType.COOPERATION, measured.id)], BriefingOptions(), target))
    text = _text(target)
    assert f"Wirkung {measured.impact_outcomes} Indikator Stufe Zuletzt Ziel Fortschritt Ampel" in text
    assert demo.indicators.for_cooperation(measured.id)[0].name in text


def test_the_command_line_writes_both_reports(demo, measured, reference_day, tmp_path, capsys):
    one, theme = tmp_path / "k.pdf", tmp_path / "t.pdf"
    assert main(["wirkung", "bericht", "--kooperation", str(measured.id), "-o", str(one)]) == 0
    assert capsys.readouterr().out.startswith(f"Wirkungsbericht gespeichert: {one} (")
    name = demo.themes.get(measured.theme_ids[0]).name
    assert main(["wirkung", "bericht", "--themenfeld", name.upper(), "--jahr", str(reference_day.year),
                 "-o", str(theme)]) == 0
    assert main(["wirkung", "bericht", "--themenfeld", name, "-o", str(theme)]) == 1
    assert "bitte das Jahr angeben" in capsys.readouterr().err


def test_the_charts_use_only_black_white_and_greys(demo, measured):
    from reportlab.graphics.shapes import Group

    from sic_desktop.reports.impact.charts import bar_chart, indicator_chart, legend

    def colours(node):
        for attribute in ("strokeColor", "fillColor"):
            colour = getattr(node, attribute, None)
            if colour is not None:
                yield colour
        for child in getattr(node, "contents", []) if isinstance(node, Group) or hasattr(node, "contents") else []:
            yield from colours(child)

    state = demo.impact.states(measured.id)[0]
    drawings = [indicator_chart(state, 240, 90), legend(400), bar_chart([("Output", [3, 1, 2, 1])], ["a", "b", "c", "d"], 400)]
    used = {(round(c.red, 3), round(c.green, 3), round(c.blue, 3)) for d in drawings for c in colours(d)}
    assert used and all(r == g == b for r, g, b in used), used


def test_the_cooperation_report_as_word_has_the_chapters_as_headings_and_the_indicators_in_tables(
    demo, measured, tmp_path
):
    """The committee's version is edited in Word first: real headings, real tables, no text lost."""
    import docx

    target = tmp_path / "wirkung.docx"
    assert cooperation_report(demo, measured.id, target) is None
    word = docx.Document(str(target))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert [h for h in headings if h in CHAPTERS] == list(CHAPTERS)
    cells = {cell.text for table in word.tables for row in table.rows for cell in row.cells}
    for indicator in demo.indicators.for_cooperation(measured.id):
        assert any(indicator.name in text for text in cells)


def test_the_word_report_shows_each_indicator_chart_and_the_legend_as_pictures(demo, measured, tmp_path):
    """The PDF's charts, drawn as pictures: one per indicator beside the legend, in black, white and greys."""
    import io

    import docx
    from PIL import Image

    target = tmp_path / "wirkung.docx"
    cooperation_report(demo, measured.id, target)
    word = docx.Document(str(target))
    blobs = [word.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
             for shape in word.inline_shapes]
    assert len(blobs) == 1 + len(demo.indicators.for_cooperation(measured.id))
    for blob in blobs:
        colours = {colour for _, colour in Image.open(io.BytesIO(blob)).convert("RGB").getcolors(1 << 20)}
        assert {(0, 0, 0), (255, 255, 255)} <= colours, "lines and text on white"
        assert all(r == g == b for r, g, b in colours), "black, white and greys only, as in the PDF"
    assert "nur in der PDF-Fassung" not in "\n".join(p.text for p in word.paragraphs)
