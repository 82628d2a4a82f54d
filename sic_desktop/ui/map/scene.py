"""The map as a graphics scene: items built from a computed map, signals for what the user does."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMenu

from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.network.canvas import OccupiedAreas
from sic_desktop.network.layout import Point
from sic_desktop.network.style import Palette
from sic_desktop.ui.checked import as_type
from sic_desktop.ui.map.computed_map import ComputedMap
from sic_desktop.ui.map.items import EdgeItem, LabelItem, NodeActions, NodeItem
from sic_desktop.ui.map.tooltips import edge_tooltip, node_tooltip

PERSON_NAMES_ZOOM = 1.2  # persons are named only when zoomed in at least this far
MARGIN = 200.0  # scene room around the nodes, for names and dragging
HUB_NAMES = 15  # the best-connected organisations are named even over other nodes


class MapScene(QGraphicsScene):
    record_clicked = Signal(object)  # RecordRef
    node_moved = Signal(object, float, float)  # RecordRef, x, y
    focus_requested = Signal(object)  # RecordRef
    reset_requested = Signal(object)  # RecordRef

    def __init__(self, computed: ComputedMap, palette: Palette) -> None:
        super().__init__()
        self.computed = computed
        self.setBackgroundBrush(QBrush(QColor(palette.background)))
        self.nodes: dict[RecordRef, NodeItem] = {}
        actions = NodeActions(self.record_clicked.emit, self._moved, self._fill_menu)
        graph = computed.result.graph
        positions = computed.result.positions | {
            ref: p for ref, p in computed.pinned.items() if ref in computed.result.positions
        }
        self.labels: list[LabelItem] = []  # most important first: organisations by partners, then persons
        for ref, data in sorted(graph.nodes(data=True), key=_importance):
            node = NodeItem(ref, data, palette, actions, node_tooltip(data))
            node.setPos(QPointF(*positions[ref]))
            self.addItem(node)
            self.nodes[ref] = node
            self.labels.append(LabelItem(node, data["name"], palette.text))
        for a, b, data in graph.edges(data=True):
            self.addItem(EdgeItem(self.nodes[a], self.nodes[b], data, palette, edge_tooltip(data, computed.snapshot)))
        # The map's extent is its nodes; names (drawn at screen size) must not stretch it.
        self.setSceneRect(_nodes_rect(self.nodes.values()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def positions(self) -> dict[RecordRef, Point]:
        """Where the nodes are now, dragged ones included (for exports)."""
        return {ref: (node.pos().x(), node.pos().y()) for ref, node in self.nodes.items()}

    def move_back(self, refs: list[RecordRef]) -> None:
        """Return nodes to the automatic layout."""
        for ref in refs:
            if ref in self.nodes:
                self.nodes[ref].setPos(QPointF(*self.computed.result.positions[ref]))

    def declutter(self, view: QGraphicsView) -> None:
        """Show names where they fit on screen at the view's zoom, the most important first.

        A name covers no other name, and, except for the biggest hubs, no other node;
        zooming in makes room for more.
        """
        names, nodes = OccupiedAreas(), OccupiedAreas()
        zoom = view.transform().m11()
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        screen = view.viewport().rect()
        for node in self.nodes.values():
            if visible.contains(node.pos()):
                centre, reach = view.mapFromScene(node.pos()), node.radius * zoom
                nodes.add((centre.x() - reach, centre.y() - reach, centre.x() + reach, centre.y() + reach))
        for rank, label in enumerate(self.labels):
            node = as_type(label.parentItem(), NodeItem)
            if (node.person and zoom < PERSON_NAMES_ZOOM) or not visible.contains(node.pos()):
                label.setVisible(False)
                continue
            centre, reach = view.mapFromScene(node.pos()), node.radius * zoom
            own = (centre.x() - reach, centre.y() - reach, centre.x() + reach, centre.y() + reach)
            width, height = label.boundingRect().width(), label.boundingRect().height()
            for dx, dy in (  # right, left, below, above
                (reach + 3, -height / 2), (-reach - 3 - width, -height / 2),
                (-width / 2, reach + 1), (-width / 2, -reach - 1 - height),
            ):
                area = (centre.x() + dx, centre.y() + dy, centre.x() + dx + width, centre.y() + dy + height)
                on_screen = screen.left() <= area[0] and area[2] <= screen.right()
                if on_screen and not names.overlaps(area) and (rank < HUB_NAMES or not nodes.overlaps(area, ignore=own)):
                    label.place(dx, dy)
                    label.setVisible(True)
                    names.add(area)
                    break
            else:
                label.setVisible(False)

    def mark(self, ref: RecordRef | None) -> None:
        for other, node in self.nodes.items():
            node.set_marked(other == ref)

    def _moved(self, ref: RecordRef, position: QPointF) -> None:
        self.node_moved.emit(ref, position.x(), position.y())

    def _fill_menu(self, ref: RecordRef, menu: QMenu) -> None:
        menu.addAction(translate("Map", "Öffnen"), lambda: self.record_clicked.emit(ref))
        menu.addAction(translate("Map", "Umfeld zeigen (zwei Schritte)"), lambda: self.focus_requested.emit(ref))
        reset = menu.addAction(translate("Map", "Zurück an den berechneten Platz"), lambda: self.reset_requested.emit(ref))
        reset.setEnabled(ref in self.computed.pinned or self.positions()[ref] != self.computed.result.positions[ref])


def _nodes_rect(nodes) -> QRectF:
    xs = [node.pos().x() for node in nodes] or [0.0]
    ys = [node.pos().y() for node in nodes] or [0.0]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _importance(item: tuple[RecordRef, dict]) -> tuple:
    ref, data = item
    return (data["kind"] is not RecordType.ORGANISATION, -data["partners"], ref)
