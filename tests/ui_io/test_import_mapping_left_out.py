"""The mapping page names the filled columns that nothing takes, and lets the user pick the header row."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from sic_desktop.ui.io.import_wizard import MAPPING, ImportWizard
from tests.io.address_book_files import GOOGLE_OLD


def _to_mapping_page(qtbot, window, answers, shown, path: Path) -> ImportWizard:
    answers.files.append(path)
    window.commands["import"].trigger()
    wizard = shown(window, ImportWizard)
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "browse"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == MAPPING
    return wizard


def test_an_unmapped_column_with_values_is_named_on_the_mapping_page(qtbot, window, answers, shown, tmp_path, settle):
    wizard = _to_mapping_page(qtbot, window, answers, shown, GOOGLE_OLD.write(tmp_path))
    page = wizard.mapping_page
    text = page.left_out.text()
    assert "Nicht übernommen werden die Spalten</b> „Organization 1 - Symbol“" in text
    assert "„Name“" not in text, "a mapped column is not named"
    assert "Bewusst nicht übernommen" in text and "„Phone 1 - Type“" in text
    assert not page.header_row.isHidden(), "a CSV file offers the header row"
    # Mapping the column to a field takes it off the list at once.
    symbol = next(row.combo for row in page._rows if row.header == "Organization 1 - Symbol")
    symbol.setCurrentIndex(symbol.findData("notes"))
    assert "Organization 1 - Symbol" not in page.left_out.text()
    symbol.setCurrentIndex(symbol.findData(None))
    if os.environ.get("SIC_SCREENSHOT_DIR"):  # the picture for the closing note
        wizard.resize(1280, 720)
        settle()
        wizard.grab().save(str(Path(os.environ["SIC_SCREENSHOT_DIR"]) / "import-mapping-left-out.png"))
    wizard.reject()


def test_the_header_row_can_be_chosen_when_a_title_stands_above_the_table(qtbot, window, answers, shown, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Teilnehmerliste;;\r\nNachname;Vorname;E-Mail\r\nBauer;Ute;ute@example.org\r\n", encoding="utf-8")
    wizard = _to_mapping_page(qtbot, window, answers, shown, path)
    page = wizard.mapping_page
    assert page.header_row.value() == 2, "found below the title"
    assert [row.header for row in page._rows] == ["Nachname", "Vorname", "E-Mail"]
    page.header_row.setValue(1)
    page.header_row.editingFinished.emit()
    qtbot.waitUntil(lambda: [row.header for row in page._rows][:1] == ["Teilnehmerliste"])
    page.header_row.setValue(2)
    page.header_row.editingFinished.emit()
    qtbot.waitUntil(lambda: [row.header for row in page._rows] == ["Nachname", "Vorname", "E-Mail"])
    assert page.plan.mapping.columns == {"Nachname": "last_name", "Vorname": "first_name", "E-Mail": "emails"}
    wizard.reject()
