"""A record list with filters on the left, the editor and its linked records on the right.

The ids of the list are loaded on the reader thread (``ListQuery`` with the
filters and the chosen sort) together with the rows of the first block, the other
rows lazily by the model. After every committed
change the ids are reloaded and the selection kept (other records' names show in
the cells); the change notice says whether the filters' theme fields and tags must be
asked again and whether the shown record was saved by this page's own editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import counted
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.linked_records import LinkedRecordsPane
from sic_desktop.ui.editors.note_editor import NoteEditor
from sic_desktop.ui.editors.record_editor import RecordEditor
from sic_desktop.ui.editors.registry import EDITORS
from sic_desktop.ui.icons import icon
from sic_desktop.ui.lists.column_widths import set_start_widths
from sic_desktop.ui.lists.list_filter_bar import FilterBar
from sic_desktop.ui.lists.row_table import row_table
from sic_desktop.ui.lists.table_model import BLOCK, RecordTableModel, Rows
from sic_desktop.ui.outlook.attachment_pane import AttachmentPane
from sic_desktop.ui.record_actions import RecordAction, actions_for
from sic_desktop.ui.unlinking import unlink_records


class ListPage(QWidget):
    loaded = Signal()  # the list shows the ids of the current filters

    def __init__(self, ctx: AppContext, record_type: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.setObjectName(f"page_{record_type.value}")
        self._service = ctx.ws.service(record_type)
        self._sort: str | None = None
        self._descending = False
        self._generation = 0  # of id loads: a late answer to an old filter is dropped
        self._pending_ref: RecordRef | None = None
        self._stale = True
        self._choices_stale = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_list_side())
        self.splitter.addWidget(self._build_detail_side())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([580, 660])  # on 1,366 px: the list shows names whole, the form its fields
        ctx.window_state.restore_splitter(self.objectName(), self.splitter)
        ctx.window_state.restore_header(self.objectName(), self.table.horizontalHeader())
        self._show_sort_indicator()
        self._update_record_actions()
        ctx.changed.connect(self._on_changed)
        self._refresh_timer = QTimer(self, singleShot=True, interval=50)
        self._refresh_timer.timeout.connect(self.refresh)

    # -- building --------------------------------------------------------------------

    def _build_list_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QToolButton(side)
        self.new_button.setObjectName("newRecord")
        self.new_button.setIcon(icon("add"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setText(self.tr("&Neu"))
        self.new_button.setToolTip(self.tr("Neu: {type} (Strg+N)").format(type=self.record_type.label))
        self.new_button.clicked.connect(lambda: self.new_record())
        bar.addWidget(self.new_button)
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]  # by key; hides QWidget.actions()
        self._record_actions: list[QAction] = []  # need a record to work on; the detail pane shows them
        for spec in actions_for(self.record_type):
            action = self._make_action(spec)
            if not spec.toolbar:
                continue
            button = QToolButton(side)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel(side)
        self.count_label.setObjectName("listCount")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.filters = FilterBar(self.ctx, self.record_type, side)
        self.filters.changed.connect(self.refresh)
        layout.addWidget(self.filters)

        self.model = RecordTableModel(self._service, self._fetch_rows, self)
        self.table = row_table(
            side, self.model, name="recordTable", accessible_name=self.record_type.plural, multiple=True
        )
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        set_start_widths(self.table, [column.key for column in self.model.columns])
        header.sectionClicked.connect(self._sort_by_column)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_record_actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for action in self.actions.values():
            if action not in self._record_actions:
                self.table.addAction(action)
        layout.addWidget(self.table, 1)
        return side

    def _make_action(self, spec: RecordAction) -> QAction:
        action = QAction(icon(spec.icon), spec.text(), self)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            # „Entf“ only in the list; a page-wide action works from the editor too.
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut if spec.page_wide else Qt.ShortcutContext.WidgetShortcut
            )
            action.setToolTip(f"{spec.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        if spec.page_wide:
            self.addAction(action)
            self._record_actions.append(action)
        action.triggered.connect(lambda: self._run_action(spec))
        self.actions[spec.key] = action
        return action

    def _build_detail_side(self) -> QWidget:

        detail = QSplitter(Qt.Orientation.Horizontal, self)
        self.detail_splitter = detail
        self.editor: RecordEditor = EDITORS[self.record_type](self.ctx, detail)
        self.editor.saved.connect(self._saved)
        self.editor.shown.connect(self._update_record_actions)
        self.editor.shown.connect(lambda: self._show_side(self.editor.ref))  # the panes follow the editor
        self.editor.kept.connect(lambda: self._select_row_of(self.editor.ref) if self.editor.ref else None)
        detail.addWidget(self.editor)
        side = QSplitter(Qt.Orientation.Vertical, detail)
        self.linked = LinkedRecordsPane(self.ctx, side)
        self.linked.unlink_requested.connect(lambda a, b: unlink_records(self.ctx, a, b, self))
        for action in self._record_actions:
            self.linked.add_action_button(action)
        side.addWidget(self.linked)
        self.attachment_pane = AttachmentPane(self.ctx, side)
        side.addWidget(self.attachment_pane)
        detail.addWidget(side)
        detail.setStretchFactor(0, 3)
        detail.setStretchFactor(1, 1)
        detail.setSizes([480, 200])
        side.setVisible(self.record_type is not RecordType.FOLLOWUP)
        self.ctx.window_state.restore_splitter(self.objectName() + "_detail", detail)
        return detail

    def save_state(self) -> None:
        self.ctx.window_state.save_splitter(self.objectName(), self.splitter)
        self.ctx.window_state.save_splitter(self.objectName() + "_detail", self.detail_splitter)
        self.ctx.window_state.save_header(self.objectName(), self.table.horizontalHeader())

    # -- loading ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def query(self) -> ListQuery:
        return self.filters.apply_to(ListQuery(sort=self._sort, descending=self._descending))

    def refresh(self) -> None:
        """Reload the ids for the current filters and sort, off the UI thread."""
        self._stale = False
        if self._choices_stale:
            self._choices_stale = False
            self.filters.reload_choices()
        self._generation += 1
        generation, query, service = self._generation, self.query(), self._service
        self.ctx.ops.read(self, lambda ws: service.first_page(query, BLOCK)).success(
            lambda page: self._apply_ids(generation, *page)
        ).run()

    def _fetch_rows(self, ids: list[int], deliver: Callable[[Rows], None]) -> None:
        """The model's block of rows, read on the reader lane."""
        service = self._service
        self.ctx.ops.read(self, lambda ws: service.summaries(ids)).success(deliver).run()

    def _apply_ids(self, generation: int, ids: list[int], first_rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        current = self.editor.ref
        self.table.selectionModel().blockSignals(True)
        self.model.set_ids(ids, first_rows)
        self.table.selectionModel().blockSignals(False)
        wanted = self._pending_ref or current
        self._pending_ref = None
        if wanted is not None:
            self._select_row_of(wanted)
        self.count_label.setText(counted(len(ids), self.tr("1 Eintrag"), self.tr("{count} Einträge")))
        self.loaded.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.offered_choices_changed:
            # A new theme field or tag is offered by every filter at once, not after a restart.
            self._choices_stale = True
        if changes.of_type(self.record_type):
            self._follow_shown_record(changes)
        else:
            self._refresh_linked_pane(changes)
        # Other records' names show in this list too (a contact's organisation, a follow-up's „Bezug“),
        # and trashing a record hides its follow-ups: reload what the list shows.
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _follow_shown_record(self, changes: ChangeSet) -> None:
        """The shown record changed elsewhere (a dialog, undo, trash, another program): show what is
        stored now. Its own save the editor shows itself; unsaved input is never replaced (saving
        it then meets the conflict and offers to reload)."""
        ref = self.editor.ref
        leaving = self.editor.opening not in (None, ref)  # the user asked for another record
        if (ref is None or leaving or ref not in changes.refs() or changes.made_by(self.editor.initiator)
                or self.editor.is_dirty()):
            self._refresh_linked_pane(changes)
            return
        self.editor.open(ref, missing=self.editor.clear)

    def _show_side(self, ref: RecordRef | None) -> None:
        """„Verknüpft mit“ and „Anhänge“ of the record shown."""
        self.linked.show_links(ref)
        if ref != self.attachment_pane.ref:
            self.attachment_pane.show_record(ref)

    def _refresh_linked_pane(self, changes: ChangeSet) -> None:
        if self.editor.ref is not None:
            self._show_side(self.editor.ref)
            if isinstance(self.editor, NoteEditor):
                self.editor.followups.show_note(self.editor.ref)

    # -- sorting ---------------------------------------------------------------------

    def _sort_by_column(self, column: int) -> None:
        name = self.model.columns[column].sort
        if name is not None:
            sort, descending = self._effective_sort()
            self._descending = not descending if name == sort else False
            self._sort = name
            self.refresh()
        self._show_sort_indicator()

    def _effective_sort(self) -> tuple[str, bool]:
        """The sort the list shows: the chosen one, else the service's default."""
        if self._sort:
            return self._sort, self._descending
        return self._service.default_sort, self._service.default_descending

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        sort, descending = self._effective_sort()
        columns = [i for i, column in enumerate(self.model.columns) if column.sort == sort]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(columns[0] if columns else -1, order)

    # -- records -----------------------------------------------------------------------

    def selected_refs(self) -> list[RecordRef]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [RecordRef(self.record_type, self.model.id_at(row)) for row in rows]

    def _current_changed(self, current, previous) -> None:
        if not current.isValid():
            return
        ref = RecordRef(self.record_type, self.model.id_at(current.row()))
        if ref == self.editor.ref:
            self.editor.cancel_opening()  # back to the shown record while another was read
            return
        stays = not self.editor.maybe_leave(lambda: self._show(ref))
        if stays and self.editor.ref is not None:
            self._select_row_of(self.editor.ref)  # the user chose to stay

    def show_record(self, ref: RecordRef) -> None:
        """Open ``ref`` in the editor (asking first about unsaved changes) and select it in the list."""
        if ref == self.editor.ref:
            self.editor.cancel_opening()
            self._select_row_of(ref)
            return
        self.editor.maybe_leave(lambda: self._show(ref, select=True))

    def _show(self, ref: RecordRef, *, select: bool = False) -> None:
        self.editor.open(ref)
        if select and not self._select_row_of(ref):
            self._pending_ref = ref  # the list is still loading
        self.ctx.status_message.emit("")

    def _select_row_of(self, ref: RecordRef) -> bool:
        row = self.model.row_of(ref.id)
        if row is None:
            return False
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.table.scrollTo(index)
        return True

    def new_record(self, **values) -> None:
        def start() -> None:
            self.table.clearSelection()
            self.editor.new(**values)
            self.editor.setFocus()
            self.editor.focusNextChild()

        self.editor.maybe_leave(start)

    def _saved(self, record) -> None:
        self._pending_ref = record.ref

    def _update_record_actions(self) -> None:
        """„Wiedervorlage anlegen …“ and the like need a stored record to work on."""
        enabled = bool(self.selected_refs()) or self.editor.ref is not None
        for action in self._record_actions:
            action.setEnabled(enabled)

    def _run_action(self, spec: RecordAction) -> None:
        refs = self.selected_refs() or ([self.editor.ref] if self.editor.ref else [])
        if refs:
            spec.run(self.ctx, refs, self)

    def _context_menu(self, position) -> None:
        if not self.selected_refs():
            return
        menu = QMenu(self)
        for action in self.actions.values():
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
