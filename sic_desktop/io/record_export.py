"""Persons for Outlook and Excel (CSV, vCard 3.0), organisations as the import reads them back (CSV),
and any list as the window shows it (CSV).

These exports are for other programs, not lossless: a person appears with one
organisation (the first current membership), whose address and website fill the
business address; the full export (``json_export``) keeps everything. A list CSV
has exactly the columns and German texts of the list in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import LEGAL_BASES, SECTORS
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.csv_export import ORGANISATION_COLUMNS, write_organisations_csv, write_persons_csv, write_table_csv
from sic_desktop.io.rows import FieldValue
from sic_desktop.io.vcard_export import write_vcards

CHUNK = 500


def export_persons_csv(
    workspace: Workspace, path: Path, query: ListQuery | None = None
) -> ProgressGenerator[int]:
    """The persons of ``query`` (all live ones by default) in Outlook's German CSV layout."""
    return _export_persons(workspace, path, query, write_persons_csv, "CSV")


def export_persons_vcard(
    workspace: Workspace, path: Path, query: ListQuery | None = None
) -> ProgressGenerator[int]:
    """The persons of ``query`` as vCard 3.0, one card each."""
    return _export_persons(workspace, path, query, write_vcards, "vCard")


def export_organisations_csv(
    workspace: Workspace, path: Path, query: ListQuery | None = None
) -> ProgressGenerator[int]:
    """The organisations of ``query`` with address, website, e-mail and phone, as the import reads them back."""
    ids = workspace.organisations.ids(query or ListQuery())
    values: list[dict[str, FieldValue]] = []
    for start in range(0, len(ids), CHUNK):
        for organisation in workspace.organisations.get_many(ids[start : start + CHUNK]):
            row: dict[str, FieldValue] = {name: getattr(organisation, name) for name, _ in ORGANISATION_COLUMNS}
            row["sector"] = SECTORS.label(organisation.sector) if organisation.sector else ""
            values.append(row)
        yield Progress(len(values), len(ids), translate("Export", "Organisationen werden exportiert …"))
    return write_organisations_csv(path, values)


def export_list_csv(
    workspace: Workspace, record_type: RecordType, query: ListQuery, path: Path
) -> ProgressGenerator[int]:
    """A list as the window shows it: its columns, its order, its German texts."""
    service = workspace.service(record_type)
    ids = service.ids(query)
    rows: list[list[Any]] = []
    for start in range(0, len(ids), CHUNK):
        rows += [[row[c.key] for c in service.summary_columns] for row in service.summaries(ids[start : start + CHUNK])]
        yield Progress(len(rows), len(ids), translate("Export", "Liste wird exportiert …"))
    written = write_table_csv(path, [c.header for c in service.summary_columns], rows)
    if record_type is RecordType.PERSON:
        _log_export(workspace, written, translate("Export", "Liste als CSV"))
    return written


def _export_persons(
    workspace: Workspace,
    path: Path,
    query: ListQuery | None,
    write: Callable[[Path, Iterable[Mapping[str, FieldValue]]], int],
    file_format: str,
) -> ProgressGenerator[int]:
    ids = workspace.persons.ids(query or ListQuery())
    values: list[dict[str, FieldValue]] = []
    for start in range(0, len(ids), CHUNK):
        persons = workspace.persons.get_many(ids[start : start + CHUNK])
        org_ids = sorted({m.organisation_id for p in persons for m in p.memberships})
        organisations = {o.stored_id: o for o in workspace.organisations.get_many(org_ids, include_trashed=False)}
        values += [person_values(p, organisations) for p in persons]
        yield Progress(len(values), len(ids), translate("Export", "Kontakte werden exportiert …"))
    written = write(path, values)
    _log_export(workspace, written, file_format)
    return written


def _log_export(workspace: Workspace, count: int, file_format: str) -> None:
    """Who exported how many contacts when (Art. 5 Abs. 2 DSGVO); no names, no file name (it may hold one)."""
    workspace.privacy_log.add(
        "export", translate("Export", "Weitergabe an ein anderes Programm"),
        translate("Export", "Kontakte: {count} ({format})").format(count=count, format=file_format),
    )


def person_values(person: Person, organisations: Mapping[int, Organisation]) -> dict[str, FieldValue]:
    """A person as canonical field values (the import's vocabulary), ready for the writers.

    ``organisations`` holds the live organisations the person may belong to.
    """
    values: dict[str, FieldValue] = {
        "salutation": person.salutation,
        "title": person.title,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "name_suffix": person.name_suffix,
        "function": person.job_title,
        "emails": list(person.emails),
        "phones": list(person.phones),
        "notes": person.notes,
        "tags": list(person.tags),
        "legal_basis": LEGAL_BASES.label(person.legal_basis),
    }
    for name in ("consent_date", "last_contact"):
        if getattr(person, name):
            values[name] = getattr(person, name)
    membership = _main_membership(person, organisations)
    if membership is not None:
        organisation = organisations[membership.organisation_id]
        values.update(organisation=organisation.name, function=membership.function)
        values.update({name: getattr(organisation, name) for name in ("street", "postal_code", "city", "website")})
    return values


def _main_membership(person: Person, organisations: Mapping[int, Organisation]) -> Membership | None:
    """The first membership in a live organisation that is current today, else the first one."""
    live = [m for m in person.memberships if m.organisation_id in organisations]
    current = [m for m in live if m.is_current(date.today())]
    return next(iter(current or live), None)
