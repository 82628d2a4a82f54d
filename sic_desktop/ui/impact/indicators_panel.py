"""The indicators of one cooperation, each as a card, with „Indikator hinzufügen“ and templates.

Loads on the reader thread and again after every committed change to indicators or
measurements (a measurement saved elsewhere, an undo), so the cards never go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from sic_desktop.core.impact_templates import IndicatorTemplate, templates_for
from sic_desktop.core.models import Indicator, Note
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.impact.indicator_card import IndicatorCard
from sic_desktop.ui.impact.indicator_dialog import IndicatorDialog
from sic_desktop.ui.impact.measurement_dialog import MeasurementDialog
from sic_desktop.ui.record_actions import trash_records

_IMPACT_TYPES = {RecordType.INDICATOR, RecordType.MEASUREMENT}


@dataclass(frozen=True)
class _Loaded:
    states: list[IndicatorState]
    notes: list[Note]
    templates: list[IndicatorTemplate]


def _load(ws: Workspace, cooperation_id: int) -> _Loaded:
    coop = ws.cooperations.get(cooperation_id, include_trashed=True)
    themes = ws.themes.names()
    notes = ws.notes.list(ListQuery(cooperation_id=cooperation_id, limit=50))
    return _Loaded(ws.impact.states(cooperation_id), notes,
                   templates_for([themes[t] for t in coop.theme_ids if t in themes]))


class IndicatorsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cooperation_id: int | None = None
        self._loaded = _Loaded([], [], [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Indikator hinzufügen …"), self)
        self.add_button.setObjectName("addIndicator")
        self.add_button.clicked.connect(lambda: self._edit(Indicator(cooperation_id=self.cooperation_id)))
        buttons.addWidget(self.add_button)
        self.template_button = QToolButton(self)
        self.template_button.setObjectName("indicatorTemplates")
        self.template_button.setText(self.tr("Aus &Vorlage …"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setMenu(QMenu(self.template_button))
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        self.cards = QVBoxLayout()
        layout.addLayout(self.cards)
        layout.addStretch(1)
        ctx.changed.connect(self._on_changed)
        self.show_cooperation(None)

    @property
    def states(self) -> list[IndicatorState]:
        return self._loaded.states

    def show_cooperation(self, cooperation_id: int | None) -> None:
        self.cooperation_id = cooperation_id
        self.add_button.setEnabled(cooperation_id is not None)
        self.template_button.setEnabled(cooperation_id is not None)
        if cooperation_id is None:
            self._show(_Loaded([], [], []))
            self.hint.setText(self.tr("Indikatoren lassen sich anlegen, sobald die Kooperation gespeichert ist."))
            return
        self.reload()

    def reload(self) -> None:
        wanted = self.cooperation_id
        if wanted is None:
            return
        self.ctx.ops.read(self, lambda ws: _load(ws, wanted)).success(
            lambda loaded: self._show(loaded) if wanted == self.cooperation_id else None).run()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.cooperation_id is not None and any(ref.type in _IMPACT_TYPES for ref in changes.refs()):
            self.reload()

    def _show(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        while self.cards.count():
            widget = not_none(self.cards.takeAt(0)).widget()
            if widget is not None:
                widget.deleteLater()
        for state in loaded.states:
            card = IndicatorCard(state, self)
            card.measure_requested.connect(self._measure)
            card.edit_requested.connect(lambda s: self._edit(s.indicator))
            card.trash_requested.connect(lambda s: trash_records(self.ctx, [s.indicator.ref], self))
            self.cards.addWidget(card)
        self.hint.setText("" if loaded.states else self.tr(
            "Noch keine Indikatoren. Ein Indikator macht sichtbar, was die Kooperation bewirkt: von Leistungen "
            "(Output) über Veränderungen bei den Zielgruppen (Outcome) bis zur Gesellschaft (Impact)."))
        self.hint.setVisible(not loaded.states or self.cooperation_id is None)
        menu = self.template_button.menu()
        menu.clear()
        for template in loaded.templates:
            action = menu.addAction(template.indicator(0).name)
            action.triggered.connect(lambda _=False, t=template: self._edit(t.indicator(self.cooperation_id)))

    def _edit(self, indicator: Indicator) -> None:
        dialog = IndicatorDialog(self.ctx, indicator, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.ctx.status_message.emit(
            self.tr("Indikator „{name}“ gespeichert.").format(name=not_none(dialog.stored).display_title)))
        dialog.open()

    def _measure(self, state: IndicatorState) -> None:
        dialog = MeasurementDialog(self.ctx, state, self._loaded.notes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.ctx.status_message.emit(
            self.tr("Messung für „{name}“ gespeichert.").format(name=state.indicator.name)))
        dialog.open()
