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


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route all core texts through ``translator`` (None restores German)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; ``context`` groups it for translators."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name lupdate knows)
    """Mark ``text`` for extraction without translating it yet."""
    return text
