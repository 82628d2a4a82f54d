"""PDF or Word: the one chooser of the briefing dialog and of the Wirkungsbericht."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sic_desktop.ui.briefing.target_field import PDF_SUFFIX, WORD_SUFFIX


class FormatChoice(QComboBox):
    """The file's ending as data: ``.pdf`` to print and send, ``.docx`` to edit from the Word template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileFormat")
        self.addItem(self.tr("PDF – zum Drucken und Versenden"), PDF_SUFFIX)
        self.addItem(self.tr("Word (.docx) – zum Bearbeiten, aus der Word-Vorlage"), WORD_SUFFIX)

    def suffix(self) -> str:
        return str(self.currentData())

    def word(self) -> bool:
        return self.suffix() == WORD_SUFFIX
