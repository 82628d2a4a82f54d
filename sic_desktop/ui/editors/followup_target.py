"""„Bezug“ of a follow-up: the record it belongs to, chosen by typing a few letters.

The chosen record shows as a link (a click opens it) with „Ändern“ beside it; an
empty „Bezug“ shows only the type-ahead picker over notes, contacts, organisations
and cooperations, so a follow-up can be made from the Wiedervorlagen page too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.picker_row import read_renamed_titles
from sic_desktop.ui.editors.record_picker import RecordPicker
from sic_desktop.ui.icons import icon

# People and organisations first: most follow-ups are „call her again“; notes match many letters.
_PICKED_FIRST = (RecordType.PERSON, RecordType.ORGANISATION, RecordType.COOPERATION, RecordType.NOTE)


class FollowUpTargetField(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ref: RecordRef | None = None
        self._known: dict[RecordRef, str] = {}  # titles seen, for a value given back after a save
        self.names_records = _refs  # the title is read with the record (see form.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chosen = QWidget(self)
        row = QHBoxLayout(self.chosen)
        row.setContentsMargins(0, 0, 0, 0)
        self.link = QPushButton(self.chosen)
        self.link.setObjectName("followupTarget")
        self.link.setFlat(True)
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.setStyleSheet("text-align: left; text-decoration: underline;")
        self.link.clicked.connect(self._open)
        row.addWidget(self.link, 1)
        self.change = QToolButton(self.chosen)
        self.change.setObjectName("changeFollowupTarget")
        self.change.setText(self.tr("Ändern"))
        self.change.setToolTip(self.tr("Einen anderen Bezug wählen"))
        self.change.clicked.connect(self._start_choosing)
        row.addWidget(self.change)
        layout.addWidget(self.chosen)
        self.picker = RecordPicker(ctx, _PICKED_FIRST, self)
        self.picker.setObjectName("followupTargetPicker")
        self.picker.setPlaceholderText(self.tr("Notiz, Kontakt, Organisation oder Kooperation: Namen tippen …"))
        self.picker.picked.connect(lambda ref, title: self._choose(ref, title))
        layout.addWidget(self.picker)
        self._show()
        ctx.changed.connect(self._retitle)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.picker.setAccessibleName(name)

    def value(self) -> RecordRef | None:
        return self._ref

    def set_value(self, ref: RecordRef | None) -> None:
        """The title comes with ``show_titles``; one seen before shows at once."""
        self._ref = ref
        self._show(self._known.get(ref, "") if ref is not None else "")

    def show_titles(self, titles: dict[RecordRef, str]) -> None:
        self._known.update(titles)
        if self._ref in titles:
            self._show(titles[self._ref])

    def _choose(self, ref: RecordRef, title: str) -> None:
        self._known[ref] = title
        self._ref = ref
        self._show(title)
        self.link.setFocus()
        self.changed.emit()

    def _start_choosing(self) -> None:
        self.chosen.hide()
        self.picker.show()
        self.picker.setFocus()

    def _show(self, title: str = "") -> None:
        ref = self._ref
        self.chosen.setVisible(ref is not None)
        self.picker.setVisible(ref is None)
        self.picker.clear()
        if ref is not None:
            self.link.setIcon(icon(ref.type.value))
            self.link.setText(f"{ref.type.label}: {title}")
            self.link.setToolTip(self.tr("Öffnen: {title}").format(title=title))
            self.link.setAccessibleName(self.tr("Öffnen: {title}").format(title=title))
        self.setFocusProxy(self.link if ref is not None else self.picker)

    def _retitle(self, changes) -> None:
        """The chosen record was renamed (or trashed and restored) elsewhere: show its name now."""
        if self._ref is not None:
            read_renamed_titles(self._ctx, self, changes, [self._ref], self.show_titles)

    def _open(self) -> None:
        if self._ref is not None:
            self._ctx.open(self._ref)


def _refs(ref: RecordRef | None) -> list[RecordRef]:
    return [ref] if ref is not None else []
