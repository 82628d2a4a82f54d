"""Einstellungen → Suche: the way to the team's „Gleichbedeutende Begriffe“."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from sic_desktop.core.settings import Settings
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.synonyms_dialog import SynonymsDialog


class SearchSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchSettings")
        self.setTitle(self.tr("Suche"))
        layout = QHBoxLayout(self)
        hint = QLabel(self.tr("Abkürzungen und Begriffe, die dasselbe meinen (VHS = Volkshochschule)."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint, 1)
        self.synonyms = QPushButton(self.tr("&Gleichbedeutende Begriffe …"), self)
        self.synonyms.setObjectName("synonymsButton")
        self.synonyms.clicked.connect(lambda: SynonymsDialog(ctx, self).exec())
        layout.addWidget(self.synonyms)

    def apply(self, settings: Settings) -> None:
        """Nothing to apply: the synonym dialog saves its groups itself."""
