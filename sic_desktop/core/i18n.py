"""Translation hook for user-facing text produced outside the UI.

The core must not import Qt, yet its German messages must be translatable with
the UI's Qt translation files. Call sites use ``translate(context, text)``,
which ``pyside6-lupdate`` extracts like ``QCoreApplication.translate``; the UI
installs Qt's translator at start, and without it the German source text is used.
Texts that are only declared (vocabulary labels) are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

LANGUAGES = ("de", "en")  # German, the source, and English (resources/i18n/sic_desktop_en.qm)


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "de"


def install_translator(translator: Translator | None, language: str = "de") -> None:
    """Route all core texts through ``translator`` (None restores German); numbers follow ``language``."""
    global _translator, _language
    _translator = translator or _identity
    _language = language if translator else "de"


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; ``context`` groups it for translators."""
    return _translator(context, text)


def number(value: float, decimals: int = 0) -> str:
    """``5.000`` and ``1,5`` in the German window, ``5,000`` and ``1.5`` in the English one."""
    text = f"{value:,.{decimals}f}"
    return text if _language == "en" else text.translate(_GERMAN_SEPARATORS)


_GERMAN_SEPARATORS = str.maketrans({",": ".", ".": ","})


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{count}`` filled in: „1 Kooperation“, „3 Kooperationen“.
    Two texts instead of Qt's %n plural forms: the German source would need a catalog of its own for those."""
    return one if count == 1 else many.format(count=number(count))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate knows)
    """Mark ``text`` for extraction without translating it yet."""
    return text
