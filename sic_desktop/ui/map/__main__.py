"""``python -m sic_desktop.ui.map --data-dir D``: both views in one window, for trying out and screenshots."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from sic_desktop import APP_NAME
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import install_translator
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.map import GapView, MapView


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sic_desktop.ui.map", description="Netzwerkkarte und Lücken")
    parser.add_argument("--data-dir", metavar="ORDNER", help="Datenordner")
    parser.add_argument("--gaps", action="store_true", help="mit der Lückenansicht beginnen")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(QCoreApplication.translate)
    try:
        workspace = Workspace.open(args.data_dir)
    except SicError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1

    window = QTabWidget()
    window.setWindowTitle(f"{APP_NAME} – Kartierung")

    def open_record(ref: RecordRef) -> None:
        QMessageBox.information(window, APP_NAME, f"{ref.type.label} Nr. {ref.id}: {workspace.titles([ref]).get(ref, '')}")

    ctx = AppContext(workspace)
    window.addTab(MapView(ctx, open_record), "Netzwerkkarte")
    window.addTab(GapView(ctx, open_record), "Lücken")
    window.setCurrentIndex(1 if args.gaps else 0)
    window.resize(1400, 900)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
