"""Application start: Qt, translations, the data folder and its lock, the error log and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sic_desktop import APP_NAME
from sic_desktop.core.errors import SicError
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.settings import Settings
from sic_desktop.privacy.history_export import prune_history
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.error_log import install_file_log, log_unexpected
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.session import open_session
from sic_desktop.ui.team_server_connect import choose_at_start
from sic_desktop.ui.translations import install_translations

# Set by benchmarks/frozen_bundle.py: print SHOWN_MARKER once the window is painted, to time the start.
SHOWN_MARKER_ENV = "SIC_DESKTOP_PRINT_WHEN_SHOWN"
SHOWN_MARKER = "SIC-DESKTOP-WINDOW-SHOWN"


def run_app(*, data_dir: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    try:
        folder = resolve_data_folder(data_dir).ensure()
    except SicError as error:  # --data-dir names a file
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    install_file_log(folder.logs_dir)
    translators = install_translations(app, Settings.load(folder.settings_file).language)  # noqa: F841 (kept alive)
    choose_at_start(folder)  # the team server saved in the settings, if one is
    session = open_session(folder)  # the folder stays locked until the program ends
    if session is None:
        return 1
    sys.excepthook = _show_unexpected(lambda: session.window)  # a restore replaces the window
    if os.environ.get(SHOWN_MARKER_ENV):
        QTimer.singleShot(0, lambda: _print_when_painted(not_none(session.window)))
    window = not_none(session.window)
    # The change history is kept for the configured period only; a read-only folder just skips it,
    # and a reader on the team server (sic_lesen) leaves it to those who may change it.
    if window.rights.edit:
        not_none(session.ctx).ops.write(None, prune_history).failure(log_unexpected).run()
    if demo and session.workspace.is_empty():
        QTimer.singleShot(0, window.load_demo)
    try:
        return app.exec()
    finally:
        session.close()


def _print_when_painted(window: QWidget) -> None:
    window.repaint()
    print(SHOWN_MARKER, flush=True)  # a no-op in the Windows program without console (no stdout)


def _show_unexpected(current_window: Callable[[], QWidget | None]):
    """Exceptions escaping a slot: logged without personal data and shown, never a bare traceback."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        show_error(current_window(), error.with_traceback(trace))

    return hook
