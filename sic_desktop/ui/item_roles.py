"""The item role under which lists, tables and pickers keep the record a row stands for."""

from __future__ import annotations

# Qt.ItemDataRole.UserRole + 1, written as the number Qt's C++ takes: the start page uses it, and naming
# ``Qt`` makes PySide6 build all its enums before the first picture (see first_paint).
REF_ROLE = 0x0101
