"""Undo and redo of the window's destructive actions (to the trash, unlinking, marking done, merging
duplicates, deleting a saved search).

Each step says what it was, in words for the menu, and how to take it back and do
it again. Undo and redo run through the operations helper like any other change;
a new action clears what could be redone, as in every office program.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from sic_desktop.core.workspace import Workspace

DEPTH = 20  # steps kept; older ones are forgotten


@dataclass(frozen=True)
class UndoStep:
    label: str  # „In den Papierkorb legen“, shown as „Rückgängig: …“ and „Wiederholen: …“
    undo: Callable[[Workspace], Any]
    redo: Callable[[Workspace], Any]


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: list[UndoStep] = []
        self._undone: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        """A new action: it can be undone; what was undone before can no longer be redone."""
        self._done = [*self._done, step][-DEPTH:]
        self._undone.clear()
        self.changed.emit()

    def peek(self) -> UndoStep | None:
        return self._done[-1] if self._done else None

    def peek_redo(self) -> UndoStep | None:
        return self._undone[-1] if self._undone else None

    def take(self) -> UndoStep | None:
        """The step to undo now; call ``undone(step)`` once the undo is stored."""
        step = self._done.pop() if self._done else None
        self.changed.emit()
        return step

    def take_redo(self) -> UndoStep | None:
        """The step to redo now; call ``redone(step)`` once it is stored."""
        step = self._undone.pop() if self._undone else None
        self.changed.emit()
        return step

    def undone(self, step: UndoStep) -> None:
        self._undone.append(step)
        self.changed.emit()

    def redone(self, step: UndoStep) -> None:
        self._done.append(step)
        self.changed.emit()
