"""Einstellungen → Datenschutz: how long a keep decision holds and how long the change history is kept.

The deletion periods themselves are rules in the data folder, edited on the Datenschutz page."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from sic_desktop.core.settings import Settings
from sic_desktop.core.workspace import Workspace


class PrivacySection(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySettings")
        self.setTitle(self.tr("Datenschutz"))
        layout = QFormLayout(self)
        self.review_years = self._years(1, 10, ws.settings.privacy_review_years, "reviewYears")
        label = QLabel(self.tr("Begründete &Weiterspeicherung gilt:"), self)
        label.setBuddy(self.review_years)
        self.review_years.setToolTip(
            self.tr("So lange bleibt ein begründet weiter gespeicherter Kontakt von der Prüfliste. Die Löschfristen "
                    "selbst stehen auf der Seite „Datenschutz“ unter „Löschregeln“.")
        )
        layout.addRow(label, self.review_years)
        self.history_years = self._years(1, 30, ws.settings.history_retention_years, "historyYears")
        label = QLabel(self.tr("Änderungsprotokoll &aufbewahren:"), self)
        label.setBuddy(self.history_years)
        self.history_years.setToolTip(self.tr("Ältere Einträge des Änderungsprotokolls werden beim Start gelöscht."))
        layout.addRow(label, self.history_years)

    def _years(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setValue(min(max(value, low), high))
        box.setSuffix(self.tr(" Jahre"))
        return box

    def apply(self, settings: Settings) -> None:
        settings.privacy_review_years = self.review_years.value()
        settings.history_retention_years = self.history_years.value()
