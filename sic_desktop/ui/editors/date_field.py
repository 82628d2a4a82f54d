"""A date as office staff type it (25.11.2026), with a calendar one click away.

The text is handed to the core as typed; the core parses it when saving and
explains a wrong date at the field. While typing, leaving the field already
shows the core's message, and a valid date is written back as TT.MM.JJJJ.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from sic_desktop.core.dates import DateFormatError, format_date, parse_date, today
from sic_desktop.ui.icons import icon


class DateField(QWidget):
    problem = Signal(str)  # the core's message for a wrong date; empty when fine
    changed = Signal()  # typed or picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(self.changed)
        layout.addWidget(self.edit)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Kalender öffnen"))
        self.button.setAccessibleName(self.tr("Kalender öffnen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | str | None:
        """A date, None when empty, or the typed text for the core to explain."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DateFormatError:
            return text

    def set_value(self, value: date | str | None) -> None:
        self.edit.setText(format_date(value) if isinstance(value, date) else (value or ""))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _tidy(self) -> None:
        value = self.value()
        if isinstance(value, str):
            try:
                parse_date(value)
            except DateFormatError as error:
                self.problem.emit(str(error))
            return
        self.problem.emit("")
        if isinstance(value, date):
            self.edit.setText(format_date(value))

    def _prepare_calendar(self) -> None:
        value = self.value()
        chosen = value if isinstance(value, date) else today()
        self.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, picked: QDate) -> None:
        self.edit.setText(format_date(date(picked.year(), picked.month(), picked.day())))
        self.problem.emit("")
        self.button.menu().hide()
        self.edit.setFocus()
