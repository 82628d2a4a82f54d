"""What an import did, or would do, line by line: shown after the dry run, saved as text or CSV.

Each line of the file gets one result: angelegt, ergänzt (an existing record got
what it lacked), unverändert (already there with nothing new) or nicht übernommen
(refused, with the reasons). Hints on imported lines (a value left out, a field
that already had another value) travel with the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.io.atomic_file import atomic_text_file
from sic_desktop.io.csv_export import write_table_csv
from sic_desktop.io.rows import TargetKind


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        return translate("Import", _OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("Import", "angelegt"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("Import", "ergänzt"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("Import", "unverändert"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Import", "nicht übernommen"),
}


@dataclass
class LineResult:
    line: int  # the file's line number (CSV line, sheet row, BEGIN:VCARD line)
    outcome: Outcome
    title: str  # the record as a person reads it, „Anna Schäfer (Stiftung Soziale Innovation)“
    ref: RecordRef | None = None  # the stored record; None for refused lines and in a dry run
    messages: list[str] = field(default_factory=list)  # German reasons and hints


@dataclass
class ImportReport:
    source: str  # the file's name
    kind: TargetKind
    dry_run: bool
    strict: bool
    lines: list[LineResult] = field(default_factory=list)
    organisations_created: list[str] = field(default_factory=list)
    # Columns holding values that no field took: unknown ones, and ones left out on purpose.
    columns_not_taken: list[str] = field(default_factory=list)
    columns_left_out: list[str] = field(default_factory=list)
    stored: bool = False  # True once the changes are committed
    backup: Path | None = None  # the copy made before storing

    def count(self, outcome: Outcome) -> int:
        return sum(1 for line in self.lines if line.outcome is outcome)

    @property
    def refused(self) -> list[LineResult]:
        return [line for line in self.lines if line.outcome is Outcome.SKIPPED]

    def summary(self) -> str:
        """„12 angelegt, 3 ergänzt, 0 unverändert, 2 nicht übernommen.“ plus what happened to the data."""
        counts = ", ".join(f"{self.count(outcome)} {outcome.label}" for outcome in Outcome)
        if self.dry_run:
            state = translate("Import", "Probelauf: Es wurde nichts gespeichert.")
        elif self.stored:
            state = translate("Import", "Gespeichert.")
        elif self.strict and self.refused:
            state = translate(
                "Import",
                "Es wurde nichts gespeichert, weil Zeilen abgelehnt wurden und „alles oder nichts“ gewählt ist.",
            )
        else:
            state = translate("Import", "Es wurde nichts gespeichert.")
        return f"{counts}. {state}"

    def to_text(self) -> str:
        heading = translate("Import", "Import aus „{source}“").format(source=self.source)
        lines = [heading, self.summary()]
        if self.organisations_created:
            lines.append(
                translate("Import", "Neue Organisationen: {names}").format(names=", ".join(self.organisations_created))
            )
        lines += self.column_notes()
        lines.append("")
        for result in self.lines:
            lines.append(
                translate("Import", "Zeile {line}: {outcome} – {title}").format(
                    line=result.line, outcome=result.outcome.label, title=result.title or "–"
                )
            )
            lines += [f"  - {message}" for message in result.messages]
        return "\n".join(lines) + "\n"

    def column_notes(self) -> list[str]:
        """„Spalte „Primary Email“ wurde nicht übernommen.“ for every column whose values were left behind."""
        notes = [
            translate("Import", "Spalte „{column}“ wurde nicht übernommen.").format(column=column)
            for column in self.columns_not_taken
        ]
        if self.columns_left_out:
            notes.append(
                translate(
                    "Import",
                    "Bewusst nicht übernommen (private Angaben, Geburtstage, Fax, Länder und Angaben für "
                    "andere Programme): {columns}.",
                ).format(columns=", ".join(f"„{column}“" for column in self.columns_left_out))
            )
        return notes

    def write_text(self, path: Path) -> None:
        with atomic_text_file(path, encoding="utf-8-sig") as stream:
            stream.write(self.to_text().replace("\n", "\r\n"))

    def write_csv(self, path: Path) -> None:
        """One row per line and hint, for filtering in Excel."""
        headers = [translate("Import", "Zeile"), translate("Import", "Ergebnis"),
                   translate("Import", "Datensatz"), translate("Import", "Hinweis")]
        rows = [
            [result.line, result.outcome.label, result.title, message]
            for result in self.lines
            for message in (result.messages or [""])
        ]
        write_table_csv(path, headers, rows)
