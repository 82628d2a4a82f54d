"""Loading the program's and Qt's own translations for the chosen language.

German is the source language: for "de" only Qt's German (qtbase_de) is loaded so
that standard dialogs say „Abbrechen“; for "en" our English file and qtbase_en.
The core's texts go through ``QCoreApplication.translate`` too (``install_translator``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sic_desktop.core.i18n import LANGUAGES, install_translator
from sic_desktop.shipped_files import APP_CATALOG, resource_dir


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (they must stay alive)."""
    language = language if language in LANGUAGES else "de"
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(f"{APP_CATALOG}_{language}", str(resource_dir("i18n"))):
            app.installTranslator(ours)
            installed.append(ours)
    install_translator(QCoreApplication.translate, language)
    return installed
