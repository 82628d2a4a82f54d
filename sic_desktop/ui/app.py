"""Application start: Qt, translations, the data folder and its lock, the error log and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sic_desktop import APP_NAME
from sic_desktop.core.background import shutdown_all
from sic_desktop.core.errors import SicError
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.settings import Settings
from sic_desktop.ui.error_log import install_file_log
from sic_desktop.ui.first_paint import after_first_paint
from sic_desktop.ui.messages import show_error
from sic_desktop.ui.session import open_session
from sic_desktop.ui.start_page import StartPage
from sic_desktop.ui.team_server_at_start import choose_at_start
from sic_desktop.ui.translations import install_translations

# Set by benchmarks/ui_startup.py and frozen_bundle.py: print SHOWN_MARKER once the window is painted and
# FILLED_MARKER once the start page shows its data (the two may come in either order), to time the start.
# Each line ends with the processor seconds the program has used so far (all its threads).
SHOWN_MARKER_ENV = "SIC_DESKTOP_PRINT_WHEN_SHOWN"
SHOWN_MARKER = "SIC-DESKTOP-WINDOW-SHOWN"
FILLED_MARKER = "SIC-DESKTOP-START-PAGE-FILLED"

# Seconds the program's end waits for background work still running (a briefing being laid out).
_END_SECONDS = 10.0

log = logging.getLogger(__name__)


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
    window = session.window
    assert window is not None  # open_session shows it
    after_first_paint(window, gc.enable)  # off since cli/gui.py's run: the start's objects are made
    if os.environ.get(SHOWN_MARKER_ENV):
        after_first_paint(window, _print_shown_marker)
        start_page = window.page("start")
        assert isinstance(start_page, StartPage)
        start_page.filled.connect(lambda: _print_marker(FILLED_MARKER))
    if demo and session.workspace.is_empty():
        QTimer.singleShot(0, window.load_demo)
    try:
        return app.exec()
    finally:
        session.close()
        _end_background_work()


def _end_background_work() -> None:
    """No worker thread may run on while the interpreter and Qt tear down (a late result would be
    delivered to half-destroyed objects): wait for the last ones, a hanging one at most a while."""
    left = shutdown_all(timeout=_END_SECONDS)
    if left:
        log.warning("background work still running at the end: %s", ", ".join(left))


def _print_shown_marker() -> None:
    _print_marker(SHOWN_MARKER)


def _print_marker(marker: str) -> None:
    """Each marker once: the start page fills again after every change."""
    if marker not in _printed:
        _printed.add(marker)
        print(marker, f"{time.process_time():.3f}", flush=True)  # a no-op in the Windows program without console


_printed: set[str] = set()


def _show_unexpected(current_window: Callable[[], QWidget | None]):
    """Exceptions escaping a slot: logged without personal data and shown, never a bare traceback."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        show_error(current_window(), error.with_traceback(trace))

    return hook
