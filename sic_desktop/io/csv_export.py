"""CSV files that Excel on a German Windows PC opens correctly by double-click.

UTF-8 with BOM (without it Excel reads Windows-1252 and garbles Umlaute),
semicolons (the German list separator), CRLF line ends, quotes only where
needed, and every cell guarded against formula injection (``formula_guard``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.io.atomic_file import atomic_text_file
from sic_desktop.io.formula_guard import guard
from sic_desktop.io.rows import FieldValue
from sic_desktop.io.values import cell_text

# Person columns carry the German Outlook export's names, so Outlook's CSV
# import and our own importer recognise them. A list field spreads over the
# given columns; what does not fit goes into the last one, separated by "; ".
PERSON_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("salutation", ("Anrede",)),
    ("title", ("Titel",)),
    ("first_name", ("Vorname",)),
    ("last_name", ("Nachname",)),
    ("name_suffix", ("Suffix",)),
    ("organisation", ("Firma",)),
    ("department", ("Abteilung",)),
    ("function", ("Position",)),
    ("emails", ("E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse")),
    ("phones", ("Telefon geschäftlich", "Telefon geschäftlich 2", "Weiteres Telefon")),
    ("street", ("Straße geschäftlich",)),
    ("postal_code", ("Postleitzahl geschäftlich",)),
    ("city", ("Ort geschäftlich",)),
    ("website", ("Webseite",)),
    ("notes", ("Notizen",)),
    ("tags", ("Kategorien",)),
    ("legal_basis", ("Rechtsgrundlage",)),
    ("consent_date", ("Einwilligung vom",)),
    ("last_contact", ("Letzter Kontakt",)),
)


# Organisation columns carry the names our importer recognises for organisations, so that
# an export read back as „Organisationen“ restores address, website, e-mail and phone.
ORGANISATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"), ("short_name", "Kurzname"), ("sector", "Sektor"), ("street", "Straße"),
    ("postal_code", "PLZ"), ("city", "Ort"), ("district", "Stadtteil"), ("website", "Webseite"),
    ("email", "E-Mail"), ("phone", "Telefon"), ("description", "Beschreibung"), ("tags", "Schlagwörter"),
)


class _ExcelDialect(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False


def write_table_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a filtered list (header row + rows) for Excel; return the number of rows.

    Cells may be text, numbers, dates, lists (joined with "; "), booleans
    ("ja"/"nein") or None (empty).
    """
    count = 0
    with atomic_text_file(path, encoding="utf-8-sig") as stream:
        writer = csv.writer(stream, dialect=_ExcelDialect)
        writer.writerow([guard(str(header)) for header in headers])
        for row in rows:
            writer.writerow([guard(_text(value)) for value in row])
            count += 1
    return count


def write_persons_csv(path: Path, persons: Iterable[Mapping[str, FieldValue]]) -> int:
    """Write persons given as dicts of canonical fields (as in ImportRow.values)."""
    headers = [column for _, columns in PERSON_COLUMNS for column in columns]
    return write_table_csv(path, headers, (_person_cells(person) for person in persons))


def write_organisations_csv(path: Path, organisations: Iterable[Mapping[str, FieldValue]]) -> int:
    """Write organisations given as dicts of the fields in ORGANISATION_COLUMNS."""
    headers = [header for _, header in ORGANISATION_COLUMNS]
    rows = ([_text(organisation.get(name)) for name, _ in ORGANISATION_COLUMNS] for organisation in organisations)
    return write_table_csv(path, headers, rows)


def _person_cells(person: Mapping[str, FieldValue]) -> list[str]:
    cells: list[str] = []
    for name, columns in PERSON_COLUMNS:
        value = person.get(name)
        items = value if isinstance(value, list) else [_text(value)]
        slots = [*items[:len(columns) - 1], "; ".join(items[len(columns) - 1:])]
        cells.extend(slots + [""] * (len(columns) - len(slots)))
    return cells


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Export", "ja") if value else translate("Export", "nein")
    if isinstance(value, float):
        return str(value).replace(".", ",")
    if isinstance(value, (str, list, date, datetime)):
        return cell_text(value)
    return str(value)
