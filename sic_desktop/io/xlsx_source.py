"""Reading Excel workbooks (.xlsx) sheet by sheet, row by row.

openpyxl runs in read-only mode (rows are streamed from the zip, not built as
a whole workbook) with ``data_only=True``, so a formula cell gives the value
Excel last calculated, never the formula text. Date cells become dates.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from sic_desktop.core.i18n import translate
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.rows import Cell, SourceRow
from sic_desktop.io.table import HEADER_SEARCH, check_header, find_header, record_at, source_row, unique_headers
from sic_desktop.io.text_file import check_file, unreadable
from sic_desktop.io.values import cell_text


@dataclass(frozen=True)
class XlsxSource:
    """One sheet of an opened workbook; ``sheets`` lists all for the chooser."""

    path: Path
    sheet: str
    sheets: tuple[str, ...]
    headers: tuple[str, ...]
    header_line: int

    def rows(self) -> Generator[SourceRow, None, None]:
        """The rows below the header, each with its sheet row number."""
        with _workbook(self.path) as workbook:
            for line, values in _sheet_rows(self.path, workbook, self.sheet):
                if line > self.header_line:
                    row = source_row(line, self.headers, values)
                    if row is not None:
                        yield row

    def describe(self) -> str:
        text = translate("Import", "Excel-Arbeitsmappe, Blatt „{sheet}“").format(sheet=self.sheet)
        if self.header_line > 1:
            text += translate("Import", ", Spaltenüberschriften in Zeile {line}").format(line=self.header_line)
        return text


def list_sheets(path: Path) -> tuple[str, ...]:
    """The names of the workbook's sheets, for the sheet chooser."""
    check_file(path)
    with _workbook(path) as workbook:
        return _sheet_names(workbook)


def _sheet_names(workbook: Workbook) -> tuple[str, ...]:
    return tuple(sheet.title for sheet in workbook.worksheets)


def open_xlsx(path: Path, *, sheet: str | None = None, header_row: int | None = None) -> XlsxSource:
    """Open ``sheet`` (default: the first) and read its header row (``header_row``, else found
    below titles as in CSV files, see ``table.find_header``).

    Raises ImportFileError if the file is no workbook, the sheet does not exist,
    or the sheet is empty.
    """
    check_file(path)
    with _workbook(path) as workbook:
        sheets = _sheet_names(workbook)
        if not sheets:
            raise ImportFileError(
                path, translate("Import", "Die Arbeitsmappe hat kein Tabellenblatt.")
            )
        chosen = sheets[0] if sheet is None else sheet
        if chosen not in sheets:
            raise ImportFileError(
                path,
                translate("Import", "Es gibt kein Blatt „{sheet}“. Vorhanden: {sheets}.").format(
                    sheet=chosen, sheets=", ".join(f"„{name}“" for name in sheets)
                ),
            )
        records: list[tuple[int, list[str]]] = []
        for line, values in _sheet_rows(path, workbook, chosen):
            texts = [cell_text(value) for value in values]
            if any(text.strip() for text in texts):
                records.append((line, texts))
            if len(records) >= (header_row or HEADER_SEARCH):
                break
    if records:
        line, texts = find_header(records) if header_row is None else record_at(path, records, header_row)
        headers = unique_headers(texts)
        check_header(path, headers, line)
        return XlsxSource(path, chosen, sheets, headers, line)
    raise ImportFileError(
        path, translate("Import", "Das Blatt „{sheet}“ ist leer.").format(sheet=chosen)
    )


@contextmanager
def _workbook(path: Path) -> Iterator[Workbook]:
    """Open read-only; any failure of the parser means a damaged or foreign file.

    Catching Exception is deliberate: openpyxl meets untrusted bytes here and
    raises zip, XML, key and value errors alike; each means "not a workbook".
    """
    try:
        stream = path.open("rb")
    except OSError as error:
        raise unreadable(path, error) from None
    with stream:
        try:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except Exception:  # noqa: BLE001 (see docstring)
            raise _damaged(path) from None
        try:
            yield workbook
        finally:
            workbook.close()


def _sheet_rows(path: Path, workbook: Workbook, sheet: str) -> Iterator[tuple[int, list[Cell]]]:
    worksheet = workbook[sheet]
    worksheet.reset_dimensions()  # some writers store wrong dimensions; read all
    try:
        for line, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield line, [_cell(value) for value in values]
    except Exception:  # noqa: BLE001 (damaged sheet XML, as in _workbook)
        raise _damaged(path) from None


def _cell(value: object) -> Cell:
    """Excel's typed values as Cells: dates stay dates, numbers become text."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return translate("Import", "WAHR") if value else translate("Import", "FALSCH")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        path,
        translate(
            "Import",
            "Sie ist keine gültige Excel-Arbeitsmappe (.xlsx) oder ist beschädigt. "
            "Bitte in Excel öffnen und erneut als „Excel-Arbeitsmappe“ speichern.",
        ),
    )
