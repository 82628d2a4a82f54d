"""How wide each list column starts, in characters: names and titles get the room, codes little.

A column the user has resized keeps its width (the header state in window.ini wins);
these are the widths of a first start, so that „Bürgerverein Husen…“ is not cut while a
short name column stays half empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

DEFAULT_CHARACTERS = 14
CHARACTERS = {
    "name": 38, "title": 46, "text": 34, "short_name": 6, "sector": 18, "district": 16, "themes": 24,
    "persons": 8, "updated_at": 16, "organisations": 26, "functions": 18, "email": 26, "phone": 15,
    "last_contact": 13, "status": 11, "partners": 26, "start_date": 11, "end_date": 11, "responsible": 14,
    "note_date": 11, "kind": 18, "linked": 28, "due_date": 12, "target": 26, "done": 9,
}


# Dates are shown whole, also in bold with the warning sign of an overdue follow-up („⚠ 03.10.2026“, not „03.10.…“).
DATE_KEYS = frozenset({"due_date", "note_date", "start_date", "end_date", "last_contact"})


def set_start_widths(table: QTableView, keys: list[str]) -> None:
    """Give each column of ``table`` (by its summary key) its starting width, never narrower than its header."""
    metrics = table.fontMetrics()
    character = metrics.horizontalAdvance("Zivilgesellschaft Sachgebietsleiterin") / 37  # a German word's letters
    bold = QFont(table.font())
    bold.setBold(True)
    date_width = QFontMetrics(bold).horizontalAdvance("00.00.0000") + table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 12
    header = table.horizontalHeader()
    for column, key in enumerate(keys):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(CHARACTERS.get(key, DEFAULT_CHARACTERS) * character, header.fontMetrics().horizontalAdvance(title) + 24,
                    date_width if key in DATE_KEYS else 0)
        header.resizeSection(column, round(width) + 12)
