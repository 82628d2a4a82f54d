"""Field widgets of the editors. Each has ``value()`` and ``set_value(value)``.

Values are what the record's dataclass field holds (text, list, vocabulary key),
so the form copies them between widgets and records without knowing the type.
Dates are checked by the core when saving (see date_field); nothing is parsed twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QSize, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from sic_desktop.core.vocab import Vocabulary
from sic_desktop.ui.checked import not_none


class FieldWidget(Protocol):
    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


class LineField(QLineEdit):
    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)


class TextField(QPlainTextEdit):
    """Several lines (description, goals); Tab moves on instead of inserting a tab."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(self._height)
        # Grow with the text's needs, not with the window: the form stays compact at the top.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(super().sizeHint().width(), self._height)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class ChoiceField(QComboBox):
    """A vocabulary (sector, status, …): shows labels, stores keys."""

    def __init__(self, vocabulary: Vocabulary, *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if optional:
            self.addItem("–", None)
        for key, label in vocabulary.labels():
            self.addItem(label, key)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


class CheckField(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


class SplitListField(LineField):
    """Several values in one line, separated by ``;`` (e-mail addresses, phones, participants)."""

    separator = ";"

    def value(self) -> list[str]:  # type: ignore[override]  # a list kept in a line edit
        return [part.strip() for part in re.split(rf"[{self.separator}\n]", self.text()) if part.strip()]

    def set_value(self, value: list[str] | None) -> None:  # type: ignore[override]  # as value()
        super().set_value(f"{self.separator} ".join(value or []))


class TagsField(SplitListField):
    """Tags separated by commas, with the known tags offered while typing.

    ``ask_known(deliver)`` reads the tags in use off the UI thread and hands them to ``deliver``."""

    separator = ","

    def __init__(self, ask_known: Callable[[Callable[[list[str]], None]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask_known = ask_known
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setWidget(self)
        completer.activated.connect(self._complete_last)
        self._completer = completer
        self.textEdited.connect(self._suggest)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Asked afresh each time the field is entered: a tag new elsewhere is offered once read.
        self._ask_known(self._model.setStringList)
        super().focusInEvent(event)

    def _suggest(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if last:
            self._completer.setCompletionPrefix(last)
            self._completer.complete()
        else:
            not_none(self._completer.popup()).hide()

    def _complete_last(self, tag: str) -> None:
        parts = [*self.text().split(",")[:-1], f" {tag}" if self.text().count(",") else tag]
        self.setText(",".join(parts) + ", ")


class ThemesField(QListWidget):
    """Theme fields to tick; the list is small (the SIC's five and the users' own). The choices
    come from the reader lane (``set_choices``); ticks given before they arrive are kept for them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._offered = False
        self._wanted: list[int] = []  # ticks given before the choices arrived
        self.set_choices({})

    def set_choices(self, themes: dict[int, str]) -> None:
        """Offer these theme fields, keeping the ticks of those still there (a theme added meanwhile)."""
        ticked = self.value()
        self._offered = bool(themes)
        blocker = self.blockSignals(True)
        self.clear()
        for theme_id, name in sorted(themes.items(), key=lambda item: item[1].casefold()):
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, theme_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if theme_id in ticked else Qt.CheckState.Unchecked)
        self.blockSignals(blocker)
        rows = min(max(self.count(), 3), 7)
        self.setFixedHeight(max(self.sizeHintForRow(0), self.fontMetrics().height()) * rows + 2 * self.frameWidth() + 4)

    def value(self) -> list[int]:
        if not self._offered:
            return sorted(self._wanted)
        return sorted(  # one order before and after the choices arrive: a shown record is not „changed“
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: list[int] | None) -> None:
        self._wanted = list(value or [])
        wanted = set(value or [])
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
