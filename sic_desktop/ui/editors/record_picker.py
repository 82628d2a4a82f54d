"""Type-ahead picker: type a few letters of a name, choose the record from the list.

Suggestions come from the core (``ws.suggestions``): the lists' own text filter, so
„mueller“ finds „Müller“, „Nachname, Vorname“ and one typo forgiven; each says
which record it is (function and organisation of a person, date of a note) and
whether it was found by a similar spelling. They are read on the reader lane (typing
never waits for the database); an answer overtaken by newer typing is dropped, and
Enter pressed before the answer arrived takes its first suggestion.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.suggestions import Suggestion
from sic_desktop.ui.checked import as_type, not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.messages import show_error

SUGGESTIONS = 12
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordPicker(QLineEdit):
    picked = Signal(object, str)  # RecordRef, title

    def __init__(self, ctx: AppContext, types: tuple[RecordType, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._types = types
        self._asked = 0  # the newest request for suggestions; an older answer is dropped
        self._waiting = False  # its answer has not arrived yet
        self._take_first_on_arrival = False  # Enter was pressed while waiting
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        not_none(self._completer.popup()).activated.connect(self._activated)
        not_none(self._completer.popup()).clicked.connect(self._activated)
        self._typing = QTimer(self, singleShot=True, interval=80)
        self._typing.timeout.connect(self._suggest)
        self.textEdited.connect(self._typing.start)
        self.textEdited.connect(self._forget_enter)  # Enter meant the text as it was then
        self.returnPressed.connect(self._take_first)

    def suggestions(self) -> list[tuple[RecordRef, str]]:
        return [
            (self._model.item(row).data(REF_ROLE), self._model.item(row).text()) for row in range(self._model.rowCount())
        ]

    def labels(self) -> list[str]:
        """The suggestions as the list shows them (title, what tells it apart, how it was found)."""
        return [self._model.item(row).text() for row in range(self._model.rowCount())]

    def _forget_enter(self) -> None:
        self._take_first_on_arrival = False

    def _suggest(self) -> None:
        text, types = self.text().strip(), self._types
        self._asked += 1
        if not text:
            self._waiting = self._take_first_on_arrival = False
            self._model.clear()
            not_none(self._completer.popup()).hide()
            return
        asked, self._waiting = self._asked, True
        self._ctx.ops.read(self, lambda ws: ws.suggestions.suggest(text, types, limit=SUGGESTIONS)).success(
            lambda found: self._show(asked, found)).failure(lambda error: self._failed(asked, error)).run()

    def _failed(self, asked: int, error: Exception) -> None:
        """No suggestions, said why; Enter works again (it waited for this answer)."""
        self._show(asked, [])
        show_error(self, error)

    def _show(self, asked: int, found: list[Suggestion]) -> None:
        if asked != self._asked:
            return
        self._waiting = False
        self._model.clear()
        show_type = len(self._types) > 1
        for suggestion in found:
            item = QStandardItem(icon(suggestion.ref.type.value), suggestion.label(with_type=show_type))
            item.setToolTip(item.text())
            item.setData(suggestion.ref, REF_ROLE)
            item.setData(suggestion.title, TITLE_ROLE)
            self._model.appendRow(item)
        if self._take_first_on_arrival:
            self._take_first_on_arrival = False
            self._take_first()
        elif self._model.rowCount():
            self._completer.complete()
        else:
            not_none(self._completer.popup()).hide()

    def _activated(self, index) -> None:
        item = self._model.itemFromIndex(as_type(self._completer.completionModel(), QAbstractProxyModel).mapToSource(index))
        if item is not None:
            self._emit(item)

    def _take_first(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self._suggest()
        if self._waiting:
            self._take_first_on_arrival = True
            return
        if self._model.rowCount():
            self._emit(self._model.item(0))

    def _emit(self, item: QStandardItem) -> None:
        not_none(self._completer.popup()).hide()
        self.clear()
        self.picked.emit(item.data(REF_ROLE), item.data(TITLE_ROLE))
