"""The map view as a user meets it: it draws, a click opens, a drag is remembered, focus narrows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton

from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.network import NetworkService
from sic_desktop.core.storage.database import Database
from sic_desktop.ui.map import MapView


def _ready_view(qtbot, ctx, opened) -> MapView:
    view = MapView(ctx, opened.append)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.shown_map, timeout=20000):
        view.show()
    return view


def _organisation_on_screen(view: MapView):
    scene = view.canvas.scene()
    ref = next(ref for ref in scene.nodes if ref.type is RecordType.ORGANISATION and scene.nodes[ref].edges)
    view.canvas.centerOn(scene.nodes[ref])
    return ref, view.canvas.mapFromScene(scene.nodes[ref].pos())


def _send(widget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_map_shows_every_node_of_the_data_and_a_legend(qtbot, workspace, ctx, opened) -> None:
    view = _ready_view(qtbot, ctx, opened)

    scene = view.canvas.scene()
    assert len(scene.nodes) == workspace.organisations.count() + workspace.persons.count()
    assert not view.progress.isVisible()
    assert "12 Organisationen, 30 Kontakte" in view.status.text()
    assert view.side.legend.pixmap() is not None and not view.side.legend.pixmap().isNull()
    assert view.side.ranking.count() > 0


def test_clicking_a_node_opens_its_record(qtbot, workspace, ctx, opened) -> None:
    view = _ready_view(qtbot, ctx, opened)
    ref, point = _organisation_on_screen(view)

    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert opened == [ref]


def _drag(view: MapView, point: QPoint, target: QPoint) -> None:
    viewport = view.canvas.viewport()
    _send(viewport, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        _send(viewport, QEvent.Type.MouseMove, point + (target - point) * step / 5, Qt.MouseButton.LeftButton)
    _send(viewport, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)


def test_dragging_a_node_moves_it_and_the_map_remembers(qtbot, workspace, ctx, opened, settle) -> None:
    view = _ready_view(qtbot, ctx, opened)
    ref, point = _organisation_on_screen(view)
    start = view.canvas.scene().nodes[ref].pos()

    _drag(view, point, point + QPoint(60, 40))
    settle()

    assert opened == []  # a drag is no click
    scene = view.canvas.scene()
    moved = scene.nodes[ref].pos()
    assert (moved - start).manhattanLength() > 20
    stored = workspace.map_positions.load(scene.computed.result.view_key)
    assert stored[ref] == (moved.x(), moved.y())
    edge = scene.nodes[ref].edges[0]
    assert moved in (edge.line().p1(), edge.line().p2())  # ties follow the node

    again = _ready_view(qtbot, ctx, [])
    assert again.canvas.scene().nodes[ref].pos() == moved


def test_focus_shows_the_neighbourhood_and_can_be_left(qtbot, workspace, ctx, opened) -> None:
    view = _ready_view(qtbot, ctx, opened)
    everything = len(view.canvas.scene().nodes)
    ref, _ = _organisation_on_screen(view)

    with qtbot.waitSignal(view.shown_map, timeout=20000):
        view.set_focus(ref)

    focused = view.canvas.scene()
    assert ref in focused.nodes and len(focused.nodes) < everything
    assert not view.focus_bar.isHidden()
    assert view._focus_label.text().startswith("Umfeld von ")

    with qtbot.waitSignal(view.shown_map, timeout=20000):
        view.set_focus(None)
    assert len(view.canvas.scene().nodes) == everything and view.focus_bar.isHidden()


def test_filters_narrow_the_map(qtbot, workspace, ctx, opened) -> None:
    view = _ready_view(qtbot, ctx, opened)
    index = view.filters.sector.findData("wissenschaft")

    with qtbot.waitSignal(view.shown_map, timeout=20000):
        view.filters.sector.setCurrentIndex(index)

    sectors = {data["sector"] for _, data in view.canvas.scene().computed.result.graph.nodes(data=True)}
    assert sectors == {"wissenschaft"}
    assert "Sektor Wissenschaft" in view.status.text()


def test_a_saved_record_updates_the_map(qtbot, workspace, ctx, opened) -> None:
    from sic_desktop.core.models import Organisation

    view = _ready_view(qtbot, ctx, opened)
    before = len(view.canvas.scene().nodes)

    with qtbot.waitSignal(view.shown_map, timeout=20000):
        workspace.organisations.create(Organisation(name="Neue Initiative Eving", sector="zivilgesellschaft"))

    assert len(view.canvas.scene().nodes) == before + 1


def test_the_map_page_reads_the_network_and_writes_positions_off_the_ui_thread(
        qtbot, workspace, ctx, opened, settle, monkeypatch) -> None:
    writes: list[threading.Thread] = []
    reads: list[threading.Thread] = []
    real_write, real_snapshot = Database.write, NetworkService.snapshot

    def spied_write(database: Database):
        writes.append(threading.current_thread())
        return real_write(database)

    def spied_snapshot(service: NetworkService, *args, **kwargs):
        reads.append(threading.current_thread())
        return real_snapshot(service, *args, **kwargs)

    monkeypatch.setattr(Database, "write", spied_write)
    monkeypatch.setattr(NetworkService, "snapshot", spied_snapshot)
    view = _ready_view(qtbot, ctx, opened)
    _ref, point = _organisation_on_screen(view)
    _drag(view, point, point + QPoint(60, 40))  # saves the node's position
    reset = next(button for button in view.findChildren(QPushButton) if button.text() == "Anordnung zurücksetzen")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)  # forgets every position of the view
    settle()

    assert workspace.map_positions.load(view.canvas.scene().computed.result.view_key) == {}
    assert len(writes) == 2 and reads
    assert threading.main_thread() not in writes + reads
