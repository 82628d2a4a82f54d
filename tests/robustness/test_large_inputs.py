"""Very large inputs work or are refused with a clear German message – never a hang or a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordType
from sic_desktop.io import MAX_IMPORT_BYTES, FileTooLargeError, ImportFileError, open_source, preview
from sic_desktop.privacy.review import ReviewReason, review_list
from sic_desktop.ui.privacy.review_model import ReviewTableModel

TEN_MB_NOTE = (("Ein langer Absatz über Kinderbetreuung im Quartier und pflegende Angehörige. " * 12 + "\n\n") * 11_000).strip()


def test_a_10_mb_note_is_refused_by_the_core_naming_the_limit(workspace):
    assert len(TEN_MB_NOTE) > 10_000_000
    with pytest.raises(ValidationError) as refused:
        workspace.notes.create(Note(title="Eingefügte Datei", note_date="2026-11-25", text=TEN_MB_NOTE))
    assert refused.value.for_field("text") == [
        "Der Text ist mit 10.185.997 Zeichen zu lang; erlaubt sind höchstens 2.000.000."
    ]
    assert workspace.notes.count() == 0


def test_a_10_mb_note_in_the_editor_shows_the_limit_and_keeps_the_text(qtbot, window, ctx, settle):
    notes = window.new_record(RecordType.NOTE)
    notes.editor.form.widget("title").setText("Eingefügte Datei")
    text_field = notes.editor.form.widget("text")
    text_field.set_value(TEN_MB_NOTE)
    qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "erlaubt sind höchstens 2.000.000" in notes.editor.form.messages("text")
    assert text_field.value() == "\n\n".join(part.strip() for part in TEN_MB_NOTE.split("\n\n")) and ctx.ws.notes.count() == 0


def test_review_of_100000_contacts_without_legal_basis(workspace):
    # Stored with one statement: through the services this setup alone would take ~8 seconds.
    stamp = "2020-01-01T00:00:00+00:00"
    with workspace.database.write():
        workspace.database.db.conn.executemany(
            "INSERT INTO person (first_name, last_name, sort_key, emails, created_at, created_by, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, 'import', ?, 'import')",
            [(f"Vorname{i}", f"Nachname{i}", f"nachname{i:06d}", f'["p{i}@example.org"]', stamp, stamp) for i in range(100_000)],
        )
    items = review_list(workspace)
    assert len(items) == 100_000
    assert items[0].name == "Nachname0, Vorname0" and ReviewReason.NO_LEGAL_BASIS in items[0].reasons
    model = ReviewTableModel()
    model.set_items(items)
    assert model.rowCount() == 100_000 and model.index(99_999, 0).data() == "Nachname99999, Vorname99999"


@pytest.fixture
def csv_50_mb(tmp_path) -> tuple:
    """A 50 MB Outlook-style export and its number of rows."""
    path = tmp_path / "kontakte.csv"
    notes = "Kontakt aus dem Stadtteilbüro, Rückruf erbeten. " * 10
    row = "Anna;Schäfer;anna.schaefer@example.org;0231 123456;Quartiersinitiative Marten e.V.;{notes}\r\n"
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich;Firma;Notizen\r\n")
        line = row.format(notes=notes)
        rows = 50 * 1024 * 1024 // len(line.encode("utf-8")) + 1
        stream.write(line * rows)
    return path, rows


def test_a_50_mb_import_file_is_read_row_by_row(csv_50_mb):
    path, rows = csv_50_mb
    assert path.stat().st_size > 50 * 1024 * 1024
    source = open_source(path)
    assert len(preview(source, 3)) == 3  # the preview reads only the start
    assert sum(1 for _ in source.rows()) == rows


def test_a_50_mb_cell_and_a_file_over_the_limit_are_refused_in_german(tmp_path):
    cell = tmp_path / "eine-zelle.csv"
    cell.write_text("Vorname;Notizen\r\nAnna;" + "x" * (50 * 1024 * 1024) + "\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="kann nicht gelesen werden"):
        list(open_source(cell).rows())
    huge = tmp_path / "riesig.csv"
    with huge.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)  # sparse: nothing is written to disk
    with pytest.raises(FileTooLargeError):
        open_source(huge)
