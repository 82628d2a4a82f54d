"""„Weiter speichern“: a contact stays on purpose, with a reason, until the next review."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.errors import ValidationError
from sic_desktop.privacy.review import ReviewItem, years_after
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.messages import show_error


class KeepDialog(QDialog):
    def __init__(self, ctx: AppContext, item: ReviewItem, review_years: int, parent: QWidget | None = None) -> None:
        """``review_years``: how long the decision holds, as the Prüfliste read it (no read here, on the UI thread)."""
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setObjectName("keepDialog")
        self.setWindowTitle(self.tr("Kontakt weiter speichern"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        until = years_after(today(), review_years)
        intro = QLabel(
            self.tr(
                "Warum bleibt „{name}“ gespeichert? Die Begründung wird mit Datum und Ihrem Namen vermerkt. "
                "Am {date} erscheint der Kontakt wieder in der Prüfliste."
            ).format(name=item.name, date=format_date(until)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Begründung:"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("keepReason")
        self.reason.setPlaceholderText(self.tr("z. B. Mitglied im Beirat bis 2028; Einwilligung liegt schriftlich vor"))
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        self.message = QLabel(self)
        self.message.setObjectName("keepMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Weiter speichern"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the decision; a refused reason keeps the dialog open with the core's message."""
        reason, person_id = self.reason.toPlainText(), self.item.person_id
        self.ok_button.setEnabled(False)

        def failed(error: Exception) -> None:
            self.ok_button.setEnabled(True)
            if isinstance(error, ValidationError):
                self.message.setText("\n".join(error.for_field("reason")) or str(error))
                self.message.show()
            else:
                show_error(self, error)

        def stored(_decision) -> None:
            self.ctx.status_message.emit(self.tr("Vermerkt: „{name}“ bleibt gespeichert.").format(name=self.item.name))
            super(KeepDialog, self).accept()

        self.ctx.ops.write(self, lambda ws: ws.keep_decisions.add(person_id, reason)).success(stored).failure(failed).run()
