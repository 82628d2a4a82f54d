"""Alt+letter access keys („&Datei“): which letter a text claims, a free one where two texts of a
window claim the same, and a watcher that settles them as a window is activated and at each Alt.

Two entries with one letter make Alt+letter only move between them instead of choosing; an office
user who knows „Alt+D, B“ for „Datei › Beenden“ from every other program meets a stumble. The
menus choose their letters in the catalogue (German source, English translation; a test walks
them). A window's buttons, field labels and tabs are too many to keep apart by hand in two
languages, beside the menu bar's letters: ``settle_access_keys`` keeps the menu bar's letters and the
first claim of each letter, and gives a later claimant a free letter of its own text, or none when
every letter is taken (as KDE's accelerator manager does).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QToolButton,
    QWidget,
)


def _key_index(text: str) -> int:
    """Where the access-key letter is in ``text`` (after a single „&“; „&&“ is a literal ampersand), or -1."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return index + 1
        index += 2
    return -1


def mnemonic(text: str) -> str | None:
    """The lower-case letter after a single „&“, or None."""
    index = _key_index(text)
    return text[index].lower() if index != -1 else None


def without_mnemonic(text: str) -> str:
    index = _key_index(text)
    return text if index == -1 else text[: index - 1] + text[index:]


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with its access key on the first letter not in ``taken``, word beginnings first
    (``taken`` gets that letter); without a free letter, the text without an access key."""
    plain = without_mnemonic(text)
    letters = [i for i, char in enumerate(plain) if char.isascii() and char.isalnum() and (i == 0 or plain[i - 1] != "&")]
    starts = [i for i in letters if i == 0 or not plain[i - 1].isalnum()]
    for index in starts + [i for i in letters if i not in starts]:
        letter = plain[index].lower()
        if letter not in taken:
            taken.add(letter)
            return plain[:index] + "&" + plain[index:]
    return plain


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    """Letters claimed by more than one of ``texts``, with the texts that claim them."""
    claims: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            claims.setdefault(letter, []).append(text)
    return {letter: claimed for letter, claimed in claims.items() if len(claimed) > 1}


# A claim: its text now, and how to give it another (None: it keeps its letter, e.g. the menu bar's).
Claim = tuple[str, Callable[[str], None] | None]


def _claims(window: QWidget) -> list[Claim]:
    """What claims a letter in ``window`` as shown: the menu bar first, then buttons and tabs, then field labels."""
    fixed: list[Claim] = []
    buttons: list[Claim] = []
    labels: list[Claim] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        fixed += [(action.text(), None) for action in window.menuWidget().actions()]  # „Datensatz“ comes and goes
    for widget in _shown(window):
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            fixed.append((widget.text(), None))  # the action's own text comes back with every change of it
        elif isinstance(widget, QAbstractButton):
            buttons.append((widget.text(), widget.setText))
        elif isinstance(widget, QTabBar):
            buttons += [(widget.tabText(i), functools.partial(widget.setTabText, i))
                        for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            buttons.append((widget.title(), widget.setTitle))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            labels.append((widget.text(), widget.setText))
    return [claim for claim in fixed + buttons + labels if mnemonic(claim[0])]


def _shown(window: QWidget) -> Iterator[QWidget]:
    """The widgets of ``window`` that are shown, in the order they were added; hidden pages and tabs, with
    everything on them, are skipped whole (walking them made a page switch of the main window slow)."""
    stack = [window]
    while stack:
        children = [child for child in stack.pop().findChildren(QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly)
                    if not child.isWindow() and not child.isHidden()]
        yield from children
        stack.extend(reversed(children))


def settle_access_keys(window: QWidget) -> None:
    """Keep the first claim of each letter in ``window``; move later claims of it to free letters."""
    claims = _claims(window)
    taken: set[str] = {letter for text, set_text in claims if set_text is None and (letter := mnemonic(text))}
    later: list[Claim] = []
    for text, set_text in claims:
        if set_text is None:
            continue
        letter = mnemonic(text) or ""
        if letter in taken:
            later.append((text, set_text))
        else:
            taken.add(letter)
    for text, set_text in later:
        assert set_text is not None
        set_text(with_free_mnemonic(text, taken))


class AccessKeyWatcher(QObject):
    """Settles a window's access keys when it becomes the active window and whenever the user presses Alt
    in it, before the letter that follows: what was shown since (a page, a tab, a button) gets its letters.

    It watches only the windows the user has worked in, not the program: as an application-wide event
    filter it passed every event of the program through Python and made page switches a quarter slower
    (``benchmarks/access_keys.py``). Windows' own style underlines the letters only while Alt is held, so
    they are settled when they are seen; Fusion (Linux) underlines always, and shows a clash of a newly
    shown page until the first Alt.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._activated)

    def _activated(self) -> None:
        window = QApplication.activeWindow()  # the widget of the window just activated (popups keep theirs)
        if window is not None:
            window.installEventFilter(self)  # Qt keeps one filter once per object, however often installed
            settle_access_keys(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # The window sees the key press after its focus widget, which ignores a bare Alt.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == QtCore.Qt.Key.Key_Alt:
            assert isinstance(watched, QWidget)
            settle_access_keys(watched)
        return False


def watch_access_keys(window: QWidget) -> None:
    """From now on every window of the program settles its access keys as it is activated and at each
    Alt; ``window``, shown and perhaps activated before, is watched and settled now.

    Called once the main window has been painted, not before: settling walks the window's widgets
    and makes PySide6 build the classes and enums it meets, work the first paint need not wait for.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    watcher = app.findChild(AccessKeyWatcher) or AccessKeyWatcher(app)
    if shiboken6.isValid(window) and window.isVisible():
        window.installEventFilter(watcher)
        settle_access_keys(window)
