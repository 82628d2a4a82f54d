"""A spin box's unit that agrees with its number: „1 Jahr“, „3 Jahre“ (a fixed suffix showed „1 Jahre“)."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


def count_suffix(box: QSpinBox, one: str, many: str) -> None:
    """Show ``one`` after the value 1, ``many`` after any other (both with their leading space)."""

    def follow(value: int) -> None:
        box.setSuffix(one if value == 1 else many)

    box.valueChanged.connect(follow)
    follow(box.value())
