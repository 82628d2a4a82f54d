"""The rows of the Datenschutz-Prüfliste as a thin table model (like the lists' model, without lazy loading:
a review list holds short rows, and every one of them is wanted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from sic_desktop.core.dates import format_date
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.privacy.review import ReviewItem

Index = QModelIndex | QPersistentModelIndex

# What each column shows, in the order of _headers().
_VALUES: list[Callable[[ReviewItem], str]] = [
    lambda item: item.name,
    lambda item: item.organisations,
    lambda item: item.short_reasons,
    lambda item: item.deletion_class,
    lambda item: format_date(item.due_on),
    lambda item: LEGAL_BASES.label(item.legal_basis),
    lambda item: format_date(item.last_contact),
]


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ReviewModel", "Name"),
        QCoreApplication.translate("ReviewModel", "Organisation"),
        QCoreApplication.translate("ReviewModel", "Grund der Prüfung"),
        QCoreApplication.translate("ReviewModel", "Löschfrist nach Löschregel"),
        QCoreApplication.translate("ReviewModel", "Abgelaufen am"),
        QCoreApplication.translate("ReviewModel", "Rechtsgrundlage"),
        QCoreApplication.translate("ReviewModel", "Letzter Kontakt"),
    ]


class ReviewTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[ReviewItem] = []
        self._headers = _headers()

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> ReviewItem:
        return self._items[row]

    def row_of(self, person_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.person_id == person_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(_VALUES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _VALUES[index.column()](item)
        lines = list(item.reason_texts)
        if item.previous_keep is not None:
            lines.append(QCoreApplication.translate("ReviewModel", "Zuletzt am {date} behalten: {reason}").format(
                date=format_date(item.previous_keep.decided_on), reason=item.previous_keep.reason
            ))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
