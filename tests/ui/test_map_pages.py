"""Kartierung and Lücken are pages of the main window; a node click opens the record there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.map import GapView, MapView


def test_map_click_opens_the_organisation_in_its_list(qtbot, window, ctx, reference_day):
    run_to_end(load_demo(ctx.ws, DemoSize(persons=20, notes=5), today=reference_day))
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Kartierung" in titles and "Lücken" in titles

    view = window.go_to("map")
    assert isinstance(view, MapView)
    qtbot.waitUntil(lambda: bool(view.canvas.scene() and view.canvas.scene().nodes), timeout=20_000)
    scene = view.canvas.scene()
    ref = next(ref for ref in scene.nodes if ref.type is RecordType.ORGANISATION)
    view.canvas.centerOn(scene.nodes[ref])
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.canvas.mapFromScene(scene.nodes[ref].pos()))

    qtbot.waitUntil(lambda: window.current_page() is window.page(RecordType.ORGANISATION.value), timeout=5_000)
    editor = window.page(RecordType.ORGANISATION.value).editor
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == ref.id, timeout=5_000)
    assert isinstance(window.go_to("gaps"), GapView)
