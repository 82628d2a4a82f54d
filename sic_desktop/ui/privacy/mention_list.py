"""A list of texts that name a person without a link, to open and check one by one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from sic_desktop.core.field_labels import field_label
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.mentions import Mention
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE


class MentionList(QTreeWidget):
    open_requested = Signal(object)  # RecordRef

    def __init__(self, mentions: list[Mention], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentions")
        self.setAccessibleName(self.tr("Texte, die die Person nennen"))
        self.setHeaderLabels([self.tr("Titel"), self.tr("Art"), self.tr("Fundstelle")])
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        for mention in mentions:
            title = mention.title
            if mention.trashed:
                title = self.tr("{title} (im Papierkorb)").format(title=title)
            places = ", ".join(_place(mention, name) for name in mention.fields)
            item = QTreeWidgetItem(self, [title, mention.ref.type.label, places])
            item.setIcon(0, icon(mention.ref.type.value))
            item.setData(0, REF_ROLE, mention.ref)
            if mention.trashed:  # cannot be opened; restore it from the Papierkorb first
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(0, self.tr("Liegt im Papierkorb: zum Bearbeiten erst wiederherstellen."))
        for column in (1, 2):
            self.resizeColumnToContents(column)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.open_requested.emit(item.data(0, REF_ROLE))

    def refs(self) -> list[RecordRef]:
        return [not_none(self.topLevelItem(i)).data(0, REF_ROLE) for i in range(self.topLevelItemCount())]


def _place(mention: Mention, name: str) -> str:
    if name == "name":
        return QCoreApplication.translate("MentionList", "Name")
    return field_label(mention.ref.type, name)
