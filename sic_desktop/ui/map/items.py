"""The map's graphics items: a node one can hover, click, drag and right-click, and a tie between two."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.network.style import DASHED_STATUSES, Palette, diamond, edge_width, node_radius, sector_colour

CLICK_DISTANCE = 3.0  # scene units a press may move and still count as a click


class NodeActions:
    """What a node reports to its scene; set by the scene."""

    def __init__(
        self,
        clicked: Callable[[RecordRef], None],
        moved: Callable[[RecordRef, QPointF], None],
        menu: Callable[[RecordRef, QMenu], None],
    ) -> None:
        self.clicked, self.moved, self.menu = clicked, moved, menu


class NodeItem(QGraphicsItem):
    def __init__(self, ref: RecordRef, data: dict, palette: Palette, actions: NodeActions, tooltip: str) -> None:
        super().__init__()
        self.ref, self._palette, self._actions = ref, palette, actions
        self.person = data["kind"] is RecordType.PERSON
        self.radius = node_radius(data["kind"], data["partners"])
        self._fill = QColor(sector_colour(data["sector"]))
        self.edges: list[EdgeItem] = []
        self._pressed_at: QPointF | None = None
        self._hover = False
        self.marked = False  # chosen in the ranking: drawn with a ring
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self.setZValue(2 + self.radius / 100)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        r = self.radius * 1.3 + 6
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = max(self.radius * 1.25, 5.0)  # small persons stay easy to hit
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setBrush(QBrush(self._fill))
        painter.setPen(QPen(QColor(self._palette.outline), 1.8 if self._hover else 0.6))
        if self.person:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in diamond(0, 0, self.radius)]))
        else:
            painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.marked:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(self._palette.text), 2.0))
            painter.drawEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)

    def set_marked(self, marked: bool) -> None:
        self.marked = marked
        self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802 (Qt name)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.follow()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._pressed_at is None:
            return
        moved = QLineF(self._pressed_at, self.pos()).length()
        self._pressed_at = None
        if moved < CLICK_DISTANCE:
            self._actions.clicked(self.ref)
        else:
            self._actions.moved(self.ref, self.pos())

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = QMenu()
        self._actions.menu(self.ref, menu)
        menu.exec(event.screenPos())


class EdgeItem(QGraphicsLineItem):
    def __init__(self, a: NodeItem, b: NodeItem, data: dict, palette: Palette, tooltip: str) -> None:
        super().__init__()
        self.a, self.b = a, b
        membership_only = not data["cooperations"]
        colour = palette.membership if membership_only else palette.status(data["status"])
        pen = QPen(QColor(colour), edge_width(data["weight"], membership_only))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if data["status"] in DASHED_STATUSES:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(0 if membership_only else 1)
        self.setToolTip(tooltip)
        a.edges.append(self)
        b.edges.append(self)
        self.follow()

    def follow(self) -> None:
        self.setLine(QLineF(self.a.pos(), self.b.pos()))


class LabelItem(QGraphicsSimpleTextItem):
    """A node's name right beside it, the same size on screen at every zoom.

    Whether and on which side it shows is decided by the scene (``MapScene.declutter``),
    so that names never pile up on each other.
    """

    def __init__(self, node: NodeItem, text: str, colour: str) -> None:
        super().__init__(text, node)
        self.setBrush(QBrush(QColor(colour)))
        font = self.font()
        font.setPointSizeF(8)
        self.setFont(font)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(5)

    def place(self, dx: float, dy: float) -> None:
        """Put the text's top left corner ``dx, dy`` screen pixels from the node's centre."""
        self.setTransform(QTransform.fromTranslate(dx, dy))
