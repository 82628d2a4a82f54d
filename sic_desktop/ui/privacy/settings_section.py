"""Einstellungen → Datenschutz: how long a keep decision holds and how long the change history is kept.

Both are the team's, in the database (``ws.privacy_settings``); on the team server only a login with
the Datenschutz role may change them, the others see them disabled with the reason. The deletion
periods themselves are rules in the database, edited on the Datenschutz page.

The periods and the login's right are read on the reader lane when the dialog opens (the spin boxes
show „…“ and stay disabled until they arrive), and a change is stored on the writer lane at „OK“:
on the team server each of them is a round trip the window must not wait for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION, PERIODS, REVIEW
from sic_desktop.core.settings import Settings
from sic_desktop.core.team_access import access_rights, on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.count_suffix import count_suffix


@dataclass(frozen=True)
class _Loaded:
    years: dict[str, int]  # HISTORY_RETENTION and REVIEW
    may_change: bool


def _load(ws: Workspace) -> _Loaded:
    """Runs on the reader lane."""
    return _Loaded({setting.key: setting.value for setting in ws.privacy_settings.list()}, access_rights(ws).privacy)


class PrivacySection(QGroupBox):
    loaded = Signal()  # the periods arrived and are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded: _Loaded | None = None
        self.setObjectName("privacySettings")
        self.setTitle(self.tr("Datenschutz"))
        layout = QFormLayout(self)
        self.review_years = self._years(REVIEW, "reviewYears")
        label = QLabel(self.tr("Begründete &Weiterspeicherung gilt:"), self)
        label.setBuddy(self.review_years)
        self.review_years.setToolTip(
            self.tr("So lange bleibt ein begründet weiter gespeicherter Kontakt von der Prüfliste. Die Löschfristen "
                    "selbst stehen auf der Seite „Datenschutz“ unter „Löschregeln“.")
        )
        layout.addRow(label, self.review_years)
        self.history_years = self._years(HISTORY_RETENTION, "historyYears")
        label = QLabel(self.tr("Änderungsprotokoll &aufbewahren:"), self)
        label.setBuddy(self.history_years)
        self.history_years.setToolTip(self.tr("Ältere Einträge des Änderungsprotokolls werden beim Start gelöscht."))
        layout.addRow(label, self.history_years)
        self.hint: QLabel | None = None
        if on_server(ctx.ws):  # the text follows once the login's right is known
            self.hint = QLabel(self.tr("Diese Fristen gelten für das ganze Team."), self)
            self.hint.setObjectName("privacyPeriodsHint")
            self.hint.setWordWrap(True)
            layout.addRow("", self.hint)
        ctx.ops.read(self, _load).success(self._show).run()

    def _years(self, key: str, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(0, PERIODS[key].most)  # 0 only while loading: shown as „…“
        box.setSpecialValueText("…")
        box.setEnabled(False)
        count_suffix(box, self.tr(" Jahr"), self.tr(" Jahre"))
        return box

    def _show(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        for box, key in ((self.review_years, REVIEW), (self.history_years, HISTORY_RETENTION)):
            box.setSpecialValueText("")
            box.setMinimum(1)
            box.setValue(min(max(loaded.years[key], 1), box.maximum()))
            box.setEnabled(loaded.may_change)
        if self.hint is not None and not loaded.may_change:
            self.hint.setText(self.tr(
                "Diese Fristen gelten für das ganze Team. Ändern kann sie nur eine Anmeldung mit der Rolle "
                "„Datenschutz“."))
        self.loaded.emit()

    def apply(self, settings: Settings) -> None:
        """The periods go to the database, not to this PC's settings; only changed ones, on the writer lane.
        Before they arrived nothing was shown to change, so nothing is stored."""
        if self._loaded is None or not self._loaded.may_change:
            return
        chosen = {REVIEW: self.review_years.value(), HISTORY_RETENTION: self.history_years.value()}
        changed = {key: value for key, value in chosen.items() if value != self._loaded.years[key]}
        if changed:
            # The Einstellungen close at once: the window they belong to shows an error in German.
            self._ctx.ops.write(self.window().parentWidget(), lambda ws: ws.privacy_settings.update(changed)).run()
