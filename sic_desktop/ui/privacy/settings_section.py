"""Einstellungen → Datenschutz: how long a keep decision holds and how long the change history is kept.

Both are the team's, in the database (``ws.privacy_settings``); on the team server only a login with
the Datenschutz role may change them, the others see them disabled with the reason. The deletion
periods themselves are rules in the database, edited on the Datenschutz page."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION, REVIEW
from sic_desktop.core.settings import Settings
from sic_desktop.core.team_access import access_rights, on_server
from sic_desktop.core.workspace import Workspace


class PrivacySection(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setObjectName("privacySettings")
        self.setTitle(self.tr("Datenschutz"))
        layout = QFormLayout(self)
        periods = ws.privacy_settings
        self.review_years = self._years(1, 10, periods.review_years, "reviewYears")
        label = QLabel(self.tr("Begründete &Weiterspeicherung gilt:"), self)
        label.setBuddy(self.review_years)
        self.review_years.setToolTip(
            self.tr("So lange bleibt ein begründet weiter gespeicherter Kontakt von der Prüfliste. Die Löschfristen "
                    "selbst stehen auf der Seite „Datenschutz“ unter „Löschregeln“.")
        )
        layout.addRow(label, self.review_years)
        self.history_years = self._years(1, 30, periods.history_retention_years, "historyYears")
        label = QLabel(self.tr("Änderungsprotokoll &aufbewahren:"), self)
        label.setBuddy(self.history_years)
        self.history_years.setToolTip(self.tr("Ältere Einträge des Änderungsprotokolls werden beim Start gelöscht."))
        layout.addRow(label, self.history_years)
        self._may_change = access_rights(ws).privacy
        if on_server(ws):
            hint = QLabel(self.tr("Diese Fristen gelten für das ganze Team.") if self._may_change else self.tr(
                "Diese Fristen gelten für das ganze Team. Ändern kann sie nur eine Anmeldung mit der Rolle "
                "„Datenschutz“."), self)
            hint.setObjectName("privacyPeriodsHint")
            hint.setWordWrap(True)
            layout.addRow("", hint)
        self.review_years.setEnabled(self._may_change)
        self.history_years.setEnabled(self._may_change)

    def _years(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setValue(min(max(value, low), high))
        box.setSuffix(self.tr(" Jahre"))
        return box

    def apply(self, settings: Settings) -> None:
        """The periods go to the database, not to this PC's settings (an unchanged one is not stored)."""
        if self._may_change:
            self._ws.privacy_settings.update(
                {REVIEW: self.review_years.value(), HISTORY_RETENTION: self.history_years.value()}
            )
