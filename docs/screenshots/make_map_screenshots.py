"""Screenshots of the map and the gap view for docs/screenshots (run under xvfb-run or offscreen).

    sic-desktop --data-dir /tmp/demo demo
    sic-desktop --data-dir /tmp/demo5000 demo --persons 5000 --notes 50000
    xvfb-run -s "-screen 0 1600x1000x24" python docs/screenshots/make_map_screenshots.py /tmp/demo /tmp/demo5000
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.map import GapView, MapView

HERE = Path(__file__).parent


def _wait(view: MapView, start) -> None:
    loop = QEventLoop()
    view.computer.finished.connect(lambda *_: QTimer.singleShot(400, loop.quit))
    start()
    loop.exec()


def _window(ws: Workspace) -> tuple[QTabWidget, MapView, GapView]:
    tabs = QTabWidget()
    tabs.setWindowTitle("SIC Desktop – Kartierung")
    view, gaps = MapView(ws, lambda ref: None), GapView(ws, lambda ref: None)
    tabs.addTab(view, "Netzwerkkarte")
    tabs.addTab(gaps, "Lücken")
    tabs.resize(1400, 880)
    return tabs, view, gaps


def _dark(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#202124"),
                         (QPalette.ColorRole.AlternateBase, "#2f2f2f"), (QPalette.ColorRole.Text, "#ededed"),
                         (QPalette.ColorRole.WindowText, "#ededed"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#ededed"), (QPalette.ColorRole.Highlight, "#4a90d9")):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def main(small: str, big: str) -> None:
    app = QApplication(sys.argv[:1])
    with Workspace.open(small) as ws:
        tabs, view, gaps = _window(ws)
        _wait(view, tabs.show)
        tabs.grab().save(str(HERE / "map-demo.png"))
        hub = view.side.ranking.item(0).data(Qt.ItemDataRole.UserRole)
        _wait(view, lambda: view.set_focus(hub))
        tabs.grab().save(str(HERE / "map-focus.png"))
        tabs.setCurrentIndex(1)
        matrix = gaps.matrix
        row, column = next((r, c) for r, (t, _) in enumerate(matrix.themes) for c, s in enumerate(matrix.sectors)
                           if matrix.cell(t, s).is_gap and matrix.cell(t, s).candidate_ids)
        gaps.table.setCurrentIndex(gaps.model.index(row, column))
        app.processEvents()
        tabs.grab().save(str(HERE / "gaps-demo.png"))
        tabs.close()
    with Workspace.open(big) as ws:
        tabs, view, gaps = _window(ws)
        _wait(view, tabs.show)
        tabs.grab().save(str(HERE / "map-5000.png"))
        view.canvas.zoom_by(3.0)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        tabs.grab().save(str(HERE / "map-5000-zoomed.png"))
        tabs.close()
    _dark(app)
    with Workspace.open(small) as ws:
        tabs, view, gaps = _window(ws)
        _wait(view, tabs.show)
        tabs.grab().save(str(HERE / "map-demo-dark.png"))
        tabs.setCurrentIndex(1)
        app.processEvents()
        tabs.grab().save(str(HERE / "gaps-demo-dark.png"))
        tabs.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
