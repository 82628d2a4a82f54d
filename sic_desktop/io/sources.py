"""Opening any import file: the format is recognised by content, not name.

Office staff rename files and Windows hides extensions, so an Excel workbook
called "kontakte.csv" is still read as a workbook; a file named .xlsx must be
one. Only the old binary .xls format is refused, with advice what to do.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Protocol

from sic_desktop.core.i18n import translate
from sic_desktop.io.csv_source import open_csv
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.rows import SourceRow
from sic_desktop.io.text_file import check_file, read_head
from sic_desktop.io.vcard_source import open_vcard
from sic_desktop.io.xlsx_source import open_xlsx

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_VCARD_EXTENSIONS = (".vcf", ".vcard")
_EXCEL_EXTENSIONS = (".xlsx", ".xlsm")


class Source(Protocol):
    """What every reader returns: a layout and a way to stream its rows."""

    @property
    def path(self) -> Path: ...

    @property
    def headers(self) -> tuple[str, ...]: ...

    def rows(self) -> Generator[SourceRow, None, None]:
        """Read the file again from the start; each call is independent."""
        ...

    def describe(self) -> str:
        """German description of what was recognised, for the preview."""
        ...


def open_source(path: Path, *, sheet: str | None = None, header_row: int | None = None) -> Source:
    """Open a CSV, Excel (.xlsx) or vCard file for import.

    ``sheet`` chooses an Excel sheet by name (default: the first), ``header_row``
    the line (sheet row) of the column names (default: found). Raises an
    ImportFileError (a SicError) with a German message naming the file for
    anything that cannot be read.
    """
    check_file(path)
    head = read_head(path)
    if head.startswith(_OLE2):
        raise ImportFileError(
            path,
            translate(
                "Import",
                "Sie ist im alten Excel-Format (.xls) gespeichert oder mit einem Kennwort "
                "geschützt. Bitte in Excel öffnen und als „Excel-Arbeitsmappe (.xlsx)“ "
                "oder „CSV UTF-8“ speichern.",
            ),
        )
    if head.startswith(_ZIP) or path.suffix.lower() in _EXCEL_EXTENSIONS:
        return open_xlsx(path, sheet=sheet, header_row=header_row)
    if path.suffix.lower() in _VCARD_EXTENSIONS or _looks_like_vcard(head):
        return open_vcard(path)
    return open_csv(path, header_row=header_row)


def _looks_like_vcard(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return text.startswith(b"BEGIN:VCARD")


def preview(source: Source, limit: int = 20) -> list[SourceRow]:
    """The first ``limit`` rows, for the mapping dialog; closes the file again."""
    with closing(source.rows()) as rows:
        return list(islice(rows, limit))
