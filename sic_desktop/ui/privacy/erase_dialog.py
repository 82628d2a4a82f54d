"""Confirming an erasure (Art. 17 DSGVO): what will go, what stays, what must be checked by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from sic_desktop.core.i18n import counted
from sic_desktop.privacy.erasure import ErasurePreview
from sic_desktop.ui.icons import icon
from sic_desktop.ui.privacy.backup_note import backup_note
from sic_desktop.ui.privacy.mention_list import MentionList


class EraseDialog(QDialog):
    def __init__(self, preview: ErasurePreview, *, anonymise: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if anonymise:
            self.setWindowTitle(self.tr("Kontakt anonymisieren"))
            text = self.tr(
                "„{name}“ wird durch „anonymisierte Person“ ersetzt. Gelöscht werden Name, Anrede, Titel, "
                "E-Mail-Adressen, Telefonnummern, Notizen, Rechtsgrundlage, Einwilligungs- und Kontaktdatum, "
                "Schlagwörter, die Zugehörigkeit zu Organisationen und die Wiedervorlagen zum Kontakt. "
                "Die Verknüpfungen mit {notes} und {cooperations} bleiben; aus den "
                "Teilnehmenden dieser Notizen wird der Name entfernt. Das kann nicht rückgängig gemacht werden."
            )
            action = self.tr("&Anonymisieren")
        else:
            self.setWindowTitle(self.tr("Kontakt endgültig löschen"))
            text = self.tr(
                "„{name}“ wird endgültig gelöscht, nicht in den Papierkorb gelegt – mit Wiedervorlagen und den "
                "Verknüpfungen mit {notes} und {cooperations}. Aus den Teilnehmenden "
                "dieser Notizen wird der Name entfernt. Das kann nicht rückgängig gemacht werden."
            )
            action = self.tr("Endgültig &löschen")
        self.summary = QLabel(
            text.format(
                name=preview.title,
                notes=counted(preview.linked_notes, self.tr("1 Notiz"), self.tr("{count} Notizen")),
                cooperations=counted(preview.cooperations, self.tr("1 Kooperation"), self.tr("{count} Kooperationen")),
            ),
            self,
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.mentions: MentionList | None = None
        if preview.mentions:
            hint = QLabel(
                self.tr(
                    "<b>Diese Texte nennen die Person und werden nicht automatisch geändert.</b> Bitte nach dem "
                    "Löschen von Hand prüfen und den Namen dort entfernen, wo er nicht bleiben darf:"
                ),
                self,
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.mentions = MentionList(preview.mentions, self)
            layout.addWidget(self.mentions, 1)
        self.backups = QLabel(backup_note(preview.backups, on_server=preview.on_server), self)
        self.backups.setWordWrap(True)
        layout.addWidget(self.backups)
        self.reason_box = QComboBox(self)
        self.reason_box.setObjectName("erasureReason")
        self.reason_box.setEditable(True)
        self.reason_box.addItems([
            self.tr("Antrag der Person (Art. 17 DSGVO)"),
            self.tr("Einwilligung widerrufen"),
            self.tr("Löschfrist nach den Löschregeln abgelaufen"),
            self.tr("Zweck entfallen"),
        ])
        form = QFormLayout()
        form.addRow(self.tr("&Grund für das Löschprotokoll:"), self.reason_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm_button.setIcon(icon("anonymise" if anonymise else "delete"))
        self.confirm_button.setObjectName("confirmErasure")
        self.confirm_button.clicked.connect(self.accept)
        cancel = buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> str:
        """Why the person is erased, for the Datenschutz-Protokoll (no name belongs here)."""
        return self.reason_box.currentText().strip()
