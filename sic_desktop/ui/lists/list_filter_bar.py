"""The filter line above a list: text, theme field, tag and the type's own filters.

Which combo boxes appear follows what the service supports (``service.filters``),
so a new filter in the core needs one entry in ``_CHOICE_FILTERS`` here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from sic_desktop.core.field_labels import TAGGABLE
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES, NOTE_KINDS, SECTORS
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.combo import refill_choices
from sic_desktop.ui.context import AppContext

TYPING_DELAY_MS = 150



@dataclass(frozen=True)
class ChoiceFilter:
    field: str  # ListQuery attribute and service filter name
    name: Callable[[], str]  # for screen readers: „Sektor-Filter“
    all_label: Callable[[], str]  # „Alle Sektoren“
    choices: Callable[[], Sequence[tuple[object, str]]]  # (value, label)


_CHOICE_FILTERS = (
    ChoiceFilter("sector", lambda: QCoreApplication.translate("FilterBar", "Sektor-Filter"),
                 lambda: QCoreApplication.translate("FilterBar", "Alle Sektoren"), SECTORS.labels),
    ChoiceFilter("status", lambda: QCoreApplication.translate("FilterBar", "Status-Filter"),
                 lambda: QCoreApplication.translate("FilterBar", "Alle Status"), COOPERATION_STATUSES.labels),
    ChoiceFilter("kind", lambda: QCoreApplication.translate("FilterBar", "Art-Filter"),
                 lambda: QCoreApplication.translate("FilterBar", "Alle Arten"), NOTE_KINDS.labels),
    ChoiceFilter(
        "done",
        lambda: QCoreApplication.translate("FilterBar", "Erledigt-Filter"),
        lambda: QCoreApplication.translate("FilterBar", "Offen und erledigt"),
        lambda: [(False, QCoreApplication.translate("FilterBar", "Offen")), (True, QCoreApplication.translate("FilterBar", "Erledigt"))],
    ),
)


def _theme_and_tag_choices(ws: Workspace) -> tuple[list[tuple[object, str]], list[tuple[object, str]]]:
    """Runs on the reader lane: the theme fields by name, and the tags in use."""
    themes: list[tuple[object, str]] = sorted(ws.themes.names().items(), key=lambda item: item[1].casefold())
    return themes, [(name, name) for name in ws.tags.usage()]


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, record_type: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._type = record_type
        service = ctx.ws.service(record_type)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._choices = QHBoxLayout()

        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Filtern nach Name oder Titel …"))
        self.text.setAccessibleName(self.tr("Liste filtern"))
        layout.addWidget(self.text)
        layout.addLayout(self._choices)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(self._typing.start)

        self._combos: dict[str, QComboBox] = {}
        if record_type in TAGGABLE:
            self._add_combo("theme_id", self.tr("Themenfeld-Filter"))
            self._add_combo("tag", self.tr("Schlagwort-Filter"))
            self._show_choices(([], []))  # „Alle …“ until the choices arrive
        for choice in _CHOICE_FILTERS:
            if choice.field in service.filters:
                combo = self._add_combo(choice.field, choice.name())
                combo.addItem(choice.all_label(), None)
                for value, label in choice.choices():
                    combo.addItem(label, value)
                if choice.field == "done":
                    combo.setCurrentIndex(combo.findData(False))  # follow-ups: the open ones first
        self.reload_choices()

    def _add_combo(self, field: str, accessible_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{field}")
        combo.setAccessibleName(accessible_name)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.changed)
        self._choices.addWidget(combo, 1)
        self._combos[field] = combo
        return combo

    def reload_choices(self) -> None:
        """Theme fields and tags change while the program runs; refill their lists once they are read
        on the reader lane (until then a new list offers only „Alle …“)."""
        if "theme_id" in self._combos:  # with the tags: the taggable types have both
            self._ctx.ops.read(self, _theme_and_tag_choices).success(self._show_choices).run()

    def _show_choices(self, choices: tuple[list[tuple[object, str]], list[tuple[object, str]]]) -> None:
        themes, tags = choices
        self._refill(self._combos["theme_id"], self.tr("Alle Themenfelder"), themes)
        self._refill(self._combos["tag"], self.tr("Alle Schlagwörter"), tags)

    def _refill(self, combo: QComboBox, all_label: str, entries: Sequence[tuple[object, str]]) -> None:
        if refill_choices(combo, all_label, entries):
            self.changed.emit()

    def apply_to(self, query: ListQuery) -> ListQuery:
        """``query`` with the filters the user set."""
        query.text = self.text.text().strip()
        for field, combo in self._combos.items():
            setattr(query, field, combo.currentData())
        return query

    def clear(self) -> None:
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        self.text.clear()
