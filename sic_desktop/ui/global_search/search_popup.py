"""The global search popup: results while typing, grouped by type with counts, Enter opens.

Each keystroke asks the backend on the reader thread; while a search runs, only
the newest text waits, so fast typing never queues up work and the field never
stutters. A type filter narrows the list (a group's „alle … zeigen“ line sets it),
a „Meinten Sie …?“ line offers another spelling, the star button keeps searches
under a name, „?“ shows the syntax help inside the popup.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
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

from sic_desktop.core.i18n import number
from sic_desktop.core.record_ref import RecordType
from sic_desktop.search import SearchState
from sic_desktop.search.results import SearchHit
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.global_search.backend import SearchAnswer, SearchBackend, hit_detail
from sic_desktop.ui.global_search.html_delegate import HTML_ROLE, HtmlDelegate, detail_html
from sic_desktop.ui.global_search.saved_searches_button import SavedSearchesButton
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.type_groups import TypeGroups

RESULTS_ALL_TYPES = 30
RESULTS_ONE_TYPE = 100
MORE_ROLE = Qt.ItemDataRole.UserRole + 3  # on „alle … zeigen“: the record type to filter by


class SearchRunner(QObject):
    """Runs one search at a time on the reader thread; keeps only the newest waiting request."""

    results = Signal(str, object, object)  # text, record type filter (or None), SearchAnswer

    def __init__(self, ctx: AppContext, backend: Callable[[], SearchBackend], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._backend = backend
        self._running = False
        self._waiting: tuple[str, RecordType | None] | None = None

    def search(self, text: str, record_type: RecordType | None = None) -> None:
        if self._running:
            self._waiting = (text, record_type)
            return
        self._running = True
        backend = self._backend()
        limit = RESULTS_ONE_TYPE if record_type else RESULTS_ALL_TYPES
        types = [record_type] if record_type else None
        self._ctx.ops.read(None, lambda ws: backend.search(text, limit, types)).success(
            lambda answer: self._done(text, record_type, answer)
        ).failure(lambda error: self._done(text, record_type, SearchAnswer())).run()

    def _done(self, text: str, record_type: RecordType | None, answer: SearchAnswer) -> None:
        self._running = False
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self.search(*waiting)
        else:
            self.results.emit(text, record_type, answer)


class SearchPopup(QDialog):
    def __init__(self, ctx: AppContext, backend: Callable[[], SearchBackend], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._backend = backend
        self.setObjectName("searchPopup")
        self.setWindowTitle(self.tr("Suchen"))
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Suchen in Organisationen, Kontakten, Kooperationen und Notizen …"))
        self.field.setAccessibleName(self.tr("Suchbegriff"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.textChanged.connect(self._search_again)
        self.field.textChanged.connect(self._close_help)
        self.field.installEventFilter(self)
        row.addWidget(self.field, 1)
        self.saved = SavedSearchesButton(ctx, self.field.text, self)
        self.saved.picked.connect(self.field.setText)
        row.addWidget(self.saved)
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
        filters = QHBoxLayout()
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("searchTypeFilter")
        self.type_filter.setAccessibleName(self.tr("Nur diese Art zeigen"))
        self.type_filter.addItem(self.tr("Alle Arten"), None)
        for record_type in SEARCHED_TYPES:
            self.type_filter.addItem(icon(record_type.value), record_type.plural, record_type)
        self.type_filter.currentIndexChanged.connect(self._search_again)
        filters.addWidget(self.type_filter)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        filters.addWidget(self.status, 1)
        layout.addLayout(filters)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("searchSuggestion")
        self.suggestion.linkActivated.connect(self.field.setText)
        self.suggestion.hide()
        layout.addWidget(self.suggestion)
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
        if ctx.search is not None:
            ctx.search.state_changed.connect(self._index_changed)

    def start(self, text: str = "") -> None:
        """Open (or bring back) the popup with the field focused and its text selected."""
        if text:
            self.field.setText(text)
        self._close_help()
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    @property
    def shown_text(self) -> str | None:
        """The text whose results are on screen (for tests and benchmarks)."""
        return self._shown_text

    @property
    def record_type(self) -> RecordType | None:
        data = self.type_filter.currentData()  # Qt hands a StrEnum back as plain text
        return RecordType(data) if data else None

    def show_only(self, record_type: RecordType | None) -> None:
        self.type_filter.setCurrentIndex(self.type_filter.findData(record_type))

    def _index_changed(self, state: SearchState, progress: object) -> None:
        if state is not SearchState.BUILDING and self.isVisible():  # built (or given up): search again
            self._search_again()

    def _search_again(self, *_: object) -> None:
        text = self.field.text()
        if text.strip():
            self.runner.search(text, self.record_type)
        else:
            self._show(text, self.record_type, SearchAnswer())

    def _show(self, text: str, record_type: RecordType | None, answer: SearchAnswer) -> None:
        if text != self.field.text() or record_type != self.record_type:
            return  # an answer to an older request
        self.results.clear()
        groups = TypeGroups(self.results)
        shown: dict[RecordType, int] = {}
        for hit in answer.hits:
            _hit_item(groups.group(hit.ref.type), hit)
            shown[hit.ref.type] = shown.get(hit.ref.type, 0) + 1
        for found_type in SEARCHED_TYPES:
            count = answer.counts.get(found_type, 0)
            if not count or (record_type and found_type is not record_type):
                continue
            group = groups.group(found_type)
            group.setText(0, f"{found_type.plural} ({_number(count)})")
            if count > shown.get(found_type, 0):
                self._more_item(group, found_type, count)
        self.results.expandAll()
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
        self._show_status(text, answer)
        self._shown_text = text

    def _more_item(self, group: QTreeWidgetItem, record_type: RecordType, count: int) -> None:
        label = self.tr("Alle {count} {records} zeigen …").format(count=_number(count), records=record_type.plural)
        if record_type is self.record_type:
            label = self.tr("Die ersten {shown} von {count} – bitte die Suche genauer fassen.").format(
                shown=_number(group.childCount()), count=_number(count))
        item = QTreeWidgetItem(group, [label])
        item.setData(0, MORE_ROLE, record_type)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)

    def _show_status(self, text: str, answer: SearchAnswer) -> None:
        total = sum(answer.counts.values())
        if not text.strip():
            words = ""
        elif total:
            words = self.tr("{count} Treffer").format(count=_number(total))
        else:
            words = self.tr("Keine Treffer.")
        self.status.setText(" ".join(part for part in (words, answer.notice) if part))
        if answer.suggestion:  # nothing found, or typo matches only
            link = f'<a href="{html.escape(answer.suggestion)}">„{html.escape(answer.suggestion)}“</a>'
            self.suggestion.setText(self.tr("Meinten Sie {suggestion}?").format(suggestion=link))
            self.suggestion.show()
        else:
            self.suggestion.hide()

    def _first_hit(self) -> QTreeWidgetItem | None:
        for top in range(self.results.topLevelItemCount()):
            group = not_none(self.results.topLevelItem(top))
            if group.childCount():
                return group.child(0)
        return None

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        more = item.data(0, MORE_ROLE)
        if more:
            if RecordType(more) is not self.record_type:
                self.show_only(RecordType(more))
            return
        ref = item.data(0, REF_ROLE)
        if ref is not None:
            self.hide()
            self.ctx.open(ref)

    def _close_help(self) -> None:
        """A new search shows its results, not the help that was open for the last one."""
        self.help_button.setChecked(False)

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
                self._move(Qt.Key(event.key()))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        hits = [
            not_none(group.child(i))
            for group in (not_none(self.results.topLevelItem(top)) for top in range(self.results.topLevelItemCount()))
            for i in range(group.childCount())
        ]
        if not hits:
            return
        current = self.results.currentItem()
        position = hits.index(current) if current in hits else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[key]
        self.results.setCurrentItem(hits[max(0, min(len(hits) - 1, position + step))])


def _hit_item(group: QTreeWidgetItem, hit: SearchHit) -> QTreeWidgetItem:
    item = QTreeWidgetItem(group, [hit.title])
    item.setData(0, REF_ROLE, hit.ref)
    detail = hit_detail(hit)
    detail = " " + detail_html(f"· {html.escape(detail)}") if detail else ""
    snippet = f"<br>{hit.snippet.html}" if hit.snippet.spans else ""
    item.setData(0, HTML_ROLE, f"<b>{html.escape(hit.title)}</b>{detail}{snippet}")
    return item


def _number(value: int) -> str:
    return number(value)
