"""Icons drawn as SVG in ``resources/icons``, rendered sharp at any screen scale.

The line icons use ``currentColor``; it is replaced by the palette's text colour
when an icon is painted, so they stay visible in a dark system theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from sic_desktop.shipped_files import resource_dir


class _SvgIconEngine(QIconEngine):
    """Renders the SVG at the requested size in the current palette's text colour.

    The file is read when the icon is first painted: most icons (those of the menus) are not
    in the window's first picture."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour: QColor = palette.color(group, QPalette.ColorRole.WindowText)
        return QSvgRenderer(QByteArray(_svg_text(self._name).replace("currentColor", colour.name()).encode()))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name)


@cache
def _svg_text(name: str) -> str:
    return (resource_dir("icons") / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(_SvgIconEngine(name))
