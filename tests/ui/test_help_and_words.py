"""Hilfe › Kurzanleitung (offline, German, English beside it) and Hilfe › Tastenkürzel; toolbar
buttons that say what they do; numbers written the way the window's language writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from sic_desktop.core.i18n import install_translator, number
from sic_desktop.ui.help_dialogs import GuideDialog, ShortcutsDialog, guide_html
from sic_desktop.ui.pages import PAGES
from tests.ui.languages import speaking


def opened_by(trigger, kind):
    """The ``kind`` dialog ``trigger`` opens, looked at inside its modal loop and closed."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            seen.append((dialog.windowTitle(), _content(dialog)))
            dialog.reject()

    timer = QTimer(interval=10)
    timer.timeout.connect(look)
    timer.start()
    trigger()
    timer.stop()
    return seen


def _content(dialog) -> str:
    if isinstance(dialog, GuideDialog):
        return dialog.browser.toPlainText()
    table = dialog.table
    return "\n".join(f"{table.item(r, 0).text()}\t{table.item(r, 1).text()}" for r in range(table.rowCount()))


def test_the_help_menu_opens_the_guide_with_the_days_tasks_search_and_privacy(window):
    [(title, text)] = opened_by(window.commands["handbook"].trigger, GuideDialog)
    assert title == "Kurzanleitung"
    for expected in ("Der Tag im Büro", "Briefing als PDF", "Wiedervorlagen", "So suchen Sie", "typ:notiz",
                     "von:01.01.2025", "Datenschutz", "Art. 15 DSGVO"):
        assert expected in text
    assert window.commands["handbook"].shortcut().toString() == "F1"


def test_the_guide_is_english_in_the_english_window(qapp):
    with speaking(qapp, "en"):
        text = guide_html()
    assert "A day at the office" in text and "Data protection" in text and "How to search" in text
    assert "Der Tag im Büro" not in text


def test_the_shortcut_overview_lists_every_menu_and_page_key(qapp, window):
    with speaking(qapp, "de"):  # Qt's own German (qtbase_de) names the keys, as in the program
        [(title, text)] = opened_by(window.commands["shortcuts"].trigger, ShortcutsDialog)
    assert title == "Tastenkürzel"
    rows = dict(line.split("\t") for line in text.splitlines())
    assert rows["Suchen"] == "Strg+K" and rows["Speichern"] == "Strg+S" and rows["Kurzanleitung"] == "F1"
    assert rows["Briefing als PDF"] == "Strg+Umschalt+B"
    for place, spec in enumerate(PAGES, start=1):
        assert rows[f"Gehe zu: {spec.title()}"] == f"Strg+{place % 10}"
    tenth = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == PAGES[9].title()]
    assert [a.shortcut().toString() for a in tenth] == ["Ctrl+0"], "the tenth page has a key the keyboard can type"


def test_every_toolbar_button_says_what_it_does(window):
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for button in toolbar.findChildren(QToolButton):
        action = button.defaultAction()
        if action is None or action.isSeparator():
            continue
        assert action.iconText().strip() and action.toolTip().strip(), action.objectName()
    # the undo button keeps its short text while the menu says what it undoes
    assert window.commands["undo"].iconText() == "Rückgängig"


@pytest.mark.parametrize(("language", "thousands", "fraction"), [("de", "12.345", "0,250"), ("en", "12,345", "0.250")])
def test_numbers_are_written_the_way_the_language_writes_them(language, thousands, fraction):
    install_translator(lambda context, text: text, language)
    try:
        assert number(12345) == thousands and number(0.25, 3) == fraction
    finally:
        install_translator(None)
    assert number(12345) == "12.345", "without a translator the program writes German numbers"
