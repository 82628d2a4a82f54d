"""„Themenfeldbericht als PDF …“ from the Berichte menu and from the Themenfelder dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.reports.briefings import sections_for
from sic_desktop.ui.briefing.period import QuickPeriod
from sic_desktop.ui.themes_dialog import ThemesDialog
from tests.database_threads import spy_on_database_threads

from .conftest import WORK_AND_CARE, open_dialog, pdf_text


def test_the_theme_report_from_the_menu_asks_for_the_theme_and_suggests_this_year(qtbot, window, data, documents, opened):
    menu = next(menu for menu in window.menuBar().findChildren(QMenu) if menu.title() == "Be&richte")
    assert window.commands["theme_report"] in menu.actions()
    window.commands["theme_report"].trigger()
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Themenfeldbericht als PDF"
    this_year = date.today().year
    assert dialog.period.period() == (date(this_year, 1, 1), date(this_year, 12, 31)), "never all years by default"
    assert dialog.period_hint.isHidden()
    dialog.theme.setCurrentIndex(dialog.theme.findText("Work & Care"))
    assert "Themenfeldbericht – Work & Care – " in dialog.target.edit.text()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)

    text = pdf_text(opened[0])
    assert "Themenfeldbericht: Work & Care" in text
    assert "Familientreff Husen" in text and "Stadtteilverein Husen-Kurl e.V." in text
    assert all(heading in text for _, heading in sections_for(RecordType.THEME))


def test_clearing_the_period_of_a_theme_report_warns_that_it_can_get_long(qtbot, window, data):
    window.commands["theme_report"].trigger()
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.period.quick_buttons[QuickPeriod.ALL], Qt.MouseButton.LeftButton)
    assert dialog.period.period() == (None, None)
    assert dialog.period_hint.isVisible()
    dialog.reject()


def test_the_themes_dialog_starts_the_report_of_its_theme(qtbot, window, data, opened, settle):
    themes = ThemesDialog(window.ctx, window)
    themes.editor.open(RecordRef(RecordType.THEME, WORK_AND_CARE))
    settle()
    button = next(b for b in themes.findChildren(QPushButton) if b.text() == "Be&richt als PDF …")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(themes)
    assert dialog.theme.currentText() == "Work & Care"
    dialog.reject()
    themes.reject()


def test_without_theme_fields_the_report_says_how_to_make_one(qtbot, window, workspace):
    for theme_id in list(workspace.themes.names()):
        workspace.themes.trash(theme_id)
    window.commands["theme_report"].trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)))
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "Themenfelder verwalten" in boxes[0].text()
    boxes[0].close()


def test_the_report_dialog_gets_the_theme_fields_read_off_the_ui_thread(qtbot, window, data, monkeypatch):
    threads = spy_on_database_threads(monkeypatch)
    window.commands["theme_report"].trigger()
    dialog = open_dialog(window)
    assert dialog.theme.findText("Work & Care") >= 0
    assert threads.used and not threads.on_ui_thread
    dialog.reject()
