"""Themenfelder verwalten: the SIC's theme fields and the users' own, to add, rename or delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.models import ThemeField
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.theme_editor import ThemeEditor
from sic_desktop.ui.icons import icon
from sic_desktop.ui.item_roles import REF_ROLE
from sic_desktop.ui.lazy import open_theme_report
from sic_desktop.ui.record_actions import trash_records


class ThemesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("themesDialog")
        self.setWindowTitle(self.tr("Themenfelder verwalten"))
        self.setWindowIcon(icon("theme"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        side = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Themenfelder"))
        self.list.currentItemChanged.connect(self._chosen)
        side.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        new = QPushButton(icon("add"), self.tr("&Neu"), self)
        new.clicked.connect(lambda: self.editor.maybe_leave(self.editor.new))
        delete = QPushButton(icon("trash"), self.tr("In den &Papierkorb"), self)
        delete.clicked.connect(self._trash)
        buttons.addWidget(new)
        buttons.addWidget(delete)
        report = QPushButton(icon("briefing"), self.tr("Be&richt als PDF …"), self)
        report.clicked.connect(lambda: open_theme_report(ctx, self.editor.ref, self))
        buttons.addWidget(report)
        side.addLayout(buttons)
        row.addLayout(side, 1)
        self.editor: ThemeEditor = ThemeEditor(ctx, self)
        row.addWidget(self.editor, 2)
        layout.addLayout(row, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        ctx.changed.connect(self._changed)
        self._fill()

    def _fill(self) -> None:
        """The theme fields are read on the reader lane; the list is filled when they arrive."""
        self.ctx.ops.read(self, lambda ws: ws.themes.list()).success(self._show_themes).run()

    def _show_themes(self, themes: list[ThemeField]) -> None:
        current = self.editor.ref
        self.list.blockSignals(True)
        self.list.clear()
        for theme in themes:
            item = QListWidgetItem(icon("theme"), theme.name, self.list)
            item.setData(REF_ROLE, theme.ref)
            if theme.ref == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.theme_fields:  # one created, renamed, trashed or restored: the list shows names only
            self._fill()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            ref: RecordRef = item.data(REF_ROLE)
            if ref != self.editor.ref:
                self.editor.maybe_leave(lambda: self.editor.open(ref))

    def _trash(self) -> None:
        ref = self.editor.ref
        if ref is not None:  # cleared only if it still shows that theme field (another may be open by then)
            trash_records(self.ctx, [ref], self, then=lambda: self.editor.clear() if self.editor.ref == ref else None)

    def reject(self) -> None:
        self.editor.maybe_leave(super().reject)
