"""Undo of the last destructive action (to the trash, unlinking).

One step is kept: what it was, in words for the menu, and how to take it back.
The undo itself runs through the operations helper like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class UndoStep:
    label: str  # „In den Papierkorb legen“, shown as „Rückgängig: …“
    undo: Callable[[Workspace], Any]


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step: UndoStep | None = None

    def push(self, step: UndoStep) -> None:
        self._step = step
        self.changed.emit()

    def peek(self) -> UndoStep | None:
        return self._step

    def take(self) -> UndoStep | None:
        step, self._step = self._step, None
        self.changed.emit()
        return step
