"""Alt+letter works in every menu, in German and English: no two entries of a menu (nor two menus of
the menu bar) share an access key, and where a menu has access keys every entry has one.

Walks the real main window: the menu bar, each menu and submenu, and the „Datensatz“ menu as each
list page fills it (the same actions make the lists' context menu).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.mnemonics import clashes, mnemonic, with_free_mnemonic
from sic_desktop.ui.pages import PAGES
from tests.ui.dialog_walk import dialogs_opened_by
from tests.ui.test_window_size import DIALOG_COMMANDS, RECORD_DIALOGS


def entries(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def menus_of(window) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the window with where it is, submenus included; „Datensatz“ once per list page."""
    def with_submenus(where: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
        yield where, menu
        for action in menu.actions():
            if action.menu() is not None:
                yield from with_submenus(f"{where} › {action.text()}", action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not window.record_menu:
            yield from with_submenus(action.text(), action.menu())
    for spec in PAGES:
        if spec.record_type is not None:
            window.go_to(spec.key)
            window.record_menu.aboutToShow.emit()
            yield from with_submenus(f"{window.record_menu.title()} ({spec.key})", window.record_menu)


def problems(where: str, texts: list[str]) -> list[str]:
    found = [f"{where}: „{letter}“ in {claimed}" for letter, claimed in clashes(texts).items()]
    if any(mnemonic(text) for text in texts):
        found += [f"{where}: no access key in „{text}“" for text in texts if mnemonic(text) is None]
    return found


def test_every_menu_of_the_window_has_one_access_key_per_entry(language, window, settle):
    bar = [action.text() for action in window.menuBar().actions()]
    found = problems("menu bar", bar)
    walked = 0
    for where, menu in menus_of(window):
        found += problems(where, entries(menu))
        walked += 1
    settle()
    assert walked == len(bar) - 1 + 5, "every menu and each list page's „Datensatz“ menu was walked"
    assert not found, "\n".join(found)


def test_file_menu_keeps_the_letters_office_users_know(window):
    """Alt+D, N: new record; Alt+D, B: quit; Alt+B: Bearbeiten; Alt+X: Extras; Alt+H: Hilfe."""
    assert mnemonic(window.commands["new"].text()) == "n"
    assert mnemonic(window.commands["quit"].text()) == "b"
    assert [mnemonic(action.text()) for action in window.menuBar().actions() if action.isVisible()][:2] == ["d", "b"]
    assert {"x", "h"} <= {mnemonic(action.text()) for action in window.menuBar().actions()}


@pytest.mark.parametrize(("text", "taken", "expected"), [
    ("Kooperationen", {"k", "o"}, "Koo&perationen"),
    ("Work && Care", set(), "&Work && Care"),
    ("Lücken", {"l"}, "Lü&cken"),  # „ü“ is no key on every keyboard: the next letter
    ("Start", set("start"), "Start"),
])
def test_a_title_from_data_gets_a_free_letter(text, taken, expected):
    assert with_free_mnemonic(text, set(taken)) == expected
    assert mnemonic("Daten&&Fakten") is None and mnemonic("&Datei") == "d"


def claimed_keys(top: QWidget) -> list[str]:
    """The texts that claim an Alt+letter in ``top`` as shown: buttons, labels of fields, tabs, the menu bar."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
    return [text for text in texts if mnemonic(text)]


def press_alt(top: QWidget) -> None:
    """What a user does before a letter: Alt, where the keyboard is (the focus widget, else the window)."""
    focus = QApplication.focusWidget()
    QTest.keyClick(focus if focus is not None and focus.window() is top else top, Qt.Key.Key_Alt)


def key_clashes(where: str, top: QWidget) -> list[str]:
    """Clashes of ``top`` as shown when Alt is pressed, and on each tab of each of its tab widgets."""
    QApplication.processEvents()  # what a user sees: the event loop has run since the page came up
    press_alt(top)
    found = [f"{where}: „{letter}“ in {texts}" for letter, texts in clashes(claimed_keys(top)).items()]
    for tabs in top.findChildren(QTabWidget):
        if tabs.window() is top and tabs.isVisibleTo(top):
            shown = tabs.currentIndex()
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()  # as after a click
                press_alt(top)
                found += [f"{where} › {tabs.tabText(index)}: „{letter}“ in {texts}"
                          for letter, texts in clashes(claimed_keys(top)).items()]
            tabs.setCurrentIndex(shown)
    return list(dict.fromkeys(found))


def test_no_page_record_or_dialog_shares_an_access_key(language, demo_window, settle, qtbot):
    window = demo_window
    found: list[str] = []
    for spec in PAGES:
        page = window.go_to(spec.key)
        settle()
        if isinstance(page, ListPage):
            ids = window.ctx.ws.service(page.record_type).ids(ListQuery(limit=1))
            window.open_record(RecordRef(page.record_type, ids[0]))
            settle()
        found += key_clashes(f"page {spec.key}", window)
    page = window.go_to("organisation")
    window.open_record(RecordRef(RecordType.ORGANISATION, window.ctx.ws.organisations.ids(ListQuery(limit=1))[0]))
    settle()
    triggers = [(key, window.commands[key].trigger) for key in DIALOG_COMMANDS]
    triggers += [(key, page.actions[key].trigger) for key in RECORD_DIALOGS]
    for key, trigger in triggers:
        dialogs = dialogs_opened_by(qtbot, trigger, lambda dialog: key_clashes(f"dialog {dialog.windowTitle()}", dialog))
        assert dialogs, f"„{key}“ opens a dialog"
        for problems_seen in dialogs:
            found += problems_seen
        settle()
    assert not found, "\n".join(found)


def test_a_button_shown_later_gets_a_free_letter_at_the_next_alt(qtbot, window):
    """Activating a window settles its letters; a button shown afterwards (a page, a tab) is settled by
    the Alt that comes before any letter, so Alt+D still chooses „&Drucken“ and not one of two."""
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second, later = (QPushButton(text, dialog) for text in ("&Drucken", "&Daten", "&Dokument"))
    for button in (first, second, later):
        layout.addWidget(button)
    later.hide()
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert [mnemonic(b.text()) for b in (first, second)] == ["d", "a"], "settled as the window came up"
    later.show()
    assert mnemonic(later.text()) == "d", "nothing settles before the user reaches for a letter"
    press_alt(dialog)
    assert [mnemonic(b.text()) for b in (first, second, later)] == ["d", "a", "o"]
