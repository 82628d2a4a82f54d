"""The row of choices above the map: theme field, status, district, sector, year, persons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from sic_desktop.core.dates import today
from sic_desktop.core.i18n import translate
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.vocab import ACTIVE_STATUSES, COOPERATION_STATUSES, SECTORS
from sic_desktop.network.filters import MapFilter
from sic_desktop.ui.combo import refill_choices
from sic_desktop.ui.flow_layout import FlowLayout

_RUNNING = "running"


class MapFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = self._combo(translate("Map", "Themenfeld"))
        self.status = self._combo(translate("Map", "Status"))
        self.district = self._combo(translate("Map", "Stadtteil"))
        self.sector = self._combo(translate("Map", "Sektor"))
        self.year = self._combo(translate("Map", "Zeitraum"))
        self.persons = self._combo(translate("Map", "Kontakte"))
        layout = FlowLayout(self)
        for label, combo in (
            (translate("Map", "Themenfeld:"), self.theme),
            (translate("Map", "Status:"), self.status),
            (translate("Map", "Stadtteil:"), self.district),
            (translate("Map", "Sektor:"), self.sector),
            (translate("Map", "Zeitraum:"), self.year),
            (translate("Map", "Kontakte:"), self.persons),
        ):
            pair = QWidget(self)  # a caption stays on the line of its box
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label, pair)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
            layout.addWidget(pair)
        refill_choices(self.status, translate("Map", "alle"), [(_RUNNING, translate("Map", "laufende (Idee bis Verstetigt)")), *COOPERATION_STATUSES.labels()])
        refill_choices(self.sector, translate("Map", "alle"), SECTORS.labels())
        refill_choices(self.persons, translate("Map", "automatisch"),
                   [(True, translate("Map", "zeigen")), (False, translate("Map", "nur Organisationen"))])
        for combo in (self.theme, self.status, self.district, self.sector, self.year, self.persons):
            combo.currentIndexChanged.connect(self.changed)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def set_choices(self, snapshot: NetworkSnapshot) -> None:
        """Offer the theme fields, districts and years the data has."""
        refill_choices(self.theme, translate("Map", "alle"), sorted(snapshot.themes.items()))
        refill_choices(self.district, translate("Map", "alle"), [(d, d) for d in snapshot.districts()])
        years = {c.start_date.year for c in snapshot.cooperations.values() if c.start_date}
        first = min(years, default=today().year)
        refill_choices(self.year, translate("Map", "gesamter Zeitraum"),
                   [(y, str(y)) for y in range(today().year, first - 1, -1)])

    def map_filter(self) -> MapFilter:
        status = self.status.currentData()
        year = self.year.currentData()
        return MapFilter(
            theme_id=self.theme.currentData(),
            statuses=ACTIVE_STATUSES if status == _RUNNING else (status,) if status else (),
            district=self.district.currentData(),
            sector=self.sector.currentData(),
            date_from=date(year, 1, 1) if year else None,
            date_to=date(year, 12, 31) if year else None,
        )

    def persons_choice(self) -> bool | None:
        return self.persons.currentData()
