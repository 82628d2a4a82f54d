"""The window fits an office screen whatever the user visits: 1,366 × 768, or 1,920 × 1,080 at
150 % (1,280 × 720 logical pixels).

No page, record, dialog or message may push the window's minimum size above 1,280 × 720 (the
window could then not be made as small as the screen), and every dialog reachable from the
menus must fit on a 1,366 × 768 screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.pages import PAGES
from sic_desktop.ui.saved_notice import show_saved_file
from tests.ui.dialog_walk import dialogs_opened_by

LIMIT = QSize(1280, 720)
SCREEN = QSize(1366, 768)
LONG_PATH = Path("/home/sachbearbeiterin/Dokumente/Wirtschaftsförderung/Social Innovation Center/Berichte/2026"
                 "/Themenfeldbericht Arbeit im Quartier, Work & Care, Wirtschaft & Schule – Stand 02.12.2026.pdf")
# Menu commands that open a dialog (the others act at once or ask for a file first).
DIALOG_COMMANDS = ("theme_report", "import", "export", "restore_backup", "settings", "themes", "duplicates",
                   "about", "handbook", "shortcuts")
RECORD_DIALOGS = ("briefing", "history")  # from the „Datensatz“ menu of an organisation


def fits(size: QSize, limit: QSize) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


def wait_for_map(qtbot, page) -> None:
    """The map is laid out on a thread of its own: wait until it is drawn (and the thread is done)."""
    qtbot.waitUntil(lambda: page.canvas.scene() is not None and page.progress.isHidden(), timeout=20_000)


def assert_window_fits(window, where: str) -> None:
    QApplication.processEvents()
    for what, size in (("minimumSizeHint", window.minimumSizeHint()), ("minimumSize", window.minimumSize())):
        assert fits(size, LIMIT), f"{where}: {what} {size.width()} × {size.height()} > 1280 × 720"


def test_no_page_record_or_message_makes_the_window_wider_than_the_screen(demo_window, settle, qtbot):
    window = demo_window
    for spec in PAGES:
        page = window.go_to(spec.key)
        settle()
        if spec.key == "map":
            wait_for_map(qtbot, page)
        if isinstance(page, ListPage):
            ids = window.ctx.ws.service(page.record_type).ids(ListQuery(limit=1))
            window.open_record(RecordRef(page.record_type, ids[0]))
            settle()
        assert_window_fits(window, f"page {spec.key}")

    window.ctx.status_message.emit(f"Gespeichert: {LONG_PATH}")
    assert_window_fits(window, "long status message")
    shown = window.statusBar().currentMessage()
    assert "…" in shown and shown != str(LONG_PATH), "the long message is shortened"
    assert str(LONG_PATH) in window.statusBar().toolTip(), "the full text is in the tooltip"

    notice = show_saved_file(window, LONG_PATH, f"Briefing gespeichert unter {LONG_PATH}")
    assert_window_fits(window, "saved-file notice")
    assert str(LONG_PATH) in notice.label.toolTip()
    window.resize(LIMIT)
    qtbot.waitUntil(lambda: window.width() == LIMIT.width())
    assert "…" in notice.label.shown_text(), "the notice shortens the path instead of widening the window"


def test_side_panels_can_be_pushed_aside(demo_window, settle, qtbot):
    """The linked-records pane of a list and the map's legend collapse when their splitter is dragged over them."""
    from PySide6.QtWidgets import QSplitter

    page = demo_window.go_to("organisation")
    assert page.detail_splitter.isCollapsible(1) and page.splitter.childrenCollapsible()
    map_page = demo_window.go_to("map")
    wait_for_map(qtbot, map_page)
    splitter = map_page.findChild(QSplitter)
    splitter.setSizes([1, 0])
    assert splitter.sizes()[1] == 0 and not splitter.isCollapsible(0), "the legend goes, the map stays"
    assert_window_fits(demo_window, "map without legend")


def assert_dialogs_fit(qtbot, window, key: str, trigger: Callable[[], None]) -> int:
    dialogs = dialogs_opened_by(qtbot, trigger, lambda d: (d.windowTitle(), d.size(), d.minimumSizeHint()))
    assert dialogs, f"„{key}“ opens a dialog"
    for title, size, hint in dialogs:
        assert fits(size, SCREEN), f"„{title}“ is {size.width()} × {size.height()}"
        assert fits(hint, LIMIT), f"„{title}“ needs at least {hint.width()} × {hint.height()}"
    assert_window_fits(window, f"after „{key}“")
    return len(dialogs)


def test_every_dialog_from_the_menus_fits_the_screen(demo_window, settle, qtbot):
    window = demo_window
    page = window.go_to("organisation")
    settle()
    window.open_record(RecordRef(page.record_type, window.ctx.ws.organisations.ids(ListQuery(limit=1))[0]))
    settle()
    for key in DIALOG_COMMANDS:
        assert_dialogs_fit(qtbot, window, key, window.commands[key].trigger)
        settle()
    for key in RECORD_DIALOGS:
        assert_dialogs_fit(qtbot, window, key, page.actions[key].trigger)
        settle()


def test_the_first_start_fits_a_small_office_screen(tmp_path: Path):
    """1,366 × 768 less a 40 px task bar: the window opens no larger than that (before: 1,360 × 820)."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "Buero", "x": 0, "y": 0, "width": 1366, "height": 728,
                                               "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from sic_desktop.core.workspace import Workspace\n"
        "from sic_desktop.ui.context import AppContext\n"
        "from sic_desktop.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "ws = Workspace.open(sys.argv[1])\n"
        "ctx = AppContext(ws)\n"
        "window = MainWindow(ctx)\n"
        "print(window.width(), window.height())\n"
        "ctx.close()\n"
        "ws.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "daten")], capture_output=True, text=True,
                            env=env, check=True, timeout=120)
    width, height = map(int, result.stdout.split()[-2:])
    assert width <= 1366 and height <= 728
