"""The words inside attachments are found by the search, and the hit names the attachment."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sic_desktop.cli import main
from sic_desktop.core.models import Note, Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.io.attachment_text import extract_pending, extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _pdf(path: Path, lines: list[str]) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4)
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 18 * number, line)
    page.save()
    return path


def _docx(path: Path, heading: str, text: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Verantwortlich", "Jugendamt Eving"
    document.save(str(path))
    return path


def test_text_comes_out_of_pdf_docx_txt_markdown_and_eml(tmp_path):
    assert "Kinderbetreuungsangebote im Quartier" in extract_text(
        _pdf(tmp_path / "a.pdf", ["Protokoll", "Kinderbetreuungsangebote im Quartier"]), "Protokoll.pdf")
    word = extract_text(_docx(tmp_path / "b.docx", "Ergebnisse", "Pflegende Angehörige entlasten"), "Ergebnis.docx")
    assert "Pflegende Angehörige entlasten" in word and "Jugendamt Eving" in word
    (tmp_path / "c").write_bytes("Grüße aus Husen".encode("cp1252"))
    assert extract_text(tmp_path / "c", "Notiz.txt") == "Grüße aus Husen"
    (tmp_path / "d").write_text("# Ideen\n- Stadtteilfest", encoding="utf-8")
    assert extract_text(tmp_path / "d", "ideen.md").startswith("# Ideen")
    assert "Flipcharts" in extract_text(FIXTURES / "plain.eml", "Termin.eml")
    (tmp_path / "e").write_bytes(b"%PDF-1.4 kaputt")
    assert extract_text(tmp_path / "e", "kaputt.pdf") == "", "a damaged file gives no text, no error"
    assert extract_text(tmp_path / "e", "Foto.jpg") == ""


def test_a_search_finds_words_of_an_attachment_and_says_which_one(workspace, data_dir, tmp_path, capsys):
    org = workspace.organisations.create(Organisation(name="Familienzentrum Eving", sector="zivilgesellschaft"))
    note = workspace.notes.create(Note(title="Workshop Vereinbarkeit", kind="workshopprotokoll", note_date=date(2026, 11, 20),
                                       text="Kurze Notiz ohne die gesuchten Wörter.", organisation_ids=[org.id]))
    pdf = _pdf(tmp_path / "Protokoll.pdf", ["Protokoll des Workshops", "Kinderbetreuungsangebote fehlen am Abend."])
    assert main(["anhang", "add", "notiz", str(note.id), str(pdf)]) == 0
    capsys.readouterr()

    assert main(["search", "Kinderbetreuung", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    hits = found["hits"] if isinstance(found, dict) else found
    assert [hit["title"] for hit in hits] == ["Workshop Vereinbarkeit"]
    assert hits[0]["snippet"].startswith("in Anhang „Protokoll.pdf“: ")


def test_background_extraction_reads_each_attachment_once(workspace):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    for number in range(45):
        workspace.attachments.add_stream(note.ref, io.BytesIO(f"Notiz {number} Stadtteilfest".encode()), f"n{number}.txt")
    workspace.attachments.add_stream(note.ref, io.BytesIO(b"\xff\xd8 Foto"), "Foto.jpg")
    assert run_to_end(extract_pending(workspace)) == 46
    assert run_to_end(extract_pending(workspace)) == 0
    texts = workspace.attachments.texts_for([note.ref])[note.ref]
    assert len(texts) == 45 and ("n0.txt", "Notiz 0 Stadtteilfest") in texts
