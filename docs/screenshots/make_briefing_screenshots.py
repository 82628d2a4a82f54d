"""Screenshots of the briefing dialogs for docs/screenshots, with demo data in a temporary folder.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/make_briefing_screenshots.py [--language en]

Saves the options dialog of an organisation briefing and of a theme-field report,
the list after a PDF was made (status-bar notice with „Ordner öffnen“) and the
Themenfelder dialog with its report button. No PDF viewer is started.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.briefing.options_dialog import BriefingDialog
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.themes_dialog import ThemesDialog
from sic_desktop.ui.translations import install_translations

HERE = Path(__file__).parent


def _settle(app: QApplication, ms: int = 300, until=lambda: True) -> None:
    for _ in range(200):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        if until():
            break
    app.processEvents()


def _save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", choices=("de", "en"), default="de")
    args = parser.parse_args()
    suffix = "" if args.language == "de" else "-en"
    app = QApplication(sys.argv[:1])
    translators = install_translations(app, args.language)  # noqa: F841 (kept alive)
    QDesktopServices.openUrl = staticmethod(lambda url: False)  # no viewer here: the notice says where the PDF is
    with tempfile.TemporaryDirectory(prefix="sic-briefing-") as folder:
        ws = Workspace.open(Path(folder) / "daten", user="m.becker")
        run_to_end(load_demo(ws, DemoSize(60, 200)))
        ctx = AppContext(ws)
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        page = window.go_to("organisation")
        _settle(app, until=lambda: page.model.rowCount() > 0)
        page.show_record(RecordRef(RecordType.ORGANISATION, page.model.id_at(2)))
        page.actions["briefing"].trigger()
        dialog = page.findChild(BriefingDialog)
        dialog.target.propose(Path(folder), dialog.target.edit.text().rsplit("/", 1)[-1])
        _settle(app)
        _save(dialog, f"briefing-dialog{suffix}.png")
        dialog.accept()
        _settle(app, until=lambda: ctx.ops.idle)
        _settle(app)
        _save(window, f"briefing-saved{suffix}.png")

        window.commands["theme_report"].trigger()
        theme_dialog = window.findChild(BriefingDialog)
        _settle(app)
        _save(theme_dialog, f"briefing-theme-dialog{suffix}.png")
        theme_dialog.reject()
        themes = ThemesDialog(ctx, window)
        themes.show()
        themes.list.setCurrentRow(1)
        _settle(app)
        _save(themes, f"briefing-themes{suffix}.png")
        themes.close()
        window.close_discarding_changes()
        ctx.close()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
