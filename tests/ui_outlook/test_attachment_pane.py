"""The „Anhänge“ pane: add by button and by drop, thumbnails, open with the system program, remove."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QImage

from sic_desktop.core.models import Note
from sic_desktop.ui.lists.list_page import ListPage


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    urls: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(Path(url.toLocalFile())) or True))
    return urls


@pytest.fixture
def note_page(qtbot, window, workspace):
    note = workspace.notes.create(Note(title="Workshop Marten", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    page = window.go_to("note")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.show_record(note.ref)
    qtbot.waitUntil(lambda: page.attachment_pane.ref == note.ref and page.attachment_pane.isEnabled(), timeout=10_000)
    return page, note


def _drop(pane, urls: list[QUrl]) -> None:
    data = QMimeData()
    data.setUrls(urls)
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    pane.dropEvent(event)  # what Qt calls after the drag entered the pane


def test_a_chosen_file_and_a_dropped_photo_appear_the_photo_as_a_thumbnail(qtbot, note_page, answers, workspace, tmp_path, settle):
    page, note = note_page
    pane = page.attachment_pane
    minutes = tmp_path / "Protokoll.txt"
    minutes.write_text("Kinderbetreuung", encoding="utf-8")
    answers.files.append(minutes)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.list.count() == 1, timeout=10_000)

    photo = tmp_path / "Flipchart.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.save(str(photo))
    _drop(pane, [QUrl.fromLocalFile(str(photo))])

    qtbot.waitUntil(lambda: pane.list.count() == 2, timeout=10_000)
    texts = [pane.list.item(i).text().split("\n")[0] for i in range(2)]
    assert texts == ["Flipchart.png", "Protokoll.txt"]
    thumbnail = pane.list.item(0).icon().pixmap(48, 48).toImage()
    assert thumbnail.width() == 48 and thumbnail.pixelColor(24, 10).name() == "#008000", "the photo itself is shown, not a file icon"
    assert [a.name for a in workspace.attachments.for_record(note.ref)] == texts


def test_a_drop_without_files_says_so(qtbot, note_page, window):
    page, _ = note_page
    _drop(page.attachment_pane, [QUrl("https://outlook.example/message/1")])
    assert "Es kam keine Datei an." in window.statusBar().currentMessage()
    assert page.attachment_pane.list.count() == 0


def test_open_hands_a_checked_copy_under_its_own_name_to_the_system(qtbot, note_page, workspace, tmp_path, opened):
    page, note = note_page
    pane = page.attachment_pane
    source = tmp_path / "Einladung Stiftungstag.pdf"
    source.write_bytes(b"%PDF-1.4 Einladung")
    workspace.attachments.add(note.ref, source)
    qtbot.waitUntil(lambda: pane.list.count() == 1, timeout=10_000)
    pane.list.setCurrentRow(0)
    pane.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].name == "Einladung Stiftungstag.pdf" and opened[0].read_bytes() == b"%PDF-1.4 Einladung"


def test_remove_asks_first(qtbot, note_page, workspace, answers, tmp_path):
    page, note = note_page
    pane = page.attachment_pane
    source = tmp_path / "alt.txt"
    source.write_text("alt", encoding="utf-8")
    workspace.attachments.add(note.ref, source)
    qtbot.waitUntil(lambda: pane.list.count() == 1, timeout=10_000)
    pane.list.setCurrentRow(0)
    answers.confirm.append(True)
    pane.remove_selected()
    qtbot.waitUntil(lambda: pane.list.count() == 0, timeout=10_000)
    assert answers.asked == ["„alt.txt“ endgültig entfernen?"]
    assert workspace.attachments.for_record(note.ref) == []
