"""Applying a ColumnMapping: source rows become cleaned, checked ImportRows.

Every refused value is left out of ``values`` and reported as a RowProblem
with the row's line, in German, so the dry run can list exactly what will
not be taken over and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime

from sic_desktop.core.i18n import translate
from sic_desktop.core.validation import is_valid_email, is_valid_phone, is_valid_website
from sic_desktop.io.column_mapping import ColumnMapping
from sic_desktop.io.import_fields import NAME_PARTS, FieldType, TargetField, target_field, target_fields
from sic_desktop.io.person_names import settle_person_names
from sic_desktop.io.private_values import private_label
from sic_desktop.io.rows import Cell, FieldValue, ImportRow, RowProblem, SourceRow, TargetKind
from sic_desktop.io.values import (
    cell_text,
    clean_email,
    clean_phone,
    is_exchange_address,
    parse_date,
    split_list,
)


def map_rows(rows: Iterable[SourceRow], mapping: ColumnMapping) -> Iterator[ImportRow]:
    """Stream ``rows`` through ``mapping``; one ImportRow per SourceRow."""
    plan = [
        (target, mapping.headers_for(target.name))
        for target in target_fields(mapping.kind)
        if mapping.headers_for(target.name)
    ]
    for row in rows:
        yield _map_row(row, mapping.kind, plan)


def _map_row(
    row: SourceRow, kind: TargetKind, plan: list[tuple[TargetField, list[str]]]
) -> ImportRow:
    result = ImportRow(row.line, kind, {}, list(row.problems))
    for target, headers in plan:
        cells = [_business_cell(result, target, row.cells, header) for header in headers]
        value = _convert(result, target, cells)
        if value:
            result.values[target.name] = value
    if kind is TargetKind.PERSON:
        settle_person_names(result)
    _check_lengths(result)
    _require_name(result)
    return result


def _business_cell(row: ImportRow, target: TargetField, cells: dict[str, Cell], header: str) -> Cell:
    """The cell, or nothing if its neighbouring label column marks it private (Google's „Home“)."""
    cell = cells.get(header, "")
    label = private_label(cells, header) if target.name in _BUSINESS_ONLY else ""
    if label and cell_text(cell).strip():
        _refuse(
            row, target, cell_text(cell),
            translate(
                "Import", "{label}: „{value}“ ist als privat gekennzeichnet („{mark}“) und wird nicht übernommen."
            ),
            mark=label,
        )
        return ""
    return cell


# Fields whose private values are left out: address and website go to the organisation,
# private phone numbers are not kept (data minimisation, see ``fields.py``).
_BUSINESS_ONLY = frozenset({"street", "postal_code", "city", "website", "phones", "phone"})


def _convert(row: ImportRow, target: TargetField, cells: list[Cell]) -> FieldValue | None:
    kind = target.type
    if kind is FieldType.DATE:
        return _date(row, target, cells)
    if kind is FieldType.TEXT:
        joiner = " " if target.name in NAME_PARTS else ", "
        text = joiner.join(line for text in _texts(cells) for line in _lines(text))
        return _website(row, target, text) if target.name == "website" else text
    if kind is FieldType.MULTILINE:
        return "\n".join(_texts(cells))
    if kind in (FieldType.EMAIL, FieldType.EMAILS):
        emails = [item for item in _items(cells, ";,", clean_email) if _email_ok(row, target, item)]
        return emails if kind is FieldType.EMAILS else _only_one(row, target, emails)
    if kind in (FieldType.PHONE, FieldType.PHONES):
        phones = [item for item in _items(cells, ";", clean_phone) if _phone_ok(row, target, item)]
        return phones if kind is FieldType.PHONES else _only_one(row, target, phones)
    return [tag for tag in _items(cells, ";,") if not tag.startswith("* ")]  # TAGS; Google's „* myContacts“


def _texts(cells: list[Cell]) -> list[str]:
    """Each non-empty cell as trimmed text with \\n line breaks."""
    texts = (cell_text(cell).replace("\r\n", "\n").replace("\r", "\n").strip() for cell in cells)
    return [text for text in texts if text]


def _items(
    cells: list[Cell], separators: str, clean: Callable[[str], str] = str.strip
) -> list[str]:
    """List values split on ``separators`` (also inside a vCard's list cell: the
    core allows no comma in a tag); repeats across columns are dropped."""
    items: dict[str, str] = {}
    for cell in cells:
        texts = cell if isinstance(cell, list) else [cell_text(cell).replace(":::", ";")]
        for part in (clean(p) for text in texts for p in split_list(text, separators)):
            if part:
                items.setdefault(part.casefold(), part)
    return list(items.values())


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _date(row: ImportRow, target: TargetField, cells: list[Cell]) -> date | None:
    for cell in cells:
        if isinstance(cell, datetime):
            return cell.date()
        if isinstance(cell, date):
            return cell
        text = cell_text(cell).strip()
        try:
            parsed = parse_date(text)
        except ValueError as reason:
            _refuse(
                row, target, text,
                translate("Import", "{label}: {reason} Der Wert wird nicht übernommen."),
                reason=str(reason),  # the user's text goes in through format(), never into the template
            )
            return None
        if parsed:
            return parsed
    return None


def _email_ok(row: ImportRow, target: TargetField, item: str) -> bool:
    if is_valid_email(item):
        return True
    if is_exchange_address(item):
        message = translate(
            "Import",
            "{label}: „{value}“ ist eine interne Exchange-Adresse aus Outlook, keine "
            "E-Mail-Adresse, und wird nicht übernommen.",
        )
    else:
        message = translate(
            "Import",
            "{label}: „{value}“ ist keine gültige E-Mail-Adresse und wird nicht übernommen.",
        )
    _refuse(row, target, item, message)
    return False


def _website(row: ImportRow, target: TargetField, text: str) -> str:
    if not text or is_valid_website(text):
        return text
    _refuse(
        row, target, text,
        translate("Import", "{label}: „{value}“ ist keine gültige Webadresse und wird nicht übernommen."),
    )
    return ""


def _phone_ok(row: ImportRow, target: TargetField, item: str) -> bool:
    if is_valid_phone(item):
        return True
    _refuse(
        row, target, item,
        translate(
            "Import", "{label}: „{value}“ ist keine Telefonnummer und wird nicht übernommen."
        ),
    )
    return False


def _only_one(row: ImportRow, target: TargetField, items: list[str]) -> str:
    """Single-valued fields keep the first value; the others are reported."""
    for extra in items[1:]:
        _refuse(
            row, target, extra,
            translate(
                "Import", "{label}: Nur ein Wert ist möglich; „{value}“ wird nicht übernommen."
            ),
        )
    return items[0] if items else ""


def _check_lengths(row: ImportRow) -> None:
    for name, value in list(row.values.items()):
        target = target_field(row.kind, name)
        message = translate(
            "Import",
            "{label}: Der Wert ist zu lang ({length} Zeichen, höchstens {limit}) "
            "und wird nicht übernommen.",
        )
        if isinstance(value, list):
            kept = [item for item in value if len(item) <= target.max_length]
            for item in value:
                if len(item) > target.max_length:
                    _refuse(row, target, item, message, length=len(item))
            row.values[name] = kept
            if not kept:
                del row.values[name]
        elif isinstance(value, str) and len(value) > target.max_length:
            _refuse(row, target, value, message, length=len(value))
            del row.values[name]


def _require_name(row: ImportRow) -> None:
    if row.kind is TargetKind.PERSON:
        if row.values.get("first_name") or row.values.get("last_name") or row.company:
            return
        message = translate("Import", "Der Name fehlt: weder Vorname noch Nachname ist angegeben.")
    else:
        if row.values.get("name"):
            return
        message = translate("Import", "Der Name der Organisation fehlt.")
    row.problems.append(RowProblem(row.line, message, fatal=True))


def _refuse(row: ImportRow, target: TargetField, value: str, message: str, **extra: int | str) -> None:
    """Report a refused value; the caller leaves it out of ``values``."""
    text = message.format(
        label=target.label, value=_shorten(value), limit=target.max_length, **extra
    )
    row.problems.append(RowProblem(row.line, text, field=target.name, value=value))


def _shorten(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
