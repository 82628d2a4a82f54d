"""„Briefing als PDF“: what goes into the PDF and where it is saved, before it is made.

The dialog offers the sections of the record type as check boxes (the PDF's
own headings), the period with quick choices, the notes, the contact data, the
classification line and the file. It opens with the choices made last time for
this kind of briefing; a theme-field report never opens without a period, as a
report over all years can run to hundreds of pages. The records' titles and the theme
fields come read already (``Subjects``, read by ``run_briefing`` on the reader lane):
the dialog itself asks the database nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.dates import today
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings import BriefingOptions, Section, file_name_for, sections_for
from sic_desktop.ui import messages
from sic_desktop.ui.briefing.format_choice import FormatChoice
from sic_desktop.ui.briefing.period import QuickPeriod
from sic_desktop.ui.briefing.period_field import PeriodField
from sic_desktop.ui.briefing.remembered import RememberedChoices
from sic_desktop.ui.briefing.target_field import TargetField
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.editors.form import FieldMessage
from sic_desktop.ui.icons import icon

# Only these briefings list the newest notes; a cooperation prints all, a theme report a table.
_NEWEST_NOTES = frozenset({RecordType.ORGANISATION, RecordType.PERSON})
_MAX_NOTES = 500
_SHOWN_TITLES = 3


@dataclass(frozen=True)
class Subjects:
    """What the dialog names: the titles of the chosen records, and the theme fields by id."""

    titles: dict[RecordRef, str]
    themes: dict[int, str]

    @classmethod
    def read(cls, ws: Workspace, kind: RecordType, refs: list[RecordRef]) -> Subjects:
        """Runs on the reader lane."""
        return cls(ws.titles(refs), ws.themes.names() if kind is RecordType.THEME else {})


@dataclass(frozen=True)
class BriefingRequest:
    """What the user chose: the records, the options and the file."""

    refs: list[RecordRef]
    options: BriefingOptions
    target: Path
    word: bool = False  # a Word file (.docx) from the template instead of the PDF


class BriefingDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: RecordType, refs: list[RecordRef], subjects: Subjects,
                 parent: QWidget | None = None) -> None:
        """``refs`` are records of ``kind``; for a theme-field report the theme to preselect (or none)."""
        super().__init__(parent)
        self.ctx, self.kind, self.refs, self._subjects = ctx, kind, list(refs), subjects
        self.request: BriefingRequest | None = None
        self.remembered = RememberedChoices(ctx.ws.folder.root)
        self.setObjectName("briefingDialog")
        theme = kind is RecordType.THEME
        self.setWindowTitle(self.tr("Themenfeldbericht als PDF") if theme else self.tr("Briefing als PDF"))
        self.setWindowIcon(icon("briefing"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self._build_subject(layout, form)
        self._build_period(form)
        self._build_contents(form)
        self._build_output(form)
        layout.addWidget(self._build_buttons())

        self._show_options(self.remembered.options(kind))
        self._propose_file()
        self.period.setFocus()

    # -- building ---------------------------------------------------------------------

    def _build_subject(self, layout: QVBoxLayout, form: QFormLayout) -> None:
        """A theme-field report asks for the theme; a briefing names its records."""
        self.theme: QComboBox | None = None
        if self.kind is RecordType.THEME:
            self.theme = QComboBox(self)
            self.theme.setObjectName("theme")
            for theme_id, name in self._subjects.themes.items():
                self.theme.addItem(name, theme_id)
            if self.refs:
                self.theme.setCurrentIndex(max(0, self.theme.findData(self.refs[0].id)))
            self.theme.currentIndexChanged.connect(self._propose_file)
            self._row(form, self.tr("&Themenfeld:"), self.theme)
        else:
            subject = QLabel(self._subject_text(), self)
            subject.setObjectName("subject")
            subject.setWordWrap(True)
            font = subject.font()
            font.setBold(True)
            subject.setFont(font)
            layout.insertWidget(0, subject)
            layout.insertSpacing(1, subject.fontMetrics().height() // 2)

    def _build_period(self, form: QFormLayout) -> None:
        self.period = PeriodField(self)
        self.period.changed.connect(self._period_changed)
        self._row(form, self.tr("&Zeitraum:"), self.period, buddy=self.period.date_from.edit)
        self.period_hint = QLabel(
            self.tr("Ohne Zeitraum enthält der Bericht alle gespeicherten Einträge und kann sehr lang werden."), self
        )
        self.period_hint.setWordWrap(True)
        self.period_hint.setEnabled(False)
        form.addRow("", self.period_hint)
        self.period_message = FieldMessage(self)
        form.addRow("", self.period_message)

    def _build_contents(self, form: QFormLayout) -> None:
        """Sections, notes and contact data: what the PDF shows."""
        self.sections: dict[Section, QCheckBox] = {}
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        choices = sections_for(self.kind)
        rows = (len(choices) + 1) // 2
        for number, (section, heading) in enumerate(choices):
            box = QCheckBox(heading, grid_widget)
            box.setObjectName(f"section_{section.value}")
            grid.addWidget(box, number % rows, number // rows)
            self.sections[section] = box
        form.addRow(self.tr("Abschnitte:"), grid_widget)
        self.sections_message = FieldMessage(self)
        form.addRow("", self.sections_message)

        self.recent_notes = QSpinBox(self)
        self.recent_notes.setObjectName("recentNotes")
        self.recent_notes.setRange(1, _MAX_NOTES)
        self.recent_notes.setAccessibleName(self.tr("Anzahl der neuesten Notizen"))
        if self.kind in _NEWEST_NOTES:
            self._row(form, self.tr("&Neueste Notizen:"), self.recent_notes)
        else:
            self.recent_notes.hide()
        self.full_texts = QCheckBox(self.tr("Notizen im vollen &Wortlaut (sonst kurz zusammengefasst)"), self)
        self.full_texts.setObjectName("fullTexts")
        form.addRow("", self.full_texts)
        self.without_contact_data = QCheckBox(
            self.tr("&ohne persönliche Kontaktdaten (zur Weitergabe außerhalb der Verwaltung)"), self
        )
        self.without_contact_data.setObjectName("withoutContactData")
        self.without_contact_data.setToolTip(
            self.tr("Personen stehen nur mit Namen und Funktion in der PDF; E-Mail-Adressen und Telefonnummern fehlen, auch in Notizen.")
        )
        form.addRow("", self.without_contact_data)
        notes = self.sections.get(Section.NOTES)
        if notes is not None:
            notes.toggled.connect(self._notes_toggled)

    def _build_output(self, form: QFormLayout) -> None:
        """The classification line and the file."""
        self.classification = QLineEdit(self.ctx.ws.settings.classification, self)
        self.classification.setObjectName("classification")
        self.classification.setPlaceholderText(self.tr("keine Einstufung"))
        self.classification.setToolTip(
            self.tr("Steht oben und unten auf jeder Seite. Gilt nur für diese PDF; die Vorgabe steht in den Einstellungen.")
        )
        self._row(form, self.tr("&Einstufung:"), self.classification)

        self.file_format = FormatChoice(self)
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self._row(form, self.tr("&Format:"), self.file_format)

        self.target = TargetField(self)
        self._row(form, self.tr("Speichern &unter:"), self.target)
        self.target_message = FieldMessage(self)
        form.addRow("", self.target_message)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("&PDF erstellen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createPdf")
        self.create_button.setIcon(icon("briefing"))
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _row(self, form: QFormLayout, caption: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(caption, self)
        label.setBuddy(buddy or field)
        field.setAccessibleName(field.accessibleName() or caption.replace("&", "").rstrip(":"))
        form.addRow(label, field)

    def _subject_text(self) -> str:
        titles = self._subjects.titles
        names = [self.tr("„{name}“").format(name=titles.get(ref, "")) for ref in self.refs]
        if len(names) == 1:
            return f"{self.kind.label} {names[0]}"
        shown = ", ".join(names[:_SHOWN_TITLES]) + (" …" if len(names) > _SHOWN_TITLES else "")
        return self.tr("{count} {kind} in einer PDF, je ein Kapitel: {names}").format(count=len(names), kind=self.kind.plural, names=shown)

    def _show_options(self, options: BriefingOptions) -> None:
        if self.kind is RecordType.THEME and options.date_from is None and options.date_to is None:
            self.period.set_period(*QuickPeriod.THIS_YEAR.dates(today()))
        else:
            self.period.set_period(options.date_from, options.date_to)
        for section, box in self.sections.items():
            box.setChecked(options.includes(section))
        self.recent_notes.setValue(options.recent_notes)
        self.full_texts.setChecked(options.full_note_texts)
        self.without_contact_data.setChecked(not options.with_contact_data)
        self._period_changed()

    # -- reacting ---------------------------------------------------------------------

    def subject(self) -> list[RecordRef]:
        if self.theme is not None:
            theme_id = self.theme.currentData()
            return [RecordRef(RecordType.THEME, theme_id)] if theme_id is not None else []
        return self.refs

    def _propose_file(self) -> None:
        subject = self.subject()
        if subject:
            # A theme report's subject is the theme chosen in the box: its name comes from the theme fields.
            titles = ({ref: self._subjects.themes.get(ref.id, "") for ref in subject} if self.theme is not None
                      else self._subjects.titles)
            self.target.propose(self.remembered.folder(), file_name_for(subject, titles))

    def word(self) -> bool:
        return self.file_format.word()

    def _format_changed(self) -> None:
        self.target.set_suffix(self.file_format.currentData())
        self.create_button.setText(self.tr("&Word-Datei erstellen") if self.word() else self.tr("&PDF erstellen"))

    def _period_changed(self) -> None:
        self.period_hint.setVisible(self.kind is RecordType.THEME and self.period.is_empty())
        if not self.period_message.isHidden():
            self._clear_fixed_period()

    def _clear_fixed_period(self) -> None:
        """The date message goes once the period is fine („Alles“ clears a wrong date too)."""
        try:
            self.options()
        except ValidationError as error:
            if any(field_error.field in ("date_from", "date_to") for field_error in error.errors):
                return
        self.period_message.show_messages([])

    def _notes_toggled(self, on: bool) -> None:
        self.recent_notes.setEnabled(on)
        self.full_texts.setEnabled(on)

    # -- accepting --------------------------------------------------------------------

    def options(self) -> BriefingOptions:
        """The choices as shown; ValidationError naming the field that is wrong."""
        date_from, date_to = self.period.period()
        chosen = frozenset(section for section, box in self.sections.items() if box.isChecked())
        if not chosen:
            raise ValidationError.single("sections", self.tr("Abschnitte"), self.tr("Bitte mindestens einen Abschnitt wählen."))
        options = BriefingOptions(
            date_from=date_from,
            date_to=date_to,
            sections=None if len(chosen) == len(self.sections) else chosen,
            recent_notes=self.recent_notes.value(),
            full_note_texts=self.full_texts.isChecked(),
            with_contact_data=not self.without_contact_data.isChecked(),
            classification=self.classification.text().strip(),
        )
        options.check()
        return options

    def accept(self) -> None:
        for message in (self.period_message, self.sections_message, self.target_message):
            message.show_messages([])
        subject = self.subject()
        if not subject:
            return  # a theme report without any theme field: the command does not open the dialog
        try:
            options = self.options()
            target = self.target.path()
        except ValidationError as error:
            self._show_problem(error)
            return
        if self.target.needs_replace_question(target) and not messages.confirm(
            self, self.tr("Die Datei „{name}“ gibt es schon. Soll sie ersetzt werden?").format(name=target.name), self.tr("&Ersetzen")
        ):
            return
        self.remembered.remember(self.kind, options)
        self.remembered.remember_folder(target.parent)
        self.request = BriefingRequest(subject, options, target, word=self.word())
        super().accept()

    def _show_problem(self, error: ValidationError) -> None:
        fields = {
            "date_from": (self.period_message, self.period.date_from),
            "date_to": (self.period_message, self.period.date_to),
            "sections": (self.sections_message, next(iter(self.sections.values()))),
            "target": (self.target_message, self.target),
        }
        for field_error in error.errors:
            message, widget = fields.get(field_error.field, (self.period_message, self.period))
            message.show_messages([field_error.message])
            widget.setFocus()
