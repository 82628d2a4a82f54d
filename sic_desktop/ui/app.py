"""Application start: Qt, translations, the data folder and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from sic_desktop import APP_NAME
from sic_desktop.core.demo import load_demo
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import install_translator
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace


def run_app(*, data_dir: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    install_translator(QCoreApplication.translate)
    try:
        workspace = Workspace.open(data_dir)
    except SicError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    if demo and workspace.is_empty():
        run_to_end(load_demo(workspace))
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    counts = {t.plural: workspace.service(t).count() for t in workspace._services}
    window.setCentralWidget(QLabel("\n".join(f"{label}: {count}" for label, count in counts.items())))
    window.resize(900, 600)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
