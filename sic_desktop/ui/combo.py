"""Filter drop-downs whose choices follow the data (theme fields, tags, districts)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_choices(combo: QComboBox, everything: str, entries: Iterable[tuple[object, str]]) -> bool:
    """Replace the choices after an „all“ entry, keeping the current one if it is still there.

    No change signal is sent; returns True when the chosen entry is gone (the filter fell
    back to „all“), so the caller can refresh what the filter shows.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value, label in entries:
        combo.addItem(label, value)
    position = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(position, 0))
    combo.blockSignals(False)
    return current is not None and position < 0
