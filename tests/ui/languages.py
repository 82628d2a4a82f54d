"""The window's language switched for a test and back: the application is left as it was found.

``install_translations`` parents its translators to the application, so a translator only removed
(or one a teardown installed anew, such as qtbase_de for German) stays installed or alive for every
later test: Qt's own buttons then read „Abbrechen“ or not, depending on which tests ran before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale

from sic_desktop.core.i18n import install_translator
from sic_desktop.ui.translations import install_translations


@contextmanager
def speaking(app: QCoreApplication, language: str) -> Iterator[None]:
    """The program's and Qt's texts in ``language`` inside the block; afterwards the translators it
    installed are removed and deleted, and the default locale and the core's texts are as before."""
    locale = QLocale()
    translators = install_translations(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
            shiboken6.delete(translator)
        QLocale.setDefault(locale)
        install_translator(None)  # the core's German, as without a window
