"""The main window: navigation on the left, the current page on the right, menus from data.

It connects what the pages ask for (open a record, new record, search) and keeps
the browser-like history; the pages and menus themselves come from ``pages`` and
``commands``, record actions from ``record_actions``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import sic_desktop
from sic_desktop import APP_NAME
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.team_access import access_rights
from sic_desktop.ui.commands import COMMANDS, MENUS, Command
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.first_paint import after_first_paint
from sic_desktop.ui.icons import icon
from sic_desktop.ui.mnemonics import mnemonic, watch_access_keys, with_free_mnemonic
from sic_desktop.ui.navigation_history import History, Place
from sic_desktop.ui.outlook.attachment_text_keeper import AttachmentTextKeeper
from sic_desktop.ui.outlook.mail_drop import MailDrop
from sic_desktop.ui.pages import PAGES, PageSpec, page_for, page_shortcut
from sic_desktop.ui.start_page import StartPage
from sic_desktop.ui.status_bar import StatusBar
from sic_desktop.ui.team_role import limit_page, limit_window

if TYPE_CHECKING:
    from sic_desktop.ui.global_search.backend import SearchBackend
    from sic_desktop.ui.global_search.search_popup import SearchPopup
    from sic_desktop.ui.lists.list_page import ListPage


def _is_list_page(page: object) -> TypeGuard[ListPage]:
    """Whether ``page`` is a list page, without loading the list pages (and their editors) before
    the first one is opened: while their module is not loaded, no page is one."""
    module = sys.modules.get("sic_desktop.ui.lists.list_page")
    return module is not None and isinstance(page, module.ListPage)



class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx: AppContext = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.history = History()
        # No two buttons, labels or menus of a window share an Alt+letter; watched once the window has
        # been painted (the watcher makes PySide6 build all of Qt's classes, see watch_access_keys).
        after_first_paint(self, lambda: watch_access_keys(self))
        self._pages: dict[str, QWidget] = {}
        self._closing = False
        self._search: SearchPopup | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(spec.icon), spec.title(), self.nav)  # row by row as in PAGES (nav_item)
            keys = QKeySequence(page_shortcut(number)).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{page} ({keys})").format(page=spec.title(), keys=keys))
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 24)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStatusBar(StatusBar(ctx, self))
        self.mail_drop = MailDrop(self, ctx)  # .eml/.msg dropped on the window: „E-Mail übernehmen“
        self.attachment_texts = AttachmentTextKeeper(ctx, self)  # attachments' words into the search

        self.commands: dict[str, QAction] = {}
        self._build_menus()
        self.rights = access_rights(ctx.ws)
        limit_window(self, self.rights)
        self._page_shortcuts()
        QShortcut(QKeySequence.StandardKey.Find, self, self._find_outside_text)
        ctx.open_requested.connect(self.open_record)
        ctx.new_requested.connect(lambda record_type, values: self.new_record(record_type, **values))
        ctx.undo.changed.connect(self._update_undo)
        self._update_undo()
        if not ctx.window_state.restore_window(self):
            free = self.screen().availableGeometry()  # a 1,366 × 768 office screen less its task bar
            self.resize(min(1360, free.width()), min(820, free.height()))
        self.go_to("start")

    # -- menus -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus = {key: self.menuBar().addMenu(title()) for key, title in MENUS}
        toolbar = QToolBar(self.tr("Werkzeugleiste"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        # Text beside the icon (narrower: Qt's „»“ menu); set by name, as naming Qt's enum slows the start (first_paint).
        toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.addToolBar(toolbar)
        for command in COMMANDS:
            action = self._action(command)
            if command.separator:
                menus[command.menu].addSeparator()
            menus[command.menu].addAction(action)
            if command.toolbar:
                toolbar.addAction(action)
        self.record_menu = menus["record"]
        self.record_menu.aboutToShow.connect(self._fill_record_menu)
        taken = {letter for action in menus["go"].actions() if (letter := mnemonic(action.text()))}
        for number, spec in enumerate(PAGES, start=1):
            action = QAction(icon(spec.icon), with_free_mnemonic(spec.title(), taken), self)
            action.setShortcuts([QKeySequence(page_shortcut(number))])  # not setShortcut: see _action
            action.triggered.connect(lambda _=False, key=spec.key: self.go_to(key))
            menus["go"].addAction(action)

    def _action(self, command: Command) -> QAction:
        action = QAction(command.text(), self)
        action.setIconText(command.text().replace("&", "").removesuffix(" …"))  # the undo text grows, the button not
        action.setObjectName(f"command_{command.key}")
        if command.icon:
            action.setIcon(icon(command.icon))
        if command.shortcut is not None:
            # setShortcuts: setShortcut's overloads make PySide6 build all of Qt's enums (see first_paint).
            action.setShortcuts([QKeySequence(command.shortcut)])
            action.setToolTip(f"{command.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _=False: command.run(self))
        self.commands[command.key] = action
        return action

    def _fill_record_menu(self) -> None:
        self.record_menu.clear()
        page = self.current_page()
        actions = list(page.actions.values()) if _is_list_page(page) else []
        for action in actions:
            self.record_menu.addAction(action)

    def _page_shortcuts(self) -> None:
        self.addAction(self.commands["back"])
        self.addAction(self.commands["forward"])

    def _update_undo(self) -> None:
        step, again = self.ctx.undo.peek(), self.ctx.undo.peek_redo()
        action, redo = self.commands["undo"], self.commands["redo"]
        action.setEnabled(step is not None)
        action.setText(self.tr("&Rückgängig: {what}").format(what=step.label) if step else self.tr("&Rückgängig"))
        redo.setEnabled(again is not None)
        redo.setText(self.tr("&Wiederholen: {what}").format(what=again.label) if again else self.tr("&Wiederholen"))

    # -- pages -------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        if key not in self._pages:
            spec = next(spec for spec in PAGES if spec.key == key)
            widget = spec.create(self.ctx)
            if isinstance(widget, StartPage):
                widget.new_requested.connect(self.new_record)
                widget.demo_requested.connect(self.load_demo)
                widget.transfer_requested.connect(self.commands["server_transfer"].trigger)
                widget.search_requested.connect(self.show_search)
            limit_page(widget, self.rights)  # a reader's pages only show (team server roles)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def go_to(self, key: str, *, remember: bool = True) -> QWidget:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._select_nav(key)
        # „Datensatz“ is there only where records can be chosen.
        self.record_menu.menuAction().setVisible(_is_list_page(page))
        if remember:
            self.history.visit(Place(key, page.editor.ref if _is_list_page(page) else None))
        self._update_history_actions()
        return page

    def _select_nav(self, key: str) -> None:
        self.nav.blockSignals(True)
        item = self.nav_item(key)
        if item is not None:
            self.nav.setCurrentItem(item)
        self.nav.blockSignals(False)

    def nav_item(self, key: str) -> QListWidgetItem | None:
        """The navigation's entry for page ``key``: its rows are the pages in the order of PAGES."""
        row = next((row for row, spec in enumerate(PAGES) if spec.key == key), None)
        return None if row is None else self.nav.item(row)

    def _nav_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.go_to(PAGES[self.nav.row(item)].key)

    def open_record(self, ref: RecordRef, *, remember: bool = True) -> None:
        spec: PageSpec | None = page_for(ref.type)
        if spec is None:
            return
        page = self.go_to(spec.key, remember=False)
        assert _is_list_page(page)
        page.show_record(ref)
        if remember:
            self.history.visit(Place(spec.key, ref))
        self._update_history_actions()

    def go_back(self) -> None:
        self._go(self.history.back)

    def go_forward(self) -> None:
        self._go(self.history.forward)

    def _go(self, move: Callable[[], Place | None]) -> None:
        place = move()
        if place is None:
            return
        if place.ref is not None:
            self.open_record(place.ref, remember=False)
        else:
            self.go_to(place.page, remember=False)

    def _update_history_actions(self) -> None:
        self.commands["back"].setEnabled(self.history.can_go_back())
        self.commands["forward"].setEnabled(self.history.can_go_forward())

    # -- commands ----------------------------------------------------------------------

    def new_record(self, record_type: RecordType | None, **values: Any) -> ListPage:
        """A blank editor for ``record_type`` (None: the type of the current list, else a note),
        pre-filled with ``values`` (a follow-up's target, a note's links)."""
        current = self.current_page()
        if record_type is None:
            record_type = current.record_type if _is_list_page(current) else RecordType.NOTE
        spec = page_for(record_type)
        assert spec is not None
        page = self.go_to(spec.key)
        assert _is_list_page(page)
        page.new_record(**values)
        return page

    def save_current(self) -> None:
        page = self.current_page()
        if _is_list_page(page):
            page.editor.save()

    def undo(self) -> None:
        step = self.ctx.undo.take()
        if step is not None:
            def undone(_: object) -> None:
                self.ctx.undo.undone(step)
                self.ctx.status_message.emit(self.tr("Rückgängig gemacht: {what}. Wiederholen mit Strg+Y.").format(what=step.label))

            self.ctx.ops.write(self, step.undo).success(undone).run()

    def redo(self) -> None:
        step = self.ctx.undo.take_redo()
        if step is not None:
            def redone(_: object) -> None:
                self.ctx.undo.redone(step)
                self.ctx.status_message.emit(self.tr("Wiederholt: {what}").format(what=step.label))

            self.ctx.ops.write(self, step.redo).success(redone).run()

    @property
    def search_backend(self) -> SearchBackend:
        """The full-text index once the context keeps one (from the first paint on), else names and titles."""
        from sic_desktop.ui.global_search.list_filter_backend import make_backend  # whoosh: not for the first paint

        return make_backend(self.ctx.ws)

    def show_search(self) -> SearchPopup:
        if self._search is None:
            from sic_desktop.ui.global_search.search_popup import SearchPopup  # whoosh: not for the first paint

            self._search = SearchPopup(self.ctx, lambda: self.search_backend, self)
        geometry = self.geometry()
        self._search.move(geometry.x() + (geometry.width() - self._search.width()) // 2, geometry.y() + 80)
        self._search.start()
        return self._search

    def _find_outside_text(self) -> None:
        # Imported when first asked: each Qt class brings its enums, built in Python, into the start.
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

        if not isinstance(QApplication.focusWidget(), QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox):
            self.show_search()

    def show_settings(self) -> None:
        from sic_desktop.ui.settings_dialog import SettingsDialog  # with the Word template's python-docx: late

        SettingsDialog(self.ctx, self).exec()

    def show_themes(self) -> None:
        from sic_desktop.ui.themes_dialog import ThemesDialog  # not needed for the first page

        ThemesDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        from sic_desktop.ui.where_data_lies import about_where  # not needed for the first page

        QMessageBox.about(
            self,
            self.tr("Über SIC Desktop"),
            self.tr(
                "<h3>SIC Desktop {version}</h3><p>Kontakte, Kooperationen und Notizen für die Arbeit an sozialer "
                "Innovation – Social Innovation Center, Wirtschaftsförderung Dortmund.</p>"
                "<p>{where}</p>"
            ).format(version=sic_desktop.__version__, where=about_where(self.ctx.ws)),
        )

    def load_demo(self) -> None:
        from sic_desktop.core.demo import load_demo  # the demo's word lists: only when asked for

        self.ctx.ops.write(self, load_demo).with_progress(self.tr("Demodaten werden geladen …")).success(
            lambda counts: self.ctx.status_message.emit(self.tr("Demodaten geladen."))
        ).cancelled(lambda: self.ctx.status_message.emit(self.tr("Abgebrochen. Es wurden keine Demodaten geladen."))).run()

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._closing:
            self._save_state()
            event.accept()
            return
        event.ignore()
        self.leave_editors(self._close_now)

    def leave_editors(self, then: Callable[[], None]) -> None:
        """Ask about unsaved changes on every list page; ``then`` runs once all are saved or discarded."""
        self._leave_editors([p for p in self._pages.values() if _is_list_page(p)], then)

    def _leave_editors(self, pages: list[ListPage], then: Callable[[], None]) -> None:
        """Ask about unsaved changes page by page; ``then`` runs when all are saved or discarded."""
        if not pages:
            then()
            return
        first, rest = pages[0], pages[1:]
        if first.editor.is_dirty():
            self.go_to(first.objectName().removeprefix("page_"), remember=False)
        first.editor.maybe_leave(lambda: self._leave_editors(rest, then))

    def close_discarding_changes(self) -> None:
        """Close without asking about unsaved changes (scripts, tests, benchmarks)."""
        self._closing = True
        self.close()

    def _close_now(self) -> None:
        self._closing = True
        # Qt ignores close() while a close event is being handled: close once it is done.
        QTimer.singleShot(0, self.close)

    def _save_state(self) -> None:
        for page in self._pages.values():
            if _is_list_page(page):
                page.save_state()
        self.ctx.window_state.save_window(self)
        self.ctx.window_state.sync()
