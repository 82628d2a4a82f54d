"""A small chart of one indicator: measured values against the straight path to the target.

Drawn like the report's charts (solid line measured, dashed line planned, dotted
target), so the window and the printed Wirkungsbericht read the same way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sic_desktop.core.dates import today
from sic_desktop.core.services.impact import IndicatorState


class Sparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: IndicatorState | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(120, 48)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(220, 54)

    def set_state(self, state: IndicatorState) -> None:
        self._state = state
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._state is None:
            return
        i = self._state.indicator
        points = [(m.measured_on, m.value) for m in self._state.measurements if m.measured_on and m.value is not None]
        start = i.baseline_date or (points[0][0] if points else today())
        end = max([i.target_date or start] + [day for day, _ in points])
        values = [v for _, v in points] + [i.baseline_value or 0.0, i.target_value or 0.0]
        low, high = min(values), max(values)
        span, height = max((end - start).days, 1), (high - low) or 1.0
        box = self.rect().adjusted(3, 3, -3, -3)

        def at(day: date, value: float) -> QPointF:
            return QPointF(box.left() + box.width() * (day - start).days / span,
                           box.bottom() - box.height() * (value - low) / height)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(box.bottomLeft(), box.bottomRight())
        if i.target_date and i.baseline_value is not None and i.target_value is not None:
            painter.setPen(QPen(self.palette().mid().color(), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(at(start, i.baseline_value), at(i.target_date, i.target_value))
            painter.setPen(QPen(text, 0.8, Qt.PenStyle.DotLine))
            painter.drawLine(at(start, i.target_value), at(end, i.target_value))
        if points:
            painter.setPen(QPen(text, 1.8))
            painter.drawPolyline([at(day, value) for day, value in points])
            last = at(*points[-1])
            painter.fillRect(int(last.x()) - 2, int(last.y()) - 2, 5, 5, text)
        painter.end()
