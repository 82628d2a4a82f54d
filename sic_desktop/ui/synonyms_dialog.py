"""Einstellungen → Suche → „Gleichbedeutende Begriffe“: the team's own synonym groups.

The team writes one group per line („QB = Quartiersbüro“); the shipped list is shown
beside it, read-only, so nobody types a group twice. Saving stores the groups in the
data folder (``ws.search_synonyms``); the search uses them from the next search on,
without a rebuild. A line that is no group is named in the dialog and nothing is saved.
The groups are read and saved through ``ctx.ops`` (on the team server a round trip each): the
text is editable once they arrived, „Speichern“ waits for the save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.team_access import on_server
from sic_desktop.search.synonyms import shipped_groups
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.messages import show_error


class SynonymsDialog(QDialog):
    loaded = Signal()  # the team's groups arrived and can be edited
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synonymsDialog")
        self.setWindowTitle(self.tr("Gleichbedeutende Begriffe"))
        self._ctx = ctx
        ws = ctx.ws
        layout = QVBoxLayout(self)
        sentences = [
            self.tr("Begriffe, die bei der Suche dasselbe meinen: eine Gruppe je Zeile, durch „=“ getrennt, z. B. "
                    "„QB = Quartiersbüro“."),
            self.tr("Wer einen Begriff sucht, findet auch die anderen; die Trefferliste sagt dann „gefunden über …“."),
        ]
        if on_server(ws):  # the groups are stored with the records: on the server for the whole team
            sentences.append(self.tr("Gilt ab der nächsten Suche für alle, die mit diesem Teamserver arbeiten."))
        else:
            sentences.append(self.tr("Gilt ab der nächsten Suche für alle, die mit diesem Datenordner arbeiten."))
        text = " ".join(sentences)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        tabs = QTabWidget(self)
        self.own = QPlainTextEdit(self)
        self.own.setObjectName("ownSynonyms")
        self.own.setPlaceholderText(self.tr("QB = Quartiersbüro\nLaKo = Landeskoordinierung"))
        self.own.setEnabled(False)  # until the groups arrive
        tabs.addTab(self.own, self.tr("Eigene Begriffe"))
        groups = shipped_groups()
        shipped = QPlainTextEdit("\n".join(g.text for g in groups), self)
        shipped.setObjectName("shippedSynonyms")
        shipped.setReadOnly(True)
        tabs.addTab(shipped, self.tr("Mitgeliefert ({count})").format(count=len(groups)))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for editor in (self.own, shipped):
            editor.setFont(fixed)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(tabs, 1)
        self.error = QLabel(self)
        self.error.setObjectName("synonymsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        self.own.textChanged.connect(self.error.hide)  # nothing stale once the text changes
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.resize(640, 480)
        ctx.ops.read(self, lambda ws: ws.search_synonyms.lines()).success(self._show).run()

    def _show(self, lines: list[str]) -> None:
        self.own.setPlainText("\n".join(lines))
        self.own.setEnabled(True)
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def accept(self) -> None:
        """Save on the writer lane; a line that is no group keeps the dialog open with the core's message."""
        text = self.own.toPlainText()
        self.save_button.setEnabled(False)

        def refused(error: Exception) -> None:
            self.save_button.setEnabled(True)
            if not isinstance(error, ValidationError):
                show_error(self, error)
                return
            self.error.setText("\n".join(e.message for e in error.errors))
            self.error.show()
            self.own.setFocus()

        self._ctx.ops.write(self, lambda ws: ws.search_synonyms.replace(text)).success(
            lambda _: super(SynonymsDialog, self).accept()).failure(refused).run()

    def reject(self) -> None:
        """Escape while the list is being saved waits for the save (the dialog closes when it is stored)."""
        if self._saving():
            return
        super().reject()

    def _saving(self) -> bool:
        return self.own.isEnabled() and not self.save_button.isEnabled()
