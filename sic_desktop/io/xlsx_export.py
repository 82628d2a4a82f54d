"""A table as an Excel workbook (.xlsx), written whole or not at all.

Cells are guarded like the CSV export's (``formula_guard``): a text starting with
„=“ stays text. Written with openpyxl's write-only mode, so a long list needs
little memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from sic_desktop.io.atomic_file import atomic_path
from sic_desktop.io.formula_guard import guard


def write_table_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]], *, sheet: str) -> int:
    """Write a header row and text rows to one sheet; return the number of rows."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    worksheet.append([_bold(worksheet, header) for header in headers])
    count = 0
    for row in rows:
        worksheet.append([guard(value) if isinstance(value, str) else value for value in row])
        count += 1
    with atomic_path(path) as temporary:
        workbook.save(temporary)
    return count


def _bold(worksheet: object, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(worksheet, value=guard(text))
    cell.font = Font(bold=True)
    return cell
