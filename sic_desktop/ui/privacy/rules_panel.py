"""The „Löschregeln“ tab of the Datenschutz page: one deletion rule per kind of data (DIN 66398),
edited by the office, and the Löschkonzept as CSV for the data protection officer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.i18n import counted
from sic_desktop.core.privacy_terms import DATA_KINDS, DELETION_STARTS
from sic_desktop.core.services.deletion_rules import MAX_PERIOD_MONTHS, DeletionRule
from sic_desktop.privacy.deletion_concept import write_concept_csv
from sic_desktop.ui.checked import as_type
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.count_suffix import count_suffix
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs


class RulesPanel(QWidget):
    saved = Signal()  # the rules changed: the review list must be judged again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rulesPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Je Art der Daten eine Löschklasse: eine Frist und das Ereignis, ab dem sie läuft. Welche Art ein "
            "Kontakt ist, folgt aus seiner Rechtsgrundlage. Die Prüfliste schlägt Kontakte vor, deren Frist "
            "abgelaufen ist. Wird eine Einwilligung widerrufen, wird der Kontakt sofort gelöscht."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rulesTable")
        self.table.setAccessibleName(self.tr("Löschregeln"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Art der Daten"), self.tr("Frist"), self.tr("Beginn der Frist"), self.tr("Begründung")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((300, 120, 220)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.save_button = QPushButton(icon("save"), self.tr("Löschregeln &speichern"), self)
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        self.csv_button = QPushButton(icon("export"), self.tr("Lösch&konzept als CSV …"), self)
        self.csv_button.setObjectName("exportConcept")
        self.csv_button.clicked.connect(self.export_concept)
        bar.addWidget(self.csv_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._rules: list[DeletionRule] = []
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(self, lambda ws: ws.deletion_rules.list()).success(self._show).run()

    def _show(self, rules: list[DeletionRule]) -> None:
        self._rules = rules
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            kind = QTableWidgetItem(DATA_KINDS.label(rule.kind))
            kind.setToolTip(self.tr("Zuletzt geändert von {by}").format(by=rule.updated_by))
            self.table.setItem(row, 0, kind)
            months = QSpinBox(self.table)
            months.setRange(0, MAX_PERIOD_MONTHS)
            months.setValue(rule.period_months)
            count_suffix(months, self.tr(" Monat"), self.tr(" Monate"))
            months.setAccessibleName(self.tr("Frist in Monaten"))
            self.table.setCellWidget(row, 1, months)
            start = QComboBox(self.table)
            for key, label in DELETION_STARTS.labels():
                start.addItem(label, key)
            start.setCurrentIndex(max(0, start.findData(rule.start_event)))
            start.setAccessibleName(self.tr("Beginn der Frist"))
            self.table.setCellWidget(row, 2, start)
            reason = QLineEdit(rule.reason, self.table)
            reason.setCursorPosition(0)  # the start of a long reason, not its end
            reason.setAccessibleName(self.tr("Begründung"))
            self.table.setCellWidget(row, 3, reason)

    def edited_rules(self) -> list[DeletionRule]:
        """The rules as the table shows them now."""
        return [
            DeletionRule(
                rule.kind,
                as_type(self.table.cellWidget(row, 1), QSpinBox).value(),
                as_type(self.table.cellWidget(row, 2), QComboBox).currentData(),
                as_type(self.table.cellWidget(row, 3), QLineEdit).text(),
            )
            for row, rule in enumerate(self._rules)
        ]

    def save(self) -> None:
        changed = [
            new for new, old in zip(self.edited_rules(), self._rules, strict=False)
            if (new.period_months, new.start_event, new.reason.strip()) != (old.period_months, old.start_event, old.reason)
        ]
        if not changed:
            self.ctx.status_message.emit(self.tr("Die Löschregeln sind unverändert."))
            return

        def done(_: object) -> None:
            self.ctx.status_message.emit(counted(
                len(changed), self.tr("1 Löschregel gespeichert."), self.tr("{count} Löschregeln gespeichert.")))
            self.reload()
            self.saved.emit()

        self.ctx.ops.write(self, lambda ws: [ws.deletion_rules.update(rule) for rule in changed]).success(done).run()

    def export_concept(self) -> None:
        path = file_dialogs.choose_save_file(
            self, self.tr("Löschkonzept speichern"), file_dialogs.dated_name(self.tr("Loeschkonzept"), ".csv"),
            self.tr("CSV-Dateien (*.csv)"),
        )
        if path is None:
            return
        self.ctx.ops.long_read(self, lambda ws: write_concept_csv(ws, path)).success(
            lambda count: self.ctx.status_message.emit(
                self.tr("Löschkonzept gespeichert: {path} ({rows}).").format(
                    path=path, rows=counted(count, self.tr("1 Zeile"), self.tr("{count} Zeilen")))
            )
        ).run()
