"""Items grouped under a bold heading per record type (linked records, search results)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.icons import icon


class TypeGroups:
    """Creates the heading of a record type the first time an item of that type is added."""

    def __init__(self, tree: QTreeWidget) -> None:
        self._tree = tree
        self._groups: dict[RecordType, QTreeWidgetItem] = {}

    def __bool__(self) -> bool:
        return bool(self._groups)

    def group(self, record_type: RecordType) -> QTreeWidgetItem:
        group = self._groups.get(record_type)
        if group is None:
            group = QTreeWidgetItem(self._tree, [record_type.plural])
            group.setIcon(0, icon(record_type.value))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self._groups[record_type] = group
        return group
