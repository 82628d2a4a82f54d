"""The period of a briefing: two date fields (typed German dates or the calendar) and quick choices."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sic_desktop.core.dates import DateFormatError, parse_date, today
from sic_desktop.core.errors import ValidationError
from sic_desktop.ui.briefing.period import QuickPeriod, matching_quick_period
from sic_desktop.ui.editors.date_field import DateField


class PeriodField(QWidget):
    changed = Signal()  # a quick choice was taken or a date field left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        dates = QHBoxLayout()
        self.date_from = DateField(self)
        self.date_from.setObjectName("periodFrom")
        self.date_from.setAccessibleName(self.tr("Zeitraum von"))
        self.date_to = DateField(self)
        self.date_to.setObjectName("periodTo")
        self.date_to.setAccessibleName(self.tr("Zeitraum bis"))
        for caption, field in ((self.tr("von"), self.date_from), (self.tr("b&is"), self.date_to)):
            label = QLabel(caption, self)
            label.setBuddy(field.edit)
            dates.addWidget(label)
            dates.addWidget(field)
            field.edit.textChanged.connect(self._mark_quick_choice)
            field.edit.editingFinished.connect(self.changed)
        dates.addStretch(1)
        layout.addLayout(dates)
        quick = QHBoxLayout()
        self.quick_buttons: dict[QuickPeriod, QPushButton] = {}
        for choice in QuickPeriod:
            button = QPushButton(choice.label, self)
            button.setObjectName(f"period_{choice.value}")
            button.setAutoDefault(False)
            button.setCheckable(True)  # shows which quick choice the dates are
            button.clicked.connect(lambda _=False, choice=choice: self.choose(choice))
            quick.addWidget(button)
            self.quick_buttons[choice] = button
        quick.addStretch(1)
        layout.addLayout(quick)
        self.setFocusProxy(self.date_from)

    def _mark_quick_choice(self) -> None:
        try:
            chosen = matching_quick_period(*self.period(), today())
        except ValidationError:
            chosen = None
        for choice, button in self.quick_buttons.items():
            button.setChecked(choice is chosen)

    def choose(self, choice: QuickPeriod) -> None:
        self.set_period(*choice.dates(today()))
        self.changed.emit()

    def set_period(self, date_from: date | None, date_to: date | None) -> None:
        self.date_from.set_value(date_from)
        self.date_to.set_value(date_to)
        self._mark_quick_choice()  # also when the texts stay the same (a checked button clicked again)

    def period(self) -> tuple[date | None, date | None]:
        """From and to; a ValidationError naming ``date_from`` or ``date_to`` for a text that is no date."""
        return _checked(self.date_from, "date_from"), _checked(self.date_to, "date_to")

    def field(self, name: str) -> DateField:
        return self.date_to if name == "date_to" else self.date_from

    def is_empty(self) -> bool:
        return not self.date_from.edit.text().strip() and not self.date_to.edit.text().strip()


def _checked(field: DateField, name: str) -> date | None:
    text = field.edit.text().strip()
    try:
        return parse_date(text) if text else None
    except DateFormatError as error:
        raise ValidationError.single(name, field.accessibleName(), str(error)) from error
