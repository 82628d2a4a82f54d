"""The view onto the map scene: zoom with the wheel or keys, pan by dragging the background."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from sic_desktop.ui.map.scene import MARGIN

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
STEP = 1.2


class MapCanvas(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._declutter_timer = QTimer(self, singleShot=True, interval=30)
        self._declutter_timer.timeout.connect(self._declutter_now)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM / self.zoom, min(MAX_ZOOM / self.zoom, factor))
        self.scale(factor, factor)
        self._declutter()

    def fit(self) -> None:
        """Show the whole map (but never blow a tiny one up beyond 250 %)."""
        if self.scene() is None:
            return
        margin = MARGIN - 30
        rect = self.scene().sceneRect().adjusted(margin, margin, -margin, -margin)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 2.5:
            self.zoom_by(2.5 / self.zoom)
        self._declutter()

    def _declutter(self) -> None:
        """Let the scene decide anew which names fit (after zoom, scroll or resize), once the events settle."""
        self._declutter_timer.start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt name)
        super().scrollContentsBy(dx, dy)
        self._declutter()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._declutter()

    def _declutter_now(self) -> None:
        scene = self.scene()
        if hasattr(scene, "declutter"):
            scene.declutter(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / STEP)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
