"""ImportRows become records, and stored records take over what they lack.

A person's line carries its organisation: the name, the function (with the
department, „Referentin, Wirtschaftsförderung“) become a membership; street,
postcode, city and website belong to that organisation. Filling a stored record
never overwrites a value it has: a differing value from the file is reported
instead, so nothing changes behind the user's back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sic_desktop.core.display import field_text
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Membership, Organisation, Person, Record
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.text_folding import fold
from sic_desktop.io.rows import ImportRow

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

PERSON_FIELDS = (
    "salutation", "title", "first_name", "last_name", "name_suffix", "job_title", "emails", "phones", "notes",
    "tags", "legal_basis", "consent_date", "last_contact",
)
ORGANISATION_FIELDS = (
    "name", "short_name", "sector", "street", "postal_code", "city", "district", "website", "email", "phone",
    "description", "tags",
)
# Fields of a person's line that describe the organisation, not the person.
EMPLOYER_FIELDS = ("street", "postal_code", "city", "website")


def person_from_row(row: ImportRow) -> Person:
    """The line's person; without an organisation its function is kept as the job title."""
    values: dict[str, Any] = {name: row.values[name] for name in PERSON_FIELDS if name in row.values}
    if not row.values.get("organisation") and function_from_row(row):
        values["job_title"] = function_from_row(row)
    return Person(**values)  # the mapping gave each field its type


def company_from_row(row: ImportRow) -> Organisation:
    """A person file's line that names only a company: the company with its address, first
    e-mail address, phone number and website (the others are reported by ``company_extras``)."""
    organisation = employer_from_row(row)
    assert organisation is not None
    emails, phones = _texts(row, "emails"), _texts(row, "phones")
    organisation.email = emails[0] if emails else ""
    organisation.phone = phones[0] if phones else ""
    organisation.description = str(row.values.get("notes", ""))
    organisation.tags = _texts(row, "tags")
    return organisation


def company_extras(row: ImportRow) -> list[str]:
    """What an organisation line of a person file cannot keep: further e-mails and phones."""
    hints = []
    text = translate("Import", "{label}: Eine Organisation hat nur einen Wert; „{value}“ wird nicht übernommen.")
    for name in ("emails", "phones"):
        for extra in _texts(row, name)[1:]:
            hints.append(text.format(label=field_label(RecordType.ORGANISATION, name[:-1]), value=extra))
    return hints


def organisation_from_row(row: ImportRow) -> Organisation:
    values: dict[str, Any] = {name: row.values[name] for name in ORGANISATION_FIELDS if name in row.values}
    return Organisation(**values)  # the mapping gave each field its type


def employer_from_row(row: ImportRow) -> Organisation | None:
    """The organisation named on a person's line, with the line's business address."""
    name = str(row.values.get("organisation", "")).strip()
    if not name:
        return None
    address: dict[str, Any] = {f: row.values[f] for f in EMPLOYER_FIELDS if f in row.values}
    return Organisation(name=name, **address)  # address fields are texts


def _texts(row: ImportRow, name: str) -> list[str]:
    """A list field of the line (e-mails, phones, tags); empty if the line has none."""
    value = row.values.get(name)
    return [str(item) for item in value] if isinstance(value, list) else []


def function_from_row(row: ImportRow) -> str:
    return ", ".join(str(row.values[f]) for f in ("function", "department") if row.values.get(f))


def address_without_employer(row: ImportRow) -> str | None:
    """A hint if a line has an address but no organisation to keep it with."""
    if row.values.get("organisation") or not any(row.values.get(f) for f in EMPLOYER_FIELDS):
        return None
    return translate(
        "Import",
        "Adresse und Webseite gehören bei SIC Desktop zur Organisation; ohne Organisation werden sie nicht übernommen.",
    )


def fill_in(
    workspace: Workspace, stored: Record, incoming: Record, names: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Copy what ``stored`` lacks from ``incoming``; lists gain new entries.

    Returns the names of the fields that changed and a German hint for every
    differing value that was left as it is.
    """
    changed: list[str] = []
    hints: list[str] = []
    for name in names:
        mine, theirs = getattr(stored, name), getattr(incoming, name)
        if isinstance(mine, list):
            known = {_item_key(name, item) for item in mine}
            new = [item for item in theirs if _item_key(name, item) not in known]
            if new:
                setattr(stored, name, [*mine, *new])
                changed.append(name)
        elif _empty(theirs) or _same(mine, theirs):
            continue
        elif _empty(mine):
            setattr(stored, name, theirs)
            changed.append(name)
        else:
            hints.append(_kept(workspace, stored, incoming, name))
    return changed, hints


def _kept(workspace: Workspace, stored: Record, incoming: Record, name: str) -> str:
    text = translate("Import", "{label}: Gespeichert ist „{stored}“; „{value}“ aus der Datei wird nicht übernommen.")
    return text.format(
        label=field_label(stored.RECORD_TYPE, name),
        stored=field_text(workspace, stored, name),
        value=field_text(workspace, incoming, name),
    )


def add_membership(
    person: Person, organisation_id: int, organisation_name: str, function: str
) -> tuple[bool, list[str]]:
    """Give ``person`` a membership in the organisation, or its missing function."""
    same_org = [m for m in person.memberships if m.organisation_id == organisation_id]
    if not same_org:
        person.memberships.append(Membership(organisation_id=organisation_id, function=function))
        return True, []
    if not function or any(m.function.casefold() == function.casefold() for m in same_org):
        return False, []
    blank = next((m for m in same_org if not m.function), None)
    if blank is not None:
        blank.function = function
        return True, []
    hint = translate(
        "Import", "Funktion bei „{organisation}“: Gespeichert ist „{stored}“; „{value}“ aus der Datei wird nicht übernommen."
    ).format(organisation=organisation_name, stored=same_org[0].function, value=function)
    return False, [hint]


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _same(mine: Any, theirs: Any) -> bool:
    """Equal, or texts that differ only in case and spelling of Umlaute („Schäfer“/„Schaefer“)."""
    if isinstance(mine, str) and isinstance(theirs, str):
        return fold(mine) == fold(theirs)
    return bool(mine == theirs)


def _item_key(name: str, item: Any) -> Any:
    if name == "phones":
        return "".join(ch for ch in str(item) if ch.isdigit() or ch == "+")
    return item.casefold() if isinstance(item, str) else item


def describe(record: Person | Organisation, organisation: str = "") -> str:
    """The line's record as the report names it: „Dr. Anna Schäfer (Stiftung Soziale Innovation)“."""
    title = record.display_title
    return f"{title} ({organisation})" if organisation and title else title or organisation

