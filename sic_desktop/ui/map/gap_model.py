"""The gap matrix as a table model (theme fields × sectors) and the delegate that draws its cells."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sic_desktop.core.i18n import counted, translate
from sic_desktop.core.vocab import SECTORS
from sic_desktop.network.gaps import GapCell, GapMatrix, candidates_text
from sic_desktop.network.style import LIGHT, Palette, sector_colour

CellRole = Qt.ItemDataRole.UserRole + 1


class GapTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: GapMatrix | None = None
        self.palette: Palette = LIGHT

    def set_matrix(self, matrix: GapMatrix, palette: Palette) -> None:
        self.beginResetModel()
        self.matrix, self.palette = matrix, palette
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.themes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.sectors)

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> GapCell | None:
        if self.matrix is None or not index.isValid():
            return None
        theme_id = self.matrix.themes[index.row()][0]
        return self.matrix.cell(theme_id, self.matrix.sectors[index.column()])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Gaps", "Lücke") if cell.is_gap else cell_lines(cell)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.is_gap:
                hint = f" – {candidates_text(cell)}" if cell.candidate_ids else ""
                return cell.gap_text[0].upper() + cell.gap_text[1:] + hint
            return " · ".join(cell_lines(cell))
        if role == CellRole:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            sector = self.matrix.sectors[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return SECTORS.label(sector)
            if role == Qt.ItemDataRole.DecorationRole:
                return _dot(sector_colour(sector))
        elif role == Qt.ItemDataRole.DisplayRole:
            return self.matrix.themes[section][1]
        elif role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def cell_lines(cell: GapCell) -> tuple[str, str]:
    return (
        counted(cell.cooperations, translate("Gaps", "1 Kooperation"), translate("Gaps", "{count} Kooperationen")),
        counted(cell.organisations, translate("Gaps", "1 Organisation"), translate("Gaps", "{count} Organisationen")),
    )


def _dot(colour: str) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QPen(QColor("#262626"), 0.8))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return pixmap


class GapCellDelegate(QStyledItemDelegate):
    """Two lines per cell; a gap hatched (visible without colour too) with its possible partners."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        cell: GapCell | None = index.data(CellRole)
        model = index.model()
        palette: Palette = getattr(model, "palette", LIGHT)
        if cell is None:
            return super().paint(painter, option, index)
        painter.save()
        # Cover the view's own selection fill: a chosen cell gets a frame instead, so text stays legible.
        painter.fillRect(option.rect, option.palette.color(option.palette.ColorRole.Base))
        rect = option.rect.adjusted(2, 2, -2, -2)
        text_colour = option.palette.color(option.palette.ColorRole.Text)
        if cell.is_gap:
            painter.fillRect(rect, QColor(palette.gap_fill))
            painter.fillRect(rect, QBrush(QColor(palette.gap_hatch), Qt.BrushStyle.BDiagPattern))
            first, second = translate("Gaps", "Lücke"), candidates_text(cell) if cell.candidate_ids else ""
            first_colour = second_colour = QColor(palette.gap_ink)
        else:
            first, second = cell_lines(cell)
            first_colour, second_colour = text_colour, QColor(palette.muted_text)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.color(option.palette.ColorRole.Highlight), 3))
            painter.drawRect(rect)
        top, bottom = QRect(rect), QRect(rect)
        top.setBottom(rect.center().y())
        bottom.setTop(rect.center().y() + 2)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(first_colour)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, first)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(second_colour)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, second)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt name)
        lines = option.fontMetrics.height()
        return QSize(option.fontMetrics.horizontalAdvance("00 Kooperationen") + 16, round(lines * 2.8))
