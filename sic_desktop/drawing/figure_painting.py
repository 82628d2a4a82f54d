"""Figures painted with Qt: PNG files, also on a server or in a script without a display.

Text is drawn with the very font file the PDF embeds (DejaVu Sans), so a PNG looks
like the PDF on every computer; where Qt's hinting still sets a text a little
wider than measured, it is squeezed to its measured width.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)

from sic_desktop.core.errors import StorageError
from sic_desktop.core.i18n import translate
from sic_desktop.network.canvas import FONT_FILES, Circle, Figure, FigureFonts, Line, Polygon, Rect, Text, font_data

PNG_DPI = 150


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one that draws off screen when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        no_display = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if no_display and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "sic-desktop"])
    return app  # type: ignore[return-value]


def figure_image(figure: Figure, *, dpi: int = PNG_DPI) -> QImage:
    scale = dpi / 72.0
    image = QImage(round(figure.width * scale), round(figure.height * scale), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(figure.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        paint_figure(painter, figure)
    finally:
        painter.end()
    return image


def write_png(figure: Figure, path: Path, *, dpi: int = PNG_DPI) -> None:
    ensure_gui_application()
    if not figure_image(figure, dpi=dpi).save(str(path), "PNG"):  # type: ignore[call-overload]  # str works; stubs say bytes
        raise StorageError(
            translate("Map", "Das Bild konnte nicht als „{path}“ gespeichert werden.").format(path=path)
        )


def paint_figure(painter: QPainter, figure: Figure) -> None:
    for shape in figure.shapes:
        if isinstance(shape, Line):
            pen = QPen(QColor(shape.colour), shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if shape.dashed:
                pen.setDashPattern([3 / max(shape.width, 0.1), 2 / max(shape.width, 0.1)])
            painter.setPen(pen)
            painter.drawLine(QLineF(QPointF(*shape.start), QPointF(*shape.end)))
        elif isinstance(shape, Circle):
            _outline(painter, shape.stroke, shape.stroke_width, shape.fill)
            painter.drawEllipse(QPointF(*shape.centre), shape.radius, shape.radius)
        elif isinstance(shape, Polygon):
            _outline(painter, shape.stroke, shape.stroke_width, shape.fill)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        elif isinstance(shape, Rect):
            _paint_rect(painter, shape)
        elif isinstance(shape, Text):
            _paint_text(painter, shape, figure.fonts)


def _outline(painter: QPainter, stroke: str | None, width: float, fill: str | None) -> None:
    painter.setPen(QPen(QColor(stroke), width) if stroke else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)


def _paint_rect(painter: QPainter, shape: Rect) -> None:
    _outline(painter, shape.stroke, shape.stroke_width, shape.fill)
    painter.drawRect(QRectF(shape.x, shape.y, shape.width, shape.height))
    if shape.hatch:
        painter.setPen(QPen(QColor(shape.hatch), 0.6))
        for start, end in shape.hatch_lines():
            painter.drawLine(QLineF(QPointF(*start), QPointF(*end)))


@functools.cache
def _family(name: str) -> str:
    """The Qt family of a figure font, loaded from the same file the PDF embeds."""
    if name not in FONT_FILES:
        return name
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(font_data(name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().defaultFamily()


def _font(painter: QPainter, shape: Text, fonts: FigureFonts, scale: float = 1.0) -> QFont:
    font = QFont(_family(fonts.bold if shape.bold else fonts.regular))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    # Figure units are points and the painter is scaled to them already: undo the device's DPI.
    font.setPointSizeF(shape.size * scale * 72.0 / painter.device().logicalDpiY())
    font.setBold(shape.bold)
    return font


def _natural_width(painter: QPainter, shape: Text, fonts: FigureFonts, scale: float = 1.0) -> float:
    return QFontMetricsF(_font(painter, shape, fonts, scale), painter.device()).horizontalAdvance(shape.text)


def _paint_text(painter: QPainter, shape: Text, fonts: FigureFonts) -> None:
    """Squeeze a text that Qt sets wider than the PDF metrics said (hinting), so that it keeps its room."""
    scale = 1.0
    natural = _natural_width(painter, shape, fonts)
    if natural > shape.width > 0:
        scale = shape.width / natural
    painter.setFont(_font(painter, shape, fonts, scale))
    painter.setPen(QColor(shape.colour))
    painter.drawText(QPointF(shape.left, shape.y), shape.text)
