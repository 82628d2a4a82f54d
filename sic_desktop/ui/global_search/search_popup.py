"""The global search popup: results while typing, grouped by type, Enter opens.

Each keystroke asks the backend on the reader thread; while a search runs, only
the newest text waits, so fast typing never queues up work and the field never
stutters. „?“ shows the backend's syntax help inside the popup.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.ui.context import AppContext
from sic_desktop.ui.global_search.backend import SearchBackend, SearchHit
from sic_desktop.ui.global_search.html_delegate import HTML_ROLE, HtmlDelegate
from sic_desktop.ui.icons import icon
from sic_desktop.ui.type_groups import TypeGroups

RESULTS_PER_TYPE = 8
REF_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchRunner(QObject):
    """Runs one search at a time on the reader thread; keeps only the newest waiting text."""

    results = Signal(str, list)  # text, hits

    def __init__(self, ctx: AppContext, backend: Callable[[], SearchBackend], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._backend = backend
        self._running = False
        self._waiting: str | None = None

    def search(self, text: str) -> None:
        if self._running:
            self._waiting = text
            return
        self._running = True
        backend = self._backend()
        self._ctx.ops.read(None, lambda ws: backend.search(text, RESULTS_PER_TYPE)).success(
            lambda hits: self._done(text, hits)
        ).failure(lambda error: self._done(text, [])).run()

    def _done(self, text: str, hits: list[SearchHit]) -> None:
        self._running = False
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self.search(waiting)
        else:
            self.results.emit(text, hits)


class SearchPopup(QDialog):
    def __init__(self, ctx: AppContext, backend: Callable[[], SearchBackend], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._backend = backend
        self.setObjectName("searchPopup")
        self.setWindowTitle(self.tr("Suchen"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Suchen in Organisationen, Kontakten, Kooperationen und Notizen …"))
        self.field.setAccessibleName(self.tr("Suchbegriff"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        row.addWidget(self.field, 1)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("searchHelp")
        self.help_button.setIcon(icon("help"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("Hilfe zur Suche (F1)"))
        self.help_button.setAccessibleName(self.tr("Hilfe zur Suche"))
        self.help_button.setShortcut("F1")
        self.help_button.toggled.connect(self._toggle_help)
        row.addWidget(self.help_button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout.addWidget(self.status)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Suchergebnisse"))
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.itemActivated.connect(self._open)
        layout.addWidget(self.results, 1)
        self.help = QTextBrowser(self)
        self.help.setObjectName("searchHelpText")
        self.help.hide()
        layout.addWidget(self.help, 1)
        self.runner = SearchRunner(ctx, backend, self)
        self.runner.results.connect(self._show)
        self._shown_text: str | None = None

    def start(self, text: str = "") -> None:
        """Open (or bring back) the popup with the field focused and its text selected."""
        if text:
            self.field.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    @property
    def shown_text(self) -> str | None:
        """The text whose results are on screen (for tests and benchmarks)."""
        return self._shown_text

    def _typed(self, text: str) -> None:
        if text.strip():
            self.runner.search(text)
        else:
            self._show(text, [])

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self.field.text():
            return  # an answer to an older text
        self.results.clear()
        groups = TypeGroups(self.results)
        for hit in hits:
            item = QTreeWidgetItem(groups.group(hit.ref.type), [hit.title])
            item.setData(0, REF_ROLE, hit.ref)
            snippet = f"<br>{hit.snippet_html}" if hit.snippet_html else ""
            item.setData(0, HTML_ROLE, f"<b>{html.escape(hit.title)}</b>{snippet}")
        self.results.expandAll()
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
        if text.strip():
            self.status.setText(self.tr("{count} Treffer").format(count=len(hits)) if hits else self.tr("Keine Treffer."))
        else:
            self.status.clear()
        self._shown_text = text

    def _first_hit(self) -> QTreeWidgetItem | None:
        for top in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(top)
            if group.childCount():
                return group.child(0)
        return None

    def _open(self, item: QTreeWidgetItem | None) -> None:
        ref = item.data(0, REF_ROLE) if item is not None else None
        if ref is not None:
            self.hide()
            self.ctx.open(ref)

    def _toggle_help(self, on: bool) -> None:
        if on and not self.help.toPlainText():
            self.help.setHtml(self._backend().help_html())
        self.help.setVisible(on)
        self.results.setVisible(not on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Arrow keys and Enter in the field act on the result list.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(event.key())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        hits = [
            self.results.topLevelItem(top).child(i)
            for top in range(self.results.topLevelItemCount())
            for i in range(self.results.topLevelItem(top).childCount())
        ]
        if not hits:
            return
        current = self.results.currentItem()
        position = hits.index(current) if current in hits else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
        self.results.setCurrentItem(hits[max(0, min(len(hits) - 1, position + step))])
