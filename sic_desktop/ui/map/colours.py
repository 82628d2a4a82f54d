"""The figure palette that suits the window: dark colours on a dark desktop theme."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from sic_desktop.network.style import DARK, LIGHT, Palette


def palette_for(widget: QWidget) -> Palette:
    return DARK if widget.palette().color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT
