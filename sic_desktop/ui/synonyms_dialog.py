"""Einstellungen → Suche → „Gleichbedeutende Begriffe“: the team's own synonym groups.

The team writes one group per line („QB = Quartiersbüro“); the shipped list is shown
beside it, read-only, so nobody types a group twice. Saving stores the groups in the
data folder (``ws.search_synonyms``); the search uses them from the next search on,
without a rebuild. A line that is no group is named in the dialog and nothing is saved.
"""

from __future__ import annotations

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
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.synonyms import shipped_groups


class SynonymsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synonymsDialog")
        self.setWindowTitle(self.tr("Gleichbedeutende Begriffe"))
        self._ws = ws
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
        self.own.setPlainText("\n".join(ws.search_synonyms.lines()))
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
        self.resize(640, 480)

    def accept(self) -> None:
        try:
            self._ws.search_synonyms.replace(self.own.toPlainText())
        except ValidationError as error:
            self.error.setText("\n".join(e.message for e in error.errors))
            self.error.show()
            self.own.setFocus()
            return
        super().accept()
