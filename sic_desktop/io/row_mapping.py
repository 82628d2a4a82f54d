"""Applying a ColumnMapping: source rows become cleaned, checked ImportRows.

Every refused value is left out of ``values`` and reported as a RowProblem
with the row's line, in German, so the dry run can list exactly what will
not be taken over and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime

from sic_desktop.core.i18n import translate
from sic_desktop.io.fields import FieldType, TargetField, target_field, target_fields
from sic_desktop.io.mapping import ColumnMapping
from sic_desktop.io.names import split_full_name, split_salutation
from sic_desktop.io.rows import Cell, FieldValue, ImportRow, RowProblem, SourceRow, TargetKind
from sic_desktop.core.validation import is_valid_email
from sic_desktop.io.values import (
    cell_text,
    clean_email,
    is_exchange_address,
    parse_date,
    split_list,
)

_MIN_PHONE_DIGITS = 3


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
        cells = [row.cells.get(header, "") for header in headers]
        value = _convert(result, target, cells)
        if value:
            result.values[target.name] = value
    if kind is TargetKind.PERSON:
        _settle_person_names(result)
    _check_lengths(result)
    _require_name(result)
    return result


def _convert(row: ImportRow, target: TargetField, cells: list[Cell]) -> FieldValue | None:
    kind = target.type
    if kind is FieldType.DATE:
        return _date(row, target, cells)
    if kind is FieldType.TEXT:
        return ", ".join(line for text in _texts(cells) for line in _lines(text))
    if kind is FieldType.MULTILINE:
        return "\n".join(_texts(cells))
    if kind in (FieldType.EMAIL, FieldType.EMAILS):
        emails = [item for item in _items(cells, ";,", clean_email) if _email_ok(row, target, item)]
        return emails if kind is FieldType.EMAILS else _only_one(row, target, emails)
    if kind in (FieldType.PHONE, FieldType.PHONES):
        phones = [item for item in _items(cells, ";") if _phone_ok(row, target, item)]
        return phones if kind is FieldType.PHONES else _only_one(row, target, phones)
    return _items(cells, ";,")  # TAGS


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
        texts = cell if isinstance(cell, list) else [cell_text(cell)]
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


def _phone_ok(row: ImportRow, target: TargetField, item: str) -> bool:
    if sum(char.isdigit() for char in item) >= _MIN_PHONE_DIGITS:
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


def _settle_person_names(row: ImportRow) -> None:
    """Move titles out of the salutation; split a one-column name if needed."""
    values = row.values
    salutation, titles = split_salutation(str(values.pop("salutation", "")))
    _set_title(values, titles)
    full_name = str(values.pop("full_name", ""))
    if full_name and not values.get("first_name") and not values.get("last_name"):
        parts = split_full_name(full_name)
        salutation = salutation or parts.salutation
        _set_title(values, parts.title)
        values.update(first_name=parts.first_name, last_name=parts.last_name)
    values["salutation"] = salutation
    for name in ("salutation", "title", "first_name", "last_name"):
        if not values.get(name):
            values.pop(name, None)


def _set_title(values: dict[str, FieldValue], title: str) -> None:
    current = str(values.get("title", ""))
    if title and title.casefold() not in current.casefold():
        values["title"] = " ".join(part for part in (title, current) if part)


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
        if row.values.get("first_name") or row.values.get("last_name"):
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
