"""Word tables are laid out like the PDF's: columns fitted to their contents, the header row repeated."""

from __future__ import annotations

from datetime import date

import docx
from docx.oxml.ns import qn

from sic_desktop.reports.pdf_document import Document
from sic_desktop.reports.word import write_docx


def test_columns_fit_their_contents_and_the_header_repeats_on_each_page(tmp_path):
    document = Document("Notizen zu Marten")
    rows = [(date(2026, 11, d), f"Treffen im Quartier {d}", "Die Initiative plant ein Stadtteilfest im Frühjahr, sucht Räume "
             "für die Hausaufgabenhilfe und fragt nach Fördermitteln der Stiftung.") for d in range(1, 29)]
    document.add_table(["Datum", "Titel", "Beschreibung"], rows)
    target = tmp_path / "notizen.docx"
    write_docx(document, target)

    table = docx.Document(str(target)).tables[0]
    date_width, title_width, text_width = (column.width for column in table.columns)
    assert date_width < title_width < text_width, "a date stays narrow, the description gets the room"
    assert table.rows[1].cells[0].text == "01.11.2026" and table.rows[0].cells[2].text == "Beschreibung"
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None and header.get(qn("w:val")) == "true", "the header row repeats on each page"
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])


def test_writing_word_leaves_the_pdf_styles_as_they_were(tmp_path):
    from sic_desktop.reports.styles import styles

    before = (styles().cell.fontSize, styles().header_cell.fontSize)
    document = Document("Kurz")
    document.add_table(["Datum", "Titel"], [(date(2026, 11, 1), "Treffen")])
    write_docx(document, tmp_path / "kurz.docx")
    assert (styles().cell.fontSize, styles().header_cell.fontSize) == before
