"""Beside the map: the legend (drawn like the printed one) and the broker ranking."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sic_desktop.core.i18n import number, translate
from sic_desktop.core.vocab import SECTORS
from sic_desktop.drawing.figure_painting import paint_figure
from sic_desktop.network.canvas import Figure
from sic_desktop.network.figures import NetworkFigures
from sic_desktop.network.legend import LEGEND_WIDTH, draw_legend
from sic_desktop.network.style import Palette

RANKED = 25


def legend_pixmap(palette: Palette, *, persons: bool, device_ratio: float) -> QPixmap:
    figure = Figure(LEGEND_WIDTH + 10, 400, palette.background)
    bottom = draw_legend(figure, 4, 0, palette, persons=persons)
    figure.height = bottom + 8
    scale = 96 / 72 * device_ratio
    image = QImage(round(figure.width * scale), round(figure.height * scale), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    paint_figure(painter, figure)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


class SidePanel(QWidget):
    """Legend on top, then the organisations ranked by broker score; emits the chosen one."""

    chosen = Signal(object)  # RecordRef: a click marks it on the map
    opened = Signal(object)  # RecordRef: a double click opens it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        heading = QLabel(translate("Map", "<b>Vermittler</b> – verbinden Partner, die sonst getrennt wären"))
        heading.setWordWrap(True)
        self.ranking = QListWidget()
        self.ranking.setAccessibleName(translate("Map", "Vermittler-Rangliste"))
        self.ranking.setWordWrap(True)
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ranking.setAlternatingRowColors(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(heading)
        layout.addWidget(self.ranking, 1)
        layout.addWidget(self.note)
        self.ranking.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.ranking.itemActivated.connect(lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.setMinimumWidth(270)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(290, 600)

    def show_legend(self, palette: Palette, *, persons: bool) -> None:
        self.legend.setPixmap(legend_pixmap(palette, persons=persons, device_ratio=self.devicePixelRatioF()))

    def show_figures(self, figures: NetworkFigures) -> None:
        self.ranking.clear()
        for place, figure in enumerate(figures.top(RANKED), start=1):
            text = translate("Map", "{place}. {name}\n{partners} Partner · Vermittlerwert {score} · {sector}").format(
                place=place, name=figure.name, partners=number(figure.partners),
                score=number(figure.broker_score, 3), sector=SECTORS.label(figure.sector) or "–",
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, figure.ref)
            item.setToolTip(translate("Map", "Klicken zeigt sie auf der Karte, Doppelklick öffnet sie."))
            self.ranking.addItem(item)
        if figures.samples:
            self.note.setText(translate(
                "Map", "Vermittlerwert geschätzt aus {count} zufällig gewählten Organisationen (gleiche Daten, gleiche Werte)."
            ).format(count=number(figures.samples)))
        else:
            self.note.setText(translate("Map", "Vermittlerwert: Anteil der kürzesten Wege zwischen anderen Organisationen, "
                                               "die über diese laufen (Betweenness)."))
