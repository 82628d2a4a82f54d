"""Hilfe › Kurzanleitung and Hilfe › Tastenkürzel: help that works without internet.

The guide is a German HTML file shipped in ``resources/help`` (an English one beside
it for the English window); its search section is the search field's own help, so
that the syntax is explained in one place. Passages marked ``<!-- LOCAL -->`` or
``<!-- SERVER -->`` are shown only on the local file or on the team server, so the guide
says where the records lie and who backs them up. The shortcut overview is built from the
same tables the menus are built from, so it cannot fall behind them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.team_access import on_server
from sic_desktop.search.help_text import search_help_text
from sic_desktop.shipped_files import resource_dir
from sic_desktop.ui.commands import COMMANDS
from sic_desktop.ui.pages import PAGES, page_shortcut
from sic_desktop.ui.record_actions import RECORD_ACTIONS

if TYPE_CHECKING:
    from sic_desktop.ui.main_window import MainWindow

GUIDES = {"de": "handbuch.de.html", "en": "handbook.en.html"}
SEARCH_HELP_MARK = "<!-- SEARCH_HELP -->"


_MODE_MARKS = re.compile(r"<!-- /?(?:LOCAL|SERVER) -->")


def _passages(mode: str) -> re.Pattern[str]:
    return re.compile(rf"<!-- {mode} -->.*?<!-- /{mode} -->", re.DOTALL)


def guide_html(language: str | None = None, *, server: bool = False) -> str:
    """The short guide in ``language`` (default: the window's), with the search help filled in;
    ``server``: as it reads on the team server."""
    language = language or QLocale().name()[:2]
    path = resource_dir("help") / GUIDES.get(language, GUIDES["de"])
    text = _passages("LOCAL" if server else "SERVER").sub("", path.read_text(encoding="utf-8"))
    return _MODE_MARKS.sub("", text).replace(SEARCH_HELP_MARK, search_help_text())


def shortcuts() -> list[tuple[str, str]]:
    """(what, keys) for every shortcut of the menus, the pages and the record actions."""
    rows: list[tuple[str, str]] = []
    for command in COMMANDS:
        if command.shortcut is not None:
            rows.append((command.text(), QKeySequence(command.shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
    for number, spec in enumerate(PAGES, start=1):
        rows.append((QCoreApplication.translate("Help", "Gehe zu: {page}").format(page=spec.title()),
                     QKeySequence(page_shortcut(number)).toString(QKeySequence.SequenceFormat.NativeText)))
    for action in RECORD_ACTIONS:
        if action.shortcut:
            rows.append((action.text(), QKeySequence(action.shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
    rows.append((QCoreApplication.translate("Help", "Suchen (außerhalb eines Textfelds)"),
                 QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)))
    return [(what.replace("&", "").removesuffix(" …"), keys) for what, keys in rows if keys]


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, server: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Kurzanleitung"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(server=server))
        _layout(self, self.browser)
        self.resize(720, 600)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Befehl"), self.tr("Tasten")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _layout(self, self.table)
        self.resize(560, 600)


def _layout(dialog: QDialog, content: QWidget) -> None:
    layout = QVBoxLayout(dialog)
    layout.addWidget(content, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def show_guide(window: MainWindow) -> None:
    GuideDialog(window, server=on_server(window.ctx.ws)).exec()


def show_shortcuts(window: QWidget) -> None:
    ShortcutsDialog(window).exec()
