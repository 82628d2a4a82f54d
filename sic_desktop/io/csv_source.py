"""Reading CSV files as Outlook and Excel write them.

Encoding and delimiter are detected (see ``text_file`` and
``detect_delimiter``); quoted cells may hold line breaks and delimiters;
empty rows are skipped. Rows are streamed: ``rows()`` reads the file anew on
each call, so the preview and the import never hold the whole file.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TextIO

from sic_desktop.core.i18n import translate
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.rows import SourceRow
from sic_desktop.io.table import HEADER_SEARCH, check_header, find_header, record_at, source_row, unique_headers
from sic_desktop.io.text_file import check_file, detect_encoding, open_text

DELIMITERS = ";,\t"
_SAMPLE_CHARS = 64 * 1024
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}


@dataclass(frozen=True)
class CsvSource:
    """An opened CSV file: its layout is known, its rows are read on demand."""

    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    header_line: int = 1  # the physical line of the header row; lines above it are skipped

    def rows(self) -> Generator[SourceRow, None, None]:
        """The data rows after the header, with the line each one starts on."""
        with open_text(self.path, self.encoding) as stream:
            for line, values in _records(self.path, stream, self.delimiter):
                if line <= self.header_line:
                    continue  # the header (checked when the file was opened) and what stands above it
                row = source_row(line, self.headers, values)
                if row is not None:
                    yield row

    def describe(self) -> str:
        """What was detected, for the preview: „CSV, Trennzeichen Semikolon, UTF-8“."""
        names = {
            ";": translate("Import", "Semikolon"),
            ",": translate("Import", "Komma"),
            "\t": translate("Import", "Tabulator"),
        }
        text = translate("Import", "CSV, Trennzeichen {delimiter}, Zeichensatz {encoding}").format(
            delimiter=names[self.delimiter], encoding=_ENCODING_NAMES[self.encoding]
        )
        if self.header_line > 1:
            text += translate("Import", ", Spaltenüberschriften in Zeile {line}").format(line=self.header_line)
        return text


def open_csv(
    path: Path, *, encoding: str | None = None, delimiter: str | None = None, header_row: int | None = None
) -> CsvSource:
    """Check the file, detect what is not given, and read the header row.

    ``header_row`` is the file line holding the column names; by default it is
    found (see ``find_header``). Raises ImportFileError for files that are empty,
    binary, too large, or have no header row.
    """
    check_file(path)
    encoding = encoding or detect_encoding(path)
    with open_text(path, encoding) as stream:
        sample = stream.read(_SAMPLE_CHARS)
        delimiter = delimiter or detect_delimiter(sample)
        stream.seek(0)
        records = list(islice(_records(path, stream, delimiter), header_row or HEADER_SEARCH))
    if not records:
        raise ImportFileError(path, translate("Import", "Sie enthält nur leere Zeilen."))
    if header_row is None:
        line, values = find_header(records)
    else:
        line, values = record_at(path, records, header_row)
    headers = unique_headers(values)
    check_header(path, headers, line)
    return CsvSource(path, encoding, delimiter, headers, line)


def _records(path: Path, stream: TextIO, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Non-empty records with the physical line each starts on (1-based)."""
    reader = csv.reader(stream, delimiter=delimiter, quotechar='"', doublequote=True)
    start = 1
    try:
        for values in reader:
            if any(value.strip() for value in values):
                yield start, values
            start = reader.line_num + 1
    except csv.Error:
        raise ImportFileError(
            path,
            translate(
                "Import",
                "Ab Zeile {line} ist der Aufbau beschädigt, meist durch ein Anführungszeichen, "
                "das nicht geschlossen wird.",
            ).format(line=start),
        ) from None


def detect_delimiter(sample: str) -> str:
    """Semicolon, comma or tab, judged first by the header line.

    Column names rarely contain delimiters, so if only one candidate occurs in
    the header line it wins. Otherwise csv.Sniffer (restricted to the three)
    looks at the rows, and if it fails the most frequent one in the header is
    taken; a file with a single column gets the semicolon Excel uses in Germany.
    """
    header = _first_line(sample)
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    present = [d for d in DELIMITERS if counts[d]]
    if len(present) == 1:
        return present[0]
    complete = sample[: max(sample.rfind("\n"), sample.rfind("\r")) + 1] or sample
    try:
        sniffed = csv.Sniffer().sniff(complete, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and (not present or sniffed in present):
        return sniffed
    return max(present, key=lambda d: counts[d]) if present else ";"


def _first_line(sample: str) -> str:
    """The first non-blank logical line (a quoted cell may span lines)."""
    in_quotes = False
    start = 0
    for index, char in enumerate(sample):
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            if sample[start:index].strip():
                return sample[start:index]
            start = index + 1
    return sample[start:]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return sum(1 for part in line.split('"')[::2] for char in part if char == delimiter)
