"""A widget in a frameless scroll area: tall forms and side panels scroll instead of
raising the window's minimum height above what a 768 px screen can show."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def scrolling(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` inside a scroll area that resizes it to the area and scrolls when it needs more."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
