"""Long note text in Markdown: shown formatted, edited as text with a few format buttons.

Reading is the default for a stored note (headings, lists, bold as in a document);
„Bearbeiten“ (Strg+E) switches to the Markdown text, and back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from sic_desktop.ui.icons import icon


class MarkdownField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("markdownToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.clicked.connect(lambda: self.set_editing(not self.editing))
        bar.addWidget(self.toggle)
        self._format_buttons = [
            self._format_button(self.tr("Überschrift"), self.tr("Zeile als Überschrift"), lambda: self._prefix("## ")),
            self._format_button(self.tr("Fett"), self.tr("Auswahl fett (Strg+B)"), lambda: self._wrap("**")),
            self._format_button(self.tr("Liste"), self.tr("Zeile als Aufzählungspunkt"), lambda: self._prefix("- ")),
        ]
        for button in self._format_buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        self.extra_bar = bar  # the note editor adds „Vorlage einfügen“ here
        layout.addLayout(bar)
        self.stack = QStackedWidget(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("markdownView")
        self.view.setOpenExternalLinks(False)
        self.view.setOpenLinks(False)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("markdownEdit")
        self.edit.setTabChangesFocus(True)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.edit)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.set_editing(not self.editing), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Bold, self.edit, lambda: self._wrap("**"), context=Qt.ShortcutContext.WidgetShortcut)
        self.view.viewport().installEventFilter(self)
        self.set_editing(False)

    def _format_button(self, text: str, tip: str, handler) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(handler)
        return button

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.view.setAccessibleName(name)

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.edit

    def set_editing(self, editing: bool) -> None:
        if not editing:
            self.view.setMarkdown(self.edit.toPlainText())
        self.stack.setCurrentWidget(self.edit if editing else self.view)
        for button in self._format_buttons:
            button.setVisible(editing)
        self.toggle.setText(self.tr("&Ansicht") if editing else self.tr("&Bearbeiten"))
        self.toggle.setIcon(icon("view" if editing else "edit"))
        self.toggle.setToolTip(self.tr("Zwischen formatierter Ansicht und Bearbeiten wechseln (Strg+E)"))
        self.setFocusProxy(self.stack.currentWidget())
        if editing:
            self.edit.setFocus()

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.edit.setPlainText(value or "")
        if not self.editing:
            self.view.setMarkdown(value or "")

    def insert(self, text: str) -> None:
        """Insert at the cursor (the whole text if the note is still empty)."""
        self.set_editing(True)
        if not self.edit.toPlainText().strip():
            self.edit.setPlainText(text)
        else:
            self.edit.insertPlainText(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        # A double-click on the formatted text starts editing, as people expect from a document.
        if watched is self.view.viewport() and event.type() == event.Type.MouseButtonDblClick:
            self.set_editing(True)
            return True
        return super().eventFilter(watched, event)

    def _prefix(self, marker: str) -> None:
        cursor = self.edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.insertText(marker)
        self.edit.setFocus()

    def _wrap(self, marker: str) -> None:
        cursor = self.edit.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.edit.setTextCursor(cursor)
        self.edit.setFocus()
