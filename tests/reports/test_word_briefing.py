"""Briefings as Word files, read back with python-docx: real headings, real tables, no text lost against the PDF."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from sic_desktop.cli import main
from sic_desktop.core.progress import run_to_end
from sic_desktop.reports.briefings import BriefingOptions, build_briefing_docx

from .conftest import Network


def _word_text(document: docx.document.Document) -> str:
    """Everything a reader sees: body paragraphs, table cells, header and footer."""
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    section = document.sections[0]
    texts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(texts)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w@.\-–„“]+", text.replace("\u00ad", "")))


def test_an_organisation_briefing_has_word_headings_tables_and_all_the_pdf_text(network: Network, briefing_of, tmp_path):
    pdf = briefing_of(network.verein.ref, full_note_texts=True, recent_notes=10)
    path = tmp_path / "briefing.docx"
    run_to_end(build_briefing_docx(network.ws, network.verein.ref, BriefingOptions(full_note_texts=True, recent_notes=10), path))
    word = docx.Document(str(path))

    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Kontakte und Funktionen") in headings
    assert ("Heading 1", "Offene Wiedervorlagen") in headings
    assert word.paragraphs[0].style.name == "Title" and word.paragraphs[0].text == "Briefing: Nachbarschaftshilfe Nordstadt e.V."
    persons = next(t for t in word.tables if "Kassenwart" in "".join(c.text for c in t.rows[1].cells + t.rows[-1].cells))
    assert persons.rows[0]._tr.trPr is not None, "the header row repeats on each page"
    bullets = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert "Küche im Gemeindehaus" in bullets

    text = _word_text(word)
    page_furniture = re.compile(r"^(Seite|von|\d+)$")
    missing = {w for w in _words(pdf.text()) - _words(text) if not page_furniture.match(w)}
    assert missing == set(), "every word of the PDF is in the Word file"
    assert "Nur für den Dienstgebrauch" in "\n".join(p.text for p in word.sections[0].header.paragraphs)


def test_the_office_template_from_the_settings_is_used_even_as_dotx(network: Network, tmp_path):
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Stadt Dortmund – Wirtschaftsförderung · {{Einstufung}}"
    template.add_paragraph("Dieser Text der Vorlage wird ersetzt.")
    docx_path = tmp_path / "eigene.docx"
    template.save(str(docx_path))
    dotx = tmp_path / "eigene.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    network.ws.settings.word_template = str(dotx)
    path = tmp_path / "briefing.docx"
    run_to_end(build_briefing_docx(network.ws, network.kueche.ref, BriefingOptions(classification="VS – NfD"), path))
    word = docx.Document(str(path))
    assert word.sections[0].header.paragraphs[0].text == "Stadt Dortmund – Wirtschaftsförderung · VS – NfD"
    assert "Dieser Text der Vorlage wird ersetzt." not in _word_text(word)
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)


def test_a_broken_template_is_a_german_message_and_writes_nothing(network: Network, tmp_path):
    broken = tmp_path / "kaputt.docx"
    broken.write_text("keine Word-Datei")
    network.ws.settings.word_template = str(broken)
    path = tmp_path / "briefing.docx"
    with pytest.raises(Exception, match=r"„kaputt.docx“ ist keine Word-Vorlage"):
        run_to_end(build_briefing_docx(network.ws, network.verein.ref, BriefingOptions(), path))
    assert not path.exists()


def test_the_command_line_writes_word_with_format_docx(network: Network, data_dir, tmp_path: Path, capsys):
    path = tmp_path / "briefing.docx"
    assert main(["briefing", "organisation", str(network.verein.id), "-o", str(path), "--format", "docx"]) == 0
    assert "Briefing gespeichert" in capsys.readouterr().out
    assert docx.Document(str(path)).paragraphs[0].text == "Briefing: Nachbarschaftshilfe Nordstadt e.V."
