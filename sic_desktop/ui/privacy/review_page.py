"""The Datenschutz page: the Prüfliste of contacts whose storage needs a fresh look, the deletion
rules it judges by („Löschregeln“) and the Datenschutz-Protokoll with the Art. 30 record („Protokoll“).

Per contact: open it, keep it with a reason (it comes back after one review
period), anonymise it, delete it for good, export what is stored about it
(Art. 15) or look at its change history. The list reloads after every change
to contacts or notes, and after the rules are saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import counted
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.review import ReviewItem, review_list
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.flow_layout import FlowLayout
from sic_desktop.ui.icons import icon
from sic_desktop.ui.lists.row_table import row_table
from sic_desktop.ui.privacy import actions
from sic_desktop.ui.privacy.keep_dialog import KeepDialog
from sic_desktop.ui.privacy.privacy_log_panel import PrivacyLogPanel
from sic_desktop.ui.privacy.review_model import ReviewTableModel
from sic_desktop.ui.privacy.rules_panel import RulesPanel

# Changes to these record types can move a contact onto or off the list.
_RELEVANT = {RecordType.PERSON, RecordType.NOTE}


def _organisation_renamed(changes: ChangeSet) -> bool:
    """The list names each contact's organisations: a new name, or one gone to the Papierkorb, shows."""
    for change in changes.of_type(RecordType.ORGANISATION):
        fields = changes.fields_of(change.ref)
        if fields is None or "name" in fields:
            return True
    return False


@dataclass(frozen=True)
class _Loaded:
    review_years: int  # how long a „Weiter speichern“ holds
    items: list[ReviewItem]


def _load(ws: Workspace) -> _Loaded:
    """Runs on the reader lane."""
    return _Loaded(ws.privacy_settings.review_years, review_list(ws))


class ReviewPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page_privacy")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        QVBoxLayout(self).addWidget(self.tabs)
        review = QWidget(self.tabs)
        layout = QVBoxLayout(review)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        bar = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, icon_name, run in (
            ("open", self.tr("Ö&ffnen"), "view", self.open_selected),
            ("keep", self.tr("&Weiter speichern …"), "save", self.keep_selected),
            ("anonymise", self.tr("&Anonymisieren …"), "anonymise", self._run(actions.anonymise_person)),
            ("delete", self.tr("Endgültig &löschen …"), "delete", self._run(actions.delete_person)),
            ("export", self.tr("A&uskunft exportieren …"), "export", self._run(actions.export_access)),
            ("history", self.tr("Änderungs&protokoll"), "history", self._run(actions.show_history)),
        ):
            button = QPushButton(icon(icon_name), text, self)
            button.setObjectName(f"review_{key}")
            button.clicked.connect(run)
            bar.addWidget(button)
            self.buttons[key] = button
        self.count_label = QLabel(self)
        self.count_label.setObjectName("reviewCount")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = ReviewTableModel(self)
        self.table = row_table(
            self, self.model, name="reviewTable", accessible_name=self.tr("Kontakte zur Datenschutz-Prüfung"), multiple=False
        )
        for column, width in enumerate((175, 190, 160, 240, 115, 150)):  # at 1,366 px all fit, „Letzter Kontakt“ too
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.tabs.addTab(review, icon("privacy"), self.tr("&Prüfliste"))
        self.rules = RulesPanel(ctx, self.tabs)
        self.rules.saved.connect(self.refresh)
        self.tabs.addTab(self.rules, icon("settings"), self.tr("Lösch&regeln"))
        self.log = PrivacyLogPanel(ctx, self.tabs)
        self.tabs.addTab(self.log, icon("history"), self.tr("Pro&tokoll"))
        self.review_years: int | None = None  # known once the list is read
        self._timer = QTimer(self, singleShot=True, interval=100)
        self._timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        """The review period (for the intro) and the list, read together on the reader lane."""
        self.ctx.ops.read(self, _load).success(self._show).run()

    def _show(self, loaded: _Loaded) -> None:
        self.review_years = loaded.review_years
        self.intro.setText(
            self.tr(
                "Kontakte ohne Rechtsgrundlage, Kontakte, deren Löschfrist nach den Löschregeln abgelaufen ist, "
                "und von Dritten erhobene Kontakte, die nicht binnen eines Monats informiert wurden (Art. 14). "
                "Für jeden Kontakt entscheiden: begründet weiter speichern (gilt {period}), anonymisieren "
                "oder endgültig löschen."
            ).format(period=counted(loaded.review_years, self.tr("1 Jahr"), self.tr("{count} Jahre")))
        )
        chosen = self.selected_item()
        self.model.set_items(loaded.items)
        if chosen is not None and (row := self.model.row_of(chosen.person_id)) is not None:
            self.table.selectRow(row)
        self.count_label.setText(counted(
            len(loaded.items), self.tr("1 Kontakt zur Prüfung"), self.tr("{count} Kontakte zur Prüfung")))
        self._update_buttons()
        self.loaded.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._timer.start()  # the review period may have changed in the settings

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(ref.type in _RELEVANT for ref in changes.refs()) or _organisation_renamed(changes):
            self._timer.start()

    def selected_item(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def selected_refs(self) -> list[RecordRef]:
        item = self.selected_item()
        return [RecordRef(RecordType.PERSON, item.person_id)] if item else []

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _update_buttons(self) -> None:
        chosen = self.selected_item() is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)

    def _run(self, action: Callable[[AppContext, list[RecordRef], QWidget], None]) -> Callable[[], None]:
        def run() -> None:
            refs = self.selected_refs()
            if refs:
                action(self.ctx, refs, self)

        return run

    def open_selected(self) -> None:
        for ref in self.selected_refs():
            self.ctx.open(ref)

    def keep_selected(self) -> None:
        item = self.selected_item()
        if item is not None and self.review_years is not None:  # a selected row came with the period
            KeepDialog(self.ctx, item, self.review_years, self).exec()
