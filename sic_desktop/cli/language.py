"""The command line's language: the window's (``settings.json``), unless one run asks for another.

Order: ``--sprache``/``--language``, then ``SIC_DESKTOP_LANGUAGE``, then the language set in the
window's settings of the data folder, else German. German is the source language and needs no
catalogue, so a German command never imports Qt; for English, Qt's ``QTranslator`` (QtCore only)
reads the window's catalogue when the first text is translated, and the core's ``translate``
hook uses it for every text of the command line and the core.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sic_desktop.core.i18n import LANGUAGES, install_translator
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.settings import Settings
from sic_desktop.shipped_files import APP_CATALOG, resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGE_ENV_VAR = "SIC_DESKTOP_LANGUAGE"
LANGUAGE_OPTIONS = ("--sprache", "--language")


def chosen_language(argv: Sequence[str]) -> str:
    """The language asked for in ``argv``, the environment or the data folder's settings; "de" otherwise.

    A value that is no language is passed over here; argparse names a wrong ``--sprache`` in its error.
    """
    for wanted in (_option_value(argv, LANGUAGE_OPTIONS), os.environ.get(LANGUAGE_ENV_VAR, "").strip().lower()):
        if wanted in LANGUAGES:
            return wanted
    folder = resolve_data_folder(_option_value(argv, ("--data-dir",)))
    return Settings.load(folder.settings_file).language


_pending: list[str] = []  # the language a window start left unset (the window sets its own)


def use_language(language: str, *, when_needed: bool = False) -> None:
    """Route every text through the catalogue of ``language``; German needs none.

    ``when_needed``: only remember it, for a usage error (``settle_language``); a window start
    must not load Qt before the core, or the core's modules load slower.
    """
    _pending[:] = [language] if when_needed else []
    if when_needed or language == "de":
        install_translator(None)
        return
    install_translator(_LazyCatalog(language), language)


class LanguageSettled(Exception):
    """A usage error on the way to the window: parse again, now with every text in the user's language."""


def settle_language() -> None:
    """Install the language ``use_language`` only remembered, and start the parse again in it.

    Called when a message is about to be written; without a remembered language, or for German
    (the texts already are), it returns.
    """
    if _pending:
        language = _pending[0]
        use_language(language)
        if language != "de":
            raise LanguageSettled


class _LazyCatalog:
    """Qt's translator for one language, loaded at the first text (``--version`` prints none)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translator: QTranslator | None = None

    def __call__(self, context: str, text: str) -> str:
        if self.translator is None:
            from PySide6.QtCore import QTranslator  # only QtCore: no window, no display

            translator = QTranslator()  # the window's catalogue, from the same folder as the window's
            translator.load(f"{APP_CATALOG}_{self.language}", str(resource_dir("i18n")))
            self.translator = translator  # an empty one when the file is missing: German then
        return self.translator.translate(context, text) or text


def _option_value(argv: Sequence[str], names: Sequence[str]) -> str | None:
    """The value of the first of ``names`` in ``argv`` (``--name value`` or ``--name=value``)."""
    words = list(argv)
    for index, word in enumerate(words):
        name, equals, value = word.partition("=")
        if name in names:
            if equals:
                return value
            return words[index + 1] if index + 1 < len(words) else None
    return None
