"""Paints an item's text as HTML (title and highlighted snippet) in the palette's colours.

Secondary details (a note's date, „ähnlich geschrieben“) are marked ``<span class="detail">``
and drawn in a colour between text and background, computed from the palette for the
row's state: a fixed grey was unreadable on the highlighted row and on a dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_SHARE = 0.7  # of the text colour in a detail on a plain row; the rest is background

Index = QModelIndex | QPersistentModelIndex


def detail_colour(palette: QPalette, *, selected: bool) -> QColor:
    """The colour of a detail on a row: muted on a plain row; on the highlighted row, whose
    colours have little contrast to spare, the highlighted text's own colour."""
    if selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    text, background = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(*(round(DETAIL_SHARE * a + (1 - DETAIL_SHARE) * b) for a, b in
                    zip(_rgb(text), _rgb(background), strict=True)))


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def detail_html(text: str) -> str:
    """``text`` (already escaped) as a detail of a row."""
    return f'<span class="detail">{text}</span>'


class HtmlDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
        if not markup:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document.setDefaultStyleSheet(f".detail {{ color: {detail_colour(option.palette, selected=selected).name()} }}")
        document.setHtml(markup)
        # One line per part, never wrapped: the size hint and the painting agree, long lines are clipped.
        document.setTextWidth(-1)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.setClipRect(text_rect)
        painter.translate(text_rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt name)
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
