"""A note's text, written like in a word processor and stored as Markdown.

Office staff do not type ``##``: a small toolbar and the usual shortcuts (Strg+B
fett, Strg+I kursiv, Strg+K Link, Strg+Umschalt+L Aufzählung) format the text;
pasting from Word or a web page keeps headings, bold, italic, lists and links and
drops fonts, colours and the rest (``markdown_document`` converts both ways).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QInputDialog, QTextEdit, QToolBar, QToolButton, QVBoxLayout, QWidget

from sic_desktop.ui.editors.markdown_document import normalised, read_markdown, write_markdown

HEADING_LEVEL = 2  # one heading size is enough for notes; more come in from pasted documents
_HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.15}


class FormattedTextEdit(QTextEdit):
    """The text area: its own formatting shortcuts win over the window's (Strg+I is „Importieren“ there)."""

    pasted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(True)
        self.shortcuts: dict[QKeySequence, Callable[[], None]] = {}

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._shortcut(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        handler = self._shortcut(event)
        if handler is not None:
            handler()
            return
        super().keyPressEvent(event)

    def _shortcut(self, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(event, QKeyEvent):
            return None
        pressed = QKeySequence(event.keyCombination())
        return next((handler for keys, handler in self.shortcuts.items() if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch), None)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt name)
        """Pasted HTML keeps what Markdown can hold; everything else goes."""
        if source.hasHtml():
            pasted = QTextDocument()
            pasted.setHtml(source.html())
            self.textCursor().insertMarkdown(write_markdown(pasted))
            self.ensureCursorVisible()
        else:
            super().insertFromMimeData(source)
        self.pasted.emit()


class MarkdownField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = FormattedTextEdit(self)
        self.edit.setObjectName("noteText")
        self.edit.textChanged.connect(self.changed)
        self.edit.pasted.connect(self._style_headings)
        # A tool bar, not a row: in a narrow editor the last buttons move into its »-menu.
        bar = QToolBar(self)
        bar.setObjectName("formatBar")
        self.buttons: dict[str, QToolButton] = {}
        self._add_button(bar, "bold", self.tr("F"), self.tr("Fett (Strg+B)"), QKeySequence.StandardKey.Bold, self.toggle_bold)
        self._add_button(bar, "italic", self.tr("K"), self.tr("Kursiv (Strg+I)"), QKeySequence.StandardKey.Italic, self.toggle_italic)
        self._add_button(bar, "heading", self.tr("Überschrift"), self.tr("Absatz als Überschrift"), None, self.toggle_heading)
        self._add_button(bar, "bullets", self.tr("• Liste"), self.tr("Aufzählung (Strg+Umschalt+L)"), "Ctrl+Shift+L",
                         lambda: self.toggle_list(QTextListFormat.Style.ListDisc))
        self._add_button(bar, "numbers", self.tr("1. Liste"), self.tr("Nummerierte Liste"), None, lambda: self.toggle_list(QTextListFormat.Style.ListDecimal))
        self._add_button(bar, "link", self.tr("Link …"), self.tr("Link einfügen oder ändern (Strg+K)"), "Ctrl+K", self.edit_link, checkable=False)
        bold_font = QFont(self.buttons["bold"].font())
        bold_font.setBold(True)
        self.buttons["bold"].setFont(bold_font)
        italic_font = QFont(self.buttons["italic"].font())
        italic_font.setItalic(True)
        self.buttons["italic"].setFont(italic_font)
        self.extra_bar = bar  # the note editor adds „Vorlage einfügen“ here
        layout.addWidget(bar)
        layout.addWidget(self.edit, 1)
        self.edit.cursorPositionChanged.connect(self._show_format)
        self.edit.currentCharFormatChanged.connect(lambda _: self._show_format())
        self.setFocusProxy(self.edit)

    def _add_button(self, bar: QToolBar, key: str, text: str, tip: str, keys, handler, *, checkable: bool = True) -> None:
        button = QToolButton(self)
        button.setObjectName(f"format_{key}")
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click formats the text; the cursor stays in it
        button.clicked.connect(lambda _=False: handler())
        bar.addWidget(button)
        self.buttons[key] = button
        if keys is not None:
            self.edit.shortcuts[QKeySequence(keys)] = handler

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- value ---------------------------------------------------------------------

    def value(self) -> str:
        return write_markdown(self.edit.document())

    def set_value(self, value: str | None) -> None:
        read_markdown(self.edit.document(), value or "")
        self._style_headings()
        self.edit.moveCursor(QTextCursor.MoveOperation.Start)

    def shows(self, markdown: str) -> bool:
        """True if the field holds exactly ``markdown`` (as the editor writes it)."""
        return self.value() == normalised(markdown)

    def insert(self, markdown: str) -> None:
        """Insert at the cursor (the whole text if the note is still empty)."""
        if not self.edit.toPlainText().strip():
            self.set_value(markdown)
        else:
            self.edit.textCursor().insertMarkdown(markdown)
            self._style_headings()
        self.edit.setFocus()

    # -- formatting ----------------------------------------------------------------

    def toggle_bold(self) -> None:
        weight = QFont.Weight.Normal if self.edit.fontWeight() >= QFont.Weight.DemiBold.value else QFont.Weight.Bold
        char = QTextCharFormat()
        char.setFontWeight(weight)
        self._merge(char)

    def toggle_italic(self) -> None:
        char = QTextCharFormat()
        char.setFontItalic(not self.edit.fontItalic())
        self._merge(char)

    def toggle_heading(self) -> None:
        cursor = self.edit.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else HEADING_LEVEL
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.beginEditBlock()
        if level and cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
            block.setIndent(0)
        cursor.setBlockFormat(block)
        cursor.endEditBlock()
        self._style_headings()
        self._show_format()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            for index in reversed(range(current.count())):
                item = current.item(index)
                if cursor.selectionStart() <= item.position() + item.length() and item.position() <= max(cursor.selectionEnd(), cursor.position()):
                    current.remove(item)
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            heading = cursor.blockFormat()
            if heading.headingLevel():
                heading.setHeadingLevel(0)
                cursor.setBlockFormat(heading)
            cursor.createList(style)
        cursor.endEditBlock()
        self._style_headings()
        self._show_format()

    def edit_link(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.charFormat().anchorHref()
        address, ok = QInputDialog.getText(
            self, self.tr("Link"), self.tr("Adresse (z. B. https://www.dortmund.de):"), text=current or "https://"
        )
        if not ok:
            return
        address = address.strip()
        char = QTextCharFormat()
        if address and address != "https://":
            char.setAnchor(True)
            char.setAnchorHref(address)
            char.setForeground(self.palette().link())
            char.setFontUnderline(True)
            if not cursor.hasSelection():
                cursor.insertText(address, char)
                return
        else:
            char.setAnchor(False)
            char.setAnchorHref("")
            char.setFontUnderline(False)
            char.setForeground(self.palette().text())
        cursor.mergeCharFormat(char)

    def _merge(self, char: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(char)
        self.edit.mergeCurrentCharFormat(char)
        self.edit.setFocus()
        self._show_format()

    def _style_headings(self) -> None:
        """Headings look like headings (bigger, bold); plain paragraphs get the normal size back."""
        base = self.edit.document().defaultFont().pointSizeF()
        block = self.edit.document().begin()
        cursor = QTextCursor(self.edit.document())
        blocker = self.edit.blockSignals(True)
        while block.isValid():
            level = block.blockFormat().headingLevel()
            char = QTextCharFormat()
            char.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
            char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
            if level or _has_heading_look(block, base):
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + max(block.length() - 1, 0), QTextCursor.MoveMode.KeepAnchor)
                if level:
                    cursor.mergeCharFormat(char)
                else:
                    plain = QTextCharFormat()
                    plain.setFontPointSize(base)
                    plain.setFontWeight(QFont.Weight.Normal)
                    cursor.mergeCharFormat(plain)
            block = block.next()
        self.edit.blockSignals(blocker)
        self.changed.emit()

    def _show_format(self) -> None:
        cursor = self.edit.textCursor()
        heading = bool(cursor.blockFormat().headingLevel())
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        states = {
            "bold": self.edit.fontWeight() >= QFont.Weight.DemiBold.value and not heading,
            "italic": self.edit.fontItalic(),
            "heading": heading,
            "bullets": style == QTextListFormat.Style.ListDisc,
            "numbers": style == QTextListFormat.Style.ListDecimal,
        }
        for key, state in states.items():
            self.buttons[key].setChecked(state)


def _has_heading_look(block, base: float) -> bool:
    """A paragraph that was a heading a moment ago still carries the heading's size."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if fragment.isValid() and fragment.charFormat().fontPointSize() not in (0, base):
            return True
    return False
