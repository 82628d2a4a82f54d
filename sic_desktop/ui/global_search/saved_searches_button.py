"""The „Gespeicherte Suchen“ button of the search popup: pick one, save the current one, delete one.

Saved searches belong to the data folder (``ws.saved_searches``); the menu reads
them each time it opens, so a search saved in another window shows up too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget

from sic_desktop.core.services.saved_searches import SavedSearch
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.undo import UndoStep


def ask_search_name(parent: QWidget, query: str) -> str | None:
    """The name to save ``query`` under, or None if the user cancelled."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SavedSearchesButton", "Suche speichern"),
        QCoreApplication.translate("SavedSearchesButton", "Name für die Suche „{query}“:").format(query=query),
        text=query,
    )
    return name if ok else None


class SavedSearchesButton(QToolButton):
    picked = Signal(str)  # the query of the chosen saved search

    def __init__(self, ctx: AppContext, current_query: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_query = current_query
        self.setObjectName("savedSearches")
        self.setIcon(icon("star"))
        self.setToolTip(self.tr("Gespeicherte Suchen"))
        self.setAccessibleName(self.tr("Gespeicherte Suchen"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill_menu)

    def fill_menu(self) -> None:
        """The menu opens at once; the saved searches, read on the reader lane, fill it when they arrive."""
        self._fill(None)
        self.ctx.ops.read(self, lambda ws: ws.saved_searches.list()).success(self._fill).run()

    def _fill(self, saved: list[SavedSearch] | None) -> None:
        """``saved`` None: still being read."""
        menu = self.menu()
        menu.clear()
        if saved is None:
            menu.addAction(self.tr("Gespeicherte Suchen werden gelesen …")).setEnabled(False)
            saved = []
        elif not saved:
            menu.addAction(self.tr("Noch keine gespeicherten Suchen")).setEnabled(False)
        for search in saved:
            action = menu.addAction(search.name)
            action.setToolTip(search.query)
            action.triggered.connect(lambda _=False, query=search.query: self.picked.emit(query))
        menu.addSeparator()
        save = menu.addAction(self.tr("Aktuelle Suche speichern …"))
        save.setObjectName("saveSearch")
        save.setEnabled(bool(self._current_query().strip()))
        save.triggered.connect(self.save_current)
        if saved:
            remove = menu.addMenu(self.tr("Gespeicherte Suche löschen"))
            for search in saved:
                remove.addAction(search.name).triggered.connect(lambda _=False, s=search: self._delete(s))
        menu.setToolTipsVisible(True)

    def save_current(self) -> None:
        query = self._current_query().strip()
        name = ask_search_name(self.window(), query) if query else None
        if not name:
            return
        self.ctx.ops.write(self.window(), lambda ws: ws.saved_searches.save(name, query)).success(
            lambda saved: self.ctx.status_message.emit(self.tr("Suche gespeichert als „{name}“.").format(name=saved.name))
        ).run()

    def _delete(self, search: SavedSearch) -> None:
        def deleted(_: object) -> None:
            self.ctx.undo.push(UndoStep(self.tr("Gespeicherte Suche löschen"), lambda ws: ws.saved_searches.put_back(search),
                                        lambda ws: ws.saved_searches.delete(search.id)))
            self.ctx.status_message.emit(
                self.tr("Gespeicherte Suche „{name}“ gelöscht. Rückgängig mit Strg+Z.").format(name=search.name))

        self.ctx.ops.write(self.window(), lambda ws: ws.saved_searches.delete(search.id)).success(deleted).run()
