"""Settling a person line's name fields: titles out of the salutation, suffixes after the name,
a one-column name split, and lines that name only a company.

Address books mix these freely: Outlook's „Title“ holds „Frau Dr.“, vCard's N suffix
holds „jr.“ or „M.A.“, Google's „Name“ of a company card is the company again.
"""

from __future__ import annotations

from sic_desktop.core.text_folding import fold
from sic_desktop.io.names import split_full_name, split_salutation, split_suffix
from sic_desktop.io.rows import FieldValue, ImportRow

_NAME_FIELDS = ("salutation", "title", "first_name", "last_name", "name_suffix")


def settle_person_names(row: ImportRow) -> None:
    """Tidy the name fields of ``row``; mark it as a company line if it names no person."""
    values = row.values
    salutation, titles = split_salutation(str(values.pop("salutation", "")))
    _set_title(values, titles)
    full_name = str(values.pop("full_name", ""))
    first = str(values.get("first_name", ""))
    if full_name and first and not values.get("last_name"):
        # „Name“ beside „Vorname“ in German lists is the last name; a whole name is split.
        parts = split_full_name(full_name)
        values["last_name"] = parts.last_name if fold(first) in fold(full_name) else full_name
    if not values.get("first_name") and not values.get("last_name"):
        if _only_company(full_name, str(values.get("organisation", ""))):
            row.company = True
        elif full_name:
            parts = split_full_name(full_name)
            salutation = salutation or parts.salutation
            _set_title(values, parts.title)
            _add_suffix(values, parts.suffix)
            values.update(first_name=parts.first_name, last_name=parts.last_name)
    title, suffix_in_title = split_suffix(str(values.get("title", "")))
    academic_in_suffix, suffix = split_suffix(str(values.get("name_suffix", "")))
    values["title"], values["name_suffix"] = title, suffix
    _set_title(values, academic_in_suffix)
    _add_suffix(values, suffix_in_title)
    values["salutation"] = salutation
    for name in _NAME_FIELDS:
        if not values.get(name):
            values.pop(name, None)


def _only_company(full_name: str, organisation: str) -> bool:
    """No person named, or only the company again (Google and Thunderbird company cards)."""
    if not organisation.strip():
        return False
    name, company = fold(full_name), fold(organisation)
    return not name or name == company or company.startswith(name) or name.startswith(company)


def _set_title(values: dict[str, FieldValue], title: str) -> None:
    current = str(values.get("title", ""))
    if title and title.casefold() not in current.casefold():
        values["title"] = " ".join(part for part in (title, current) if part)


def _add_suffix(values: dict[str, FieldValue], suffix: str) -> None:
    current = str(values.get("name_suffix", ""))
    if suffix and suffix.casefold() not in current.casefold():
        values["name_suffix"] = " ".join(part for part in (current, suffix) if part)
