"""The map as a graphics scene: items built from a computed map, signals for what the user does."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMenu

from sic_desktop.core.i18n import translate
from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.network.canvas import OccupiedAreas
from sic_desktop.network.layout import Point
from sic_desktop.network.style import Palette
from sic_desktop.ui.map.items import EdgeItem, LabelItem, NodeActions, NodeItem
from sic_desktop.ui.map.tooltips import edge_tooltip, node_tooltip
from sic_desktop.ui.map.worker import ComputedMap

PERSON_NAMES_ZOOM = 1.2  # persons are named only when zoomed in at least this far
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
        for node in self.nodes.values():
            if visible.contains(node.pos()):
                centre, reach = view.mapFromScene(node.pos()), node.radius * zoom
                nodes.add((centre.x() - reach, centre.y() - reach, centre.x() + reach, centre.y() + reach))
        for rank, label in enumerate(self.labels):
            node = label.parentItem()
            if (node.person and zoom < PERSON_NAMES_ZOOM) or not visible.contains(node.pos()):
                label.setVisible(False)
                continue
            centre, reach = view.mapFromScene(node.pos()), node.radius * zoom
            size = label.boundingRect()
            left = centre.x() + reach + 3
            area = (left, centre.y() - size.height() / 2, left + size.width(), centre.y() + size.height() / 2)
            own = (centre.x() - reach, centre.y() - reach, centre.x() + reach, centre.y() + reach)
            fits = not names.overlaps(area) and (rank < HUB_NAMES or not nodes.overlaps(area, ignore=own))
            label.setVisible(fits)
            if fits:
                names.add(area)

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


def _importance(item: tuple[RecordRef, dict]) -> tuple:
    ref, data = item
    return (data["kind"] is not RecordType.ORGANISATION, -data["partners"], ref)
