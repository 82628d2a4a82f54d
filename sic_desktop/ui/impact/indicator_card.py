"""One indicator in the „Wirkung“ tab: step, progress bar, traffic light, small chart and its actions.

The traffic light is a coloured dot with its word beside it („im Plan“), so it
reads without colour too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QVBoxLayout, QWidget

from sic_desktop.core.impact_summary import state_texts
from sic_desktop.core.impact_vocab import IOOI_LEVELS
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.ui.icons import icon
from sic_desktop.ui.impact.sparkline import Sparkline

LIGHT_COLOURS = {"on_track": "#2E7D32", "at_risk": "#C77700", "off_track": "#C62828", "no_data": "#8A8F96"}


class LightDot(QWidget):
    def __init__(self, light: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor(LIGHT_COLOURS.get(light, "#8A8F96"))
        size = self.fontMetrics().height() - 2
        self.setFixedSize(size, size)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._colour)
        painter.setPen(self._colour.darker(130))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class IndicatorCard(QFrame):
    measure_requested = Signal(object)  # IndicatorState
    edit_requested = Signal(object)
    trash_requested = Signal(object)

    def __init__(self, state: IndicatorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"indicator_{state.indicator.id}")
        t = state_texts(state)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(f"<b>{_escape(t['name'])}</b>", self)
        title.setWordWrap(True)
        head.addWidget(title, 1)
        head.addWidget(LightDot(state.assessment.light, self), 0, Qt.AlignmentFlag.AlignTop)
        self.light_label = QLabel(t["light"], self)
        self.light_label.setObjectName("trafficLight")
        head.addWidget(self.light_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        level = IOOI_LEVELS.label(state.indicator.level)
        step = QLabel(f"{level} · {t['step']}" if t["step"] else level, self)
        step.setWordWrap(True)
        layout.addWidget(step)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        share = state.assessment.progress
        self.progress.setValue(0 if share is None else max(0, min(100, round(share * 100))))
        self.progress.setFormat(self.tr("%p % des Wegs zum Ziel") if share is not None else self.tr("noch keine Messung"))
        layout.addWidget(self.progress)
        chart = Sparkline(self)
        chart.set_state(state)
        layout.addWidget(chart)
        values = self.tr("{baseline} ({baseline_date}) → Ziel {target} bis {target_date}").format(**t)
        if t["latest"]:
            values += "\n" + self.tr("zuletzt {latest} am {latest_date}").format(**t)
        if t["next_due"]:
            due = self.tr("nächste Messung: {date}").format(date=t["next_due"])
            values += "\n" + (self.tr("{due} (überfällig)").format(due=due) if state.assessment.overdue else due)
        self.values = QLabel(values, self)
        self.values.setWordWrap(True)
        layout.addWidget(self.values)
        buttons = QHBoxLayout()
        self.measure_button = QPushButton(icon("add"), self.tr("&Messung eintragen …"), self)
        self.measure_button.clicked.connect(lambda: self.measure_requested.emit(self.state))
        buttons.addWidget(self.measure_button)
        edit = QPushButton(icon("edit"), self.tr("Bearbeiten …"), self)
        edit.clicked.connect(lambda: self.edit_requested.emit(self.state))
        buttons.addWidget(edit)
        trash = QToolButton(self)
        trash.setIcon(icon("trash"))
        trash.setToolTip(self.tr("Indikator in den Papierkorb legen"))
        trash.setAccessibleName(self.tr("Indikator in den Papierkorb legen"))
        trash.clicked.connect(lambda: self.trash_requested.emit(self.state))
        buttons.addWidget(trash)
        buttons.addStretch(1)
        layout.addLayout(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
