"""Alt+letter works in every menu, in German and English: no two entries of a menu (nor two menus of
the menu bar) share an access key, and where a menu has access keys every entry has one.

Walks the real main window: the menu bar, each menu and submenu, and the „Datensatz“ menu as each
list page fills it (the same actions make the lists' context menu).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMenu

from sic_desktop.ui.mnemonics import clashes, mnemonic, with_free_mnemonic
from sic_desktop.ui.pages import PAGES


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
    ("Work & Care", set(), "&Work && Care"),
    ("Lücken", {"l"}, "Lü&cken"),  # „ü“ is no key on every keyboard: the next letter
    ("Start", set("start"), "Start"),
])
def test_a_title_from_data_gets_a_free_letter(text, taken, expected):
    assert with_free_mnemonic(text, set(taken)) == expected
    assert mnemonic("Daten&&Fakten") is None and mnemonic("&Datei") == "d"
