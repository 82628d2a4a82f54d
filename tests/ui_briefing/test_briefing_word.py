"""„Briefing als PDF …“ offers Word too: the dialog switches the file name and button, the .docx opens."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt

from .conftest import list_page, open_dialog


def test_choosing_word_makes_a_docx_of_the_organisation_and_opens_it(qtbot, window, data, documents, opened):
    page = list_page(qtbot, window, "organisation", rows=2)
    page.show_record(data.verein.ref)
    page.actions["briefing"].trigger()
    dialog = open_dialog(page)
    assert dialog.target.edit.text().endswith(".pdf")

    dialog.file_format.setCurrentIndex(dialog.file_format.findData(".docx"))

    assert dialog.create_button.text() == "&Word-Datei erstellen"
    proposed = Path(dialog.target.edit.text())
    assert proposed.suffix == ".docx" and proposed.parent == documents
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened[-1] == proposed
    word = docx.Document(str(proposed))
    assert "Stadtteilverein Husen-Kurl e.V." in word.paragraphs[0].text
    assert any(p.style.name == "Heading 1" for p in word.paragraphs)
