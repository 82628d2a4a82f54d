"""„Verknüpft mit“: the records linked to the one shown, grouped by type, to jump to.

Enter or a double-click opens a record (the window keeps the way back, Alt+←);
„Verknüpfung lösen“ removes a direct link, and the undo step brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.links import Related
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.type_groups import TypeGroups


class LinkedRecordsPane(QWidget):
    unlink_requested = Signal(object, object)  # shown ref, linked ref

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ref: RecordRef | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("&Verknüpft mit"), self)
        layout.addWidget(title)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("linkedRecords")
        self.tree.setAccessibleName(self.tr("Verknüpfte Datensätze"))
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(180)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._open)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        title.setBuddy(self.tree)
        layout.addWidget(self.tree, 1)
        self._buttons = QVBoxLayout()
        layout.addLayout(self._buttons)

    def add_action_button(self, action: QAction) -> QToolButton:
        """A button under the list for an action on the shown record („Wiedervorlage anlegen …“)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._buttons.addWidget(button)
        return button

    def show_links(self, ref: RecordRef | None) -> None:
        """Read on the reader lane; until the answer the links shown so far stay, and an answer for a
        record no longer shown is dropped."""
        self._ref = ref
        if ref is None:
            self.tree.clear()
            return
        self._ctx.ops.read(self, lambda ws: ws.links.related(ref)).success(
            lambda found: self._fill(found) if ref == self._ref else None).run()

    def _fill(self, found: list[Related]) -> None:
        self.tree.clear()
        groups = TypeGroups(self.tree)
        for related in found:
            text = f"{related.title} ({related.detail})" if related.detail else related.title
            item = QTreeWidgetItem(groups.group(related.ref.type), [text])
            item.setData(0, REF_ROLE, related.ref)
            item.setToolTip(0, text)
        self.tree.expandAll()
        if not groups:
            empty = QTreeWidgetItem(self.tree, [self.tr("Noch keine Verknüpfungen.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def refs(self) -> list[RecordRef]:
        """The linked records shown, in order."""
        found = []
        for top in range(self.tree.topLevelItemCount()):
            group = not_none(self.tree.topLevelItem(top))
            found += [not_none(group.child(i)).data(0, REF_ROLE) for i in range(group.childCount())]
        return found

    def _open(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF_ROLE)
        if ref is not None:
            self._ctx.open(ref)

    def _menu(self, position) -> None:
        item = self.tree.itemAt(position)
        ref = item.data(0, REF_ROLE) if item else None
        if ref is None or self._ref is None:
            return
        menu = QMenu(self)
        menu.addAction(icon(ref.type.value), self.tr("Öffnen"), lambda: self._ctx.open(ref))
        if ref.type is not RecordType.FOLLOWUP:
            menu.addAction(icon("unlink"), self.tr("Verknüpfung lösen"), lambda: self.unlink_requested.emit(self._ref, ref))
        menu.exec(self.tree.viewport().mapToGlobal(position))
