"""What CSV and Excel sheets share: a header row, then one record per row."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.core.validation import is_valid_email
from sic_desktop.io.formula_guard import unguard
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.rows import Cell, RowProblem, SourceRow
from sic_desktop.io.values import cell_text

# Outlook's own export has 92 columns; a header far wider is a mistake (or an attack) and costs time per row.
MAX_COLUMNS = 1_000


HEADER_SEARCH = 30  # records looked at for a header row below report titles


def find_header(records: list[tuple[int, list[str]]]) -> tuple[int, list[str]]:
    """The header row: the first record as wide as the table, without data in it.

    Report exports put a title, a date or a filter above the table („Kontaktliste,
    Stand 01.12.2026“); such lines have fewer filled cells than the table has
    columns, or hold dates and numbers. Without a better candidate, the first record.
    """
    widest = max(sum(1 for value in values if value.strip()) for _, values in records)
    for line, values in records:
        filled = [value for value in values if value.strip()]
        if len(filled) >= max(2, widest * 0.6) and not any(is_data_like(value) for value in filled):
            return line, values
    return records[0]


def record_at(path: Path, records: list[tuple[int, list[str]]], line: int) -> tuple[int, list[str]]:
    """The record at file line ``line`` (or the first below it); ImportFileError if there is none."""
    for record in records:
        if record[0] >= line:
            return record
    raise ImportFileError(
        path,
        translate("Import", "In Zeile {line} oder darunter stehen keine Spaltenüberschriften.").format(line=line),
    )


def unique_headers(raw: Sequence[str]) -> tuple[str, ...]:
    """Column names a mapping can refer to: trimmed, never empty, never twice.

    Trailing empty header cells are dropped (Excel leaves them behind); an empty
    name in between becomes „Spalte 4“, a repeated one „Name (2)“.
    """
    names = [" ".join(str(name).split()) for name in raw]
    while names and not names[-1]:
        names.pop()
    result: list[str] = []
    taken: set[str] = set()
    last_copy: dict[str, int] = {}  # per name the copy number given last: linear time for 4,000 „Name“ columns
    for position, name in enumerate(names, start=1):
        name = unguard(name) or translate("Import", "Spalte {number}").format(number=position)
        candidate, copy = name, last_copy.get(name, 1)
        while candidate in taken:
            copy += 1
            candidate = f"{name} ({copy})"
        last_copy[name] = copy
        taken.add(candidate)
        result.append(candidate)
    return tuple(result)


def check_header(path: Path, headers: tuple[str, ...], line: int) -> None:
    """Refuse a first row that holds data instead of column names, and more columns than any list has."""
    if len(headers) > MAX_COLUMNS:
        raise ImportFileError(
            path,
            translate(
                "Import",
                "Zeile {line} hat {count} Spalten, höchstens {limit} sind möglich. Ist es wirklich eine "
                "Kontaktliste? Bitte die überflüssigen Spalten löschen.",
            ).format(line=line, count=f"{len(headers):,}".replace(",", "."), limit=f"{MAX_COLUMNS:,}".replace(",", ".")),
        )
    data_like = [name for name in headers if is_valid_email(name)]
    if not data_like and all(_is_number(name) for name in headers):
        data_like = list(headers)
    if data_like:
        raise ImportFileError(
            path,
            translate(
                "Import",
                "Zeile {line} enthält Daten („{value}“) statt Spaltenüberschriften. "
                "Bitte fügen Sie oben eine Zeile mit den Spaltennamen ein, "
                "z. B. „Vorname“, „Nachname“, „E-Mail“.",
            ).format(line=line, value=data_like[0]),
        )


def is_data_like(text: str) -> bool:
    """An e-mail address, a number or a date: a value, never a column name."""
    return is_valid_email(text.strip()) or _is_number(text.strip())


def _is_number(text: str) -> bool:
    """Digits, also written as a phone number ("+49 231 50-0") or decimal."""
    return any(c.isdigit() for c in text) and all(c.isdigit() or c in " +-/().," for c in text)


def source_row(line: int, headers: tuple[str, ...], values: Sequence[Cell]) -> SourceRow | None:
    """One record as a SourceRow, or None for an empty row (skipped)."""
    if not any(value.strip() if isinstance(value, str) else value for value in values):
        return None
    cells: dict[str, Cell] = dict(zip(headers, values, strict=False))
    for header, value in cells.items():
        if isinstance(value, str) and value.startswith("'"):
            cells[header] = unguard(value)
    row = SourceRow(line, cells)
    surplus = [cell_text(v) for v in values[len(headers) :] if cell_text(v).strip()]
    if surplus:
        row.problems.append(
            RowProblem(
                line,
                translate(
                    "Import",
                    "Die Zeile hat mehr Werte als die Kopfzeile Spalten; "
                    "nicht übernommen: {values}",
                ).format(values="; ".join(f"„{value}“" for value in surplus)),
                value="; ".join(surplus),
            )
        )
    return row
