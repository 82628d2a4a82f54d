"""Two likely duplicates side by side: per field, which value wins; which record number stays.

Only fields that hold something are shown. Where both sides differ the user picks
a side (the left one is preselected); an empty side is always filled from the
other, and lists (e-mail addresses, phones, tags, theme fields, memberships) are
merged, so nothing is lost by accident – the same rules as ``services.merge``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from sic_desktop.core.services.compare import Comparison

LEFT, RIGHT = 0, 1
_RADIO_CHARS = 80  # a radio button does not wrap: longer values are cut, in full in the tooltip


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _RADIO_CHARS else line[: _RADIO_CHARS - 1] + "…"


class ComparisonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.comparison: Comparison | None = None
        self._fields: dict[str, QButtonGroup] = {}
        self._keep: QButtonGroup | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area)
        self.explanation = QLabel(
            self.tr("Die gewählten Werte werden übernommen. Leere Felder füllt der andere Datensatz; Listen wie "
                    "E-Mail-Adressen, Telefonnummern und Schlagwörter werden zusammengeführt. Alle Verknüpfungen "
                    "wandern zum Datensatz, der bleibt."),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setEnabled(False)
        layout.addWidget(self.explanation)
        self.show_comparison(None)

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._fields = {}
        host = QWidget(self.scroll_area)
        grid = QGridLayout(host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.scroll_area.setWidget(host)  # deletes the previous grid
        if comparison is None:
            grid.addWidget(QLabel(self.tr("Bitte oben ein Paar wählen."), host), 0, 0)
            return
        first, second = comparison.first, comparison.second
        for column, record in ((1, first), (2, second)):
            heading = QLabel(f"<b>{escape(record.display_title)}</b> (Nr. {record.id})", host)
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, column)
        self._keep = QButtonGroup(host)
        grid.addWidget(QLabel(self.tr("Bleibt erhalten:"), host), 1, 0)
        for side, column in ((LEFT, 1), (RIGHT, 2)):
            button = QRadioButton(self.tr("diese Nummer"), host)
            button.setObjectName(f"keep_{'left' if side == LEFT else 'right'}")
            button.setAccessibleName(self.tr("Nummer {id} behalten").format(id=(first, second)[side].id))
            self._keep.addButton(button, side)
            grid.addWidget(button, 1, column)
        self._keep.button(LEFT).setChecked(True)
        links_label = QLabel(self.tr("Verknüpft mit:"), host)
        grid.addWidget(links_label, 2, 0)
        for column, text in ((1, comparison.first_links), (2, comparison.second_links)):
            grid.addWidget(self._value(text or self.tr("nichts"), host), 2, column)
        row = 3
        for field in comparison.fields:
            if not field.first and not field.second:
                continue
            label = QLabel(field.label + ":", host)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            if field.differs and field.first and field.second and not field.is_list:
                group = QButtonGroup(host)
                for side, column, text in ((LEFT, 1, field.first), (RIGHT, 2, field.second)):
                    button = QRadioButton(_short(text), host)
                    button.setToolTip(text)
                    button.setObjectName(f"{field.name}_{'left' if side == LEFT else 'right'}")
                    button.setAccessibleName(f"{field.label}: {text}")
                    group.addButton(button, side)
                    grid.addWidget(button, row, column)
                group.button(LEFT).setChecked(True)
                self._fields[field.name] = group
            else:
                for column, text in ((1, field.first), (2, field.second)):
                    value = self._value(text, host, merged=field.is_list and field.differs)
                    value.setEnabled(field.differs)  # the same on both sides: nothing to decide
                    grid.addWidget(value, row, column)
            row += 1
        grid.setRowStretch(row, 1)

    def _value(self, text: str, parent: QWidget, *, merged: bool = False) -> QLabel:
        label = QLabel(text or "–", parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if merged:
            label.setToolTip(self.tr("Beide Listen werden zusammengeführt."))
        return label

    def keep_side(self) -> int:
        assert self._keep is not None
        return self._keep.checkedId()

    def set_keep_side(self, side: int) -> None:
        assert self._keep is not None
        self._keep.button(side).setChecked(True)

    def choose(self, field_name: str, side: int) -> None:
        self._fields[field_name].button(side).setChecked(True)

    def merge_plan(self) -> tuple[int, int, list[str]]:
        """(id kept, id merged into it, fields whose value comes from the merged record)."""
        assert self.comparison is not None
        ids = (self.comparison.first.stored_id, self.comparison.second.stored_id)
        keep = self.keep_side()
        take = [name for name, group in self._fields.items() if group.checkedId() != keep]
        return ids[keep], ids[1 - keep], take
