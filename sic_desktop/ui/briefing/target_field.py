"""Where the PDF goes: a file name that can be typed, or chosen with the save dialog.

The proposal is the core's file name (with today's date) in the folder used last,
numbered „(2)“ when that file already exists, so that a second briefing of the
same day does not replace the first. A typed name that exists is asked about
before it is replaced (the save dialog asks on its own).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from sic_desktop.core.errors import ValidationError

PDF_SUFFIX = ".pdf"
WORD_SUFFIX = ".docx"


class TargetField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("targetFile")
        self.edit.setAccessibleName(self.tr("Datei"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("x") * 60)
        self.edit.textEdited.connect(self._typed)
        layout.addWidget(self.edit, 1)
        self.choose_button = QPushButton(self.tr("&Ändern …"), self)
        self.choose_button.setObjectName("chooseTarget")
        self.choose_button.setToolTip(self.tr("Ordner und Dateinamen wählen"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(self.choose_button)
        self.setFocusProxy(self.edit)
        self._proposed = True
        self._folder = Path.home()
        self._confirmed: Path | None = None  # replacing this existing file was agreed to in the save dialog
        self.suffix = PDF_SUFFIX

    def propose(self, folder: Path, name: str) -> None:
        """Show ``folder/name`` (numbered if taken), unless the user has chosen a file already."""
        self._folder = folder
        if self._proposed:
            self.edit.setText(str(_free_name(folder / name)))

    def choose(self) -> None:
        filters = self.tr("PDF-Dateien (*.pdf)") if self.suffix == PDF_SUFFIX else self.tr("Word-Dateien (*.docx)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Briefing speichern unter"), self.edit.text(), filters)
        if name:
            path = _with_suffix(Path(name), self.suffix)
            self.edit.setText(str(path))
            self._proposed = False
            self._confirmed = path

    def path(self) -> Path:
        """The chosen file, ending in .pdf (or .docx); ValidationError (field ``target``) when there is none or its folder is missing."""
        text = self.edit.text().strip()
        if not text:
            raise ValidationError.single("target", self.accessibleName(), self.tr("Bitte einen Dateinamen angeben."))
        path = _with_suffix(self._folder / Path(text).expanduser(), self.suffix)  # a bare name goes into the proposed folder
        if not path.parent.is_dir():
            raise ValidationError.single(
                "target", self.accessibleName(), self.tr("Den Ordner „{folder}“ gibt es nicht.").format(folder=path.parent)
            )
        return path

    def set_suffix(self, suffix: str) -> None:
        """PDF or Word: the shown name gets the new ending (a proposal is numbered anew)."""
        if suffix == self.suffix:
            return
        old, self.suffix = self.suffix, suffix
        text = self.edit.text().strip()
        if text.lower().endswith(old):
            shown = Path(text[: -len(old)] + suffix)
            self.edit.setText(str(_free_name(shown) if self._proposed else shown))
        self._confirmed = None

    def needs_replace_question(self, path: Path) -> bool:
        return path.exists() and path != self._confirmed

    def _typed(self) -> None:
        self._proposed = False
        self._confirmed = None


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _free_name(path: Path) -> Path:
    """``path``, or „name (2).pdf“, „name (3).pdf“ … if it is taken."""
    number = 2
    free = path
    while free.exists():
        free = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return free
