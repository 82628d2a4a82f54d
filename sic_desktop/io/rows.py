"""The neutral row model shared by every reader and by the import glue.

Two stages, so that the preview can show the file as it is before anything is
interpreted:

* ``SourceRow``: one record of the file, cells keyed by the file's own column
  headers, exactly as read (only an export's formula guard is removed).
* ``ImportRow``: the same record after a ``ColumnMapping``: canonical field
  names (see ``fields.py``), cleaned values and the problems found.

Both carry ``line``: the physical line of the file where the record starts,
counting the header line (CSV), the sheet row (xlsx) or the line of
``BEGIN:VCARD`` (vCard), so that a clerk can find the record in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sic_desktop.core.i18n import translate

Cell = str | list[str] | date
"""A source cell: text, several values (vCard EMAIL/TEL), or an Excel date."""

FieldValue = str | list[str] | date
"""A mapped value: text, a list (emails, phones, tags) or a date (consent_date)."""


class TargetKind(StrEnum):
    """What a file's rows become."""

    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row, in German.

    ``fatal`` problems (no name, a damaged vCard) mean the row cannot be
    imported. Non-fatal ones say that a single value was refused and left out
    of ``ImportRow.values``; the rest of the row can still be imported.
    ``field`` is the canonical field name, or None for the row as a whole;
    ``value`` is the refused text, for showing it in the dry run.
    """

    line: int
    message: str
    field: str | None = None
    value: str = ""
    fatal: bool = False

    def __str__(self) -> str:
        return translate("Import", "Zeile {line}: {message}").format(
            line=self.line, message=self.message
        )


@dataclass
class SourceRow:
    """One record of the file before mapping."""

    line: int
    cells: dict[str, Cell]
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class ImportRow:
    """One record after mapping: what would be stored, and what was refused."""

    line: int
    kind: TargetKind
    values: dict[str, FieldValue]
    problems: list[RowProblem] = field(default_factory=list)
    # A line of a person file that names only a company (no person): it becomes an organisation.
    company: bool = False

    @property
    def importable(self) -> bool:
        """False if a fatal problem (no name, damaged record) forbids storing it."""
        return not any(p.fatal for p in self.problems)
