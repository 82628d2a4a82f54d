"""Checks with Qt: translations, icons and the main window, drawn offscreen (nothing appears).

The window check also loads the screen driver the real start needs (qwindows on
Windows, xcb on Linux): the offscreen test alone would not notice that it is missing
or lacks a system library.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QPluginLoader, QSize, QTranslator
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from sic_desktop.core.i18n import LANGUAGES
from sic_desktop.selftest.runner import CheckFailed, SelftestRun
from sic_desktop.shipped_files import APP_CATALOG, resource_dir
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.main_window import MainWindow

SCREEN_PLUGINS = {"win32": "qwindows", "linux": "libqxcb", "darwin": "libqcocoa"}
# A text each catalogue must translate: Qt's German button text, and one of ours.
QT_PROBE = ("QPlatformTheme", "Cancel")
APP_PROBE = ("Reports", "Nur für den Dienstgebrauch")

_application: QApplication | None = None


def application() -> QApplication:
    """The running QApplication, or a new one on the offscreen screen."""
    global _application
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QApplication([sys.argv[0]])
    return _application


def translations(run: SelftestRun) -> str:
    application()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    loaded = []
    for language in LANGUAGES:
        loaded.append(_load(f"qtbase_{language}", qt_folder, QT_PROBE if language == "de" else None))
        if language != "de":
            loaded.append(_load(f"{APP_CATALOG}_{language}", resource_dir("i18n"), APP_PROBE))
    return "geladen: " + ", ".join(loaded) + "."


def _load(name: str, folder: Path, probe: tuple[str, str] | None) -> str:
    """Load one .qm file; with a probe, check that it really translates (qtbase_en is empty by design)."""
    translator = QTranslator()
    if not translator.load(name, str(folder)):
        raise CheckFailed(f"„{name}.qm“ fehlt oder ist beschädigt (gesucht in {folder}).")
    if probe and translator.translate(*probe) in ("", probe[1]):
        raise CheckFailed(f"„{name}.qm“ enthält keine Übersetzungen.")
    return f"{name}.qm"


def icons(run: SelftestRun) -> str:
    application()
    folder = resource_dir("icons")
    names = sorted(path.stem for path in folder.glob("*.svg"))
    if not names:
        raise CheckFailed(f"Keine Symbole gefunden in {folder}.")
    blank = [name for name in names if _is_blank(icon(name).pixmap(QSize(32, 32)))]
    if blank:
        raise CheckFailed("Diese Symbole lassen sich nicht zeichnen: " + ", ".join(blank))
    return f"{len(names)} Symbole gezeichnet."


def _is_blank(pixmap: QPixmap) -> bool:
    image = pixmap.toImage()
    return all(image.pixelColor(x, y).alpha() == 0 for x in range(image.width()) for y in range(image.height()))


def window(run: SelftestRun) -> str:
    app = application()
    ctx = AppContext(run.workspace)
    main = MainWindow(ctx)
    try:
        main.show()
        app.processEvents()
        if not main.isVisible() or main.grab().isNull():
            raise CheckFailed("Das Hauptfenster ließ sich nicht öffnen.")
    finally:
        main.close_discarding_changes()
        main.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ctx.close()
    return f"Hauptfenster geöffnet und gezeichnet (unsichtbar); {_screen_plugin()}."


def _screen_plugin() -> str:
    """Load the screen driver of this system, as the real start would."""
    name = SCREEN_PLUGINS.get(sys.platform)
    if name is None:
        return f"Bildschirmtreiber für „{sys.platform}“ nicht geprüft"
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(folder.glob(f"{name}.*"))
    if not found:
        raise CheckFailed(f"Der Bildschirmtreiber „{name}“ fehlt in {folder}: Das Programm kann kein Fenster zeigen.")
    loader = QPluginLoader(str(found[0]))
    if not loader.load():
        raise CheckFailed(f"Der Bildschirmtreiber „{found[0].name}“ lässt sich nicht laden: {loader.errorString()}")
    return f"Bildschirmtreiber „{found[0].name}“ geladen"
