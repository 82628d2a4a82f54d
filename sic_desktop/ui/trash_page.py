"""The Papierkorb: everything deleted, to restore or to delete for good."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.i18n import counted
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.trash import TrashItem
from sic_desktop.ui import messages
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.undo import UndoStep


class TrashPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page_trash")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Gelöschte Einträge bleiben hier, bis der Papierkorb geleert wird. "
                "Erst dann sind sie endgültig gelöscht."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.restore_button = QPushButton(icon("restore"), self.tr("&Wiederherstellen"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(icon("delete"), self.tr("E&ndgültig löschen"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(icon("trash"), self.tr("Papierkorb &leeren …"), self)
        self.empty_button.setObjectName("emptyTrash")
        self.empty_button.clicked.connect(self.empty)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("trashItems")
        self.tree.setAccessibleName(self.tr("Einträge im Papierkorb"))
        self.tree.setHeaderLabels([self.tr("Titel"), self.tr("Art"), self.tr("Gelöscht am"), self.tr("Gelöscht von")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh)
        ctx.changed.connect(lambda _: self._timer.start())
        self.refresh()

    def refresh(self) -> None:
        """Read what lies in the Papierkorb on the reader lane; the list is filled when it arrives."""
        self.ctx.ops.read(self, lambda ws: ws.trash.items()).success(self._show).run()

    def _show(self, entries: list[TrashItem]) -> None:
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                self.tree,
                [entry.title, entry.ref.type.label, format_timestamp(entry.deleted_at), entry.deleted_by],
            )
            item.setIcon(0, icon(entry.ref.type.value))
            item.setData(0, REF_ROLE, entry.ref)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()
        self.loaded.emit()

    def refs(self) -> list[RecordRef]:
        return [not_none(self.tree.topLevelItem(i)).data(0, REF_ROLE) for i in range(self.tree.topLevelItemCount())]

    def selected_refs(self) -> list[RecordRef]:
        return [item.data(0, REF_ROLE) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.tree.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def restore_selected(self) -> None:
        refs = self.selected_refs()

        def restored(_: object) -> None:
            label = self.tr("Aus dem Papierkorb wiederherstellen")
            self.ctx.undo.push(UndoStep(label, lambda ws: ws.trash.put(refs), lambda ws: ws.trash.take_back(refs)))
            self.ctx.status_message.emit(self.tr("Wiederhergestellt. Rückgängig mit Strg+Z."))

        self.ctx.ops.write(self, lambda ws: ws.trash.take_back(refs)).success(restored).run()

    def purge_selected(self) -> None:
        refs = self.selected_refs()
        if not refs or not messages.confirm(
            self,
            self.tr("{entries} endgültig löschen? Das kann nicht rückgängig gemacht werden.").format(
                entries=counted(len(refs), self.tr("1 Eintrag"), self.tr("{count} Einträge"))),
            self.tr("Endgültig löschen"),
        ):
            return

        self.ctx.ops.write(self, lambda ws: ws.trash.purge_many(refs)).run()

    def empty(self) -> None:
        if not messages.confirm(
            self,
            counted(self.tree.topLevelItemCount(),
                    self.tr("Den Papierkorb leeren? Der Eintrag darin wird endgültig gelöscht."),
                    self.tr("Den Papierkorb leeren? Alle {count} Einträge werden endgültig gelöscht.")),
            self.tr("Papierkorb leeren"),
        ):
            return
        self.ctx.ops.write(self, lambda ws: ws.trash.empty()).with_progress(self.tr("Papierkorb wird geleert …")).success(
            lambda count: self.ctx.status_message.emit(self.tr("Papierkorb geleert: {entries} gelöscht.").format(
                entries=counted(count, self.tr("1 Eintrag"), self.tr("{count} Einträge"))))
        ).run()
