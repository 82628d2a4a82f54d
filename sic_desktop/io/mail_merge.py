"""A Serienbrief data source for Word's mail merge: one row per contact, CSV or Excel.

Each row has the ready salutation line („Sehr geehrte Frau Dr. Schäfer,“), the name
parts, the organisation with function and address (the contact's first current
membership, as in the Outlook export) and a ready address block. Contacts without a
legal basis, with an objection (Art. 21 DSGVO, ``Person.objection``) or anonymised ones are left
out and counted, so the office sees why a letter is missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.csv_export import write_table_csv
from sic_desktop.io.record_export import CHUNK, person_values
from sic_desktop.io.salutations import address_name, salutation_line
from sic_desktop.io.xlsx_export import write_table_xlsx

# Word shows these as merge fields; short German names without spaces are easiest to pick.
COLUMNS = (
    QT_TRANSLATE_NOOP("MailMerge", "Briefanrede"),
    QT_TRANSLATE_NOOP("MailMerge", "Anrede"),
    QT_TRANSLATE_NOOP("MailMerge", "Titel"),
    QT_TRANSLATE_NOOP("MailMerge", "Vorname"),
    QT_TRANSLATE_NOOP("MailMerge", "Nachname"),
    QT_TRANSLATE_NOOP("MailMerge", "Organisation"),
    QT_TRANSLATE_NOOP("MailMerge", "Funktion"),
    QT_TRANSLATE_NOOP("MailMerge", "Straße"),
    QT_TRANSLATE_NOOP("MailMerge", "PLZ"),
    QT_TRANSLATE_NOOP("MailMerge", "Ort"),
    QT_TRANSLATE_NOOP("MailMerge", "Adressblock"),
    QT_TRANSLATE_NOOP("MailMerge", "EMail"),
)


@dataclass
class MailMergeResult:
    written: int = 0
    without_basis: list[str] = field(default_factory=list)
    objected: list[str] = field(default_factory=list)
    anonymised: int = 0

    def summary(self) -> str:
        """One German sentence: what was written and what was left out, and why."""
        if self.written == 1:
            text = translate("MailMerge", "1 Kontakt für den Serienbrief exportiert.")
        else:
            text = translate("MailMerge", "{count} Kontakte für den Serienbrief exportiert.").format(count=self.written)
        if self.without_basis:
            text += " " + translate("MailMerge", "{count} ohne Rechtsgrundlage weggelassen.").format(
                count=len(self.without_basis)
            )
        if self.objected:
            text += " " + translate("MailMerge", "{count} mit Widerspruch weggelassen.").format(count=len(self.objected))
        if self.anonymised:
            text += " " + translate("MailMerge", "{count} anonymisierte weggelassen.").format(count=self.anonymised)
        return text


def export_mail_merge(
    workspace: Workspace, path: Path, *, person_ids: Iterable[int] = (), query: ListQuery | None = None
) -> ProgressGenerator[MailMergeResult]:
    """The chosen contacts (or those of ``query``; neither: all live ones) as .csv or .xlsx by ``path``'s suffix."""
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx"):
        raise SicError(
            translate("MailMerge", "„{name}“: Bitte eine Datei mit der Endung .csv oder .xlsx angeben.").format(name=path.name)
        )
    ids = list(dict.fromkeys(person_ids)) or workspace.persons.ids(query or ListQuery())
    result, rows = MailMergeResult(), []
    for start in range(0, len(ids), CHUNK):
        persons = workspace.persons.get_many(ids[start : start + CHUNK], include_trashed=False)
        org_ids = sorted({m.organisation_id for p in persons for m in p.memberships})
        organisations = {o.stored_id: o for o in workspace.organisations.get_many(org_ids, include_trashed=False)}
        rows += [row for person in persons if (row := _row(person, organisations, result)) is not None]
        yield Progress(min(start + CHUNK, len(ids)), len(ids), translate("MailMerge", "Serienbrief wird vorbereitet …"))
    headers = [translate("MailMerge", column) for column in COLUMNS]
    if suffix == ".csv":
        result.written = write_table_csv(path, headers, rows)
    else:
        result.written = write_table_xlsx(path, headers, rows, sheet=translate("MailMerge", "Serienbrief"))
    return result


def _row(person: Person, organisations: dict[int, Organisation], result: MailMergeResult) -> list[str] | None:
    if person.anonymised_at:
        result.anonymised += 1
        return None
    if person.objection:
        result.objected.append(person.full_name)
        return None
    if not person.legal_basis:
        result.without_basis.append(person.full_name)
        return None
    values = person_values(person, organisations)
    parts = (person.salutation, person.title, person.first_name, person.last_name)
    organisation, street = str(values.get("organisation", "")), str(values.get("street", ""))
    place = " ".join(str(values.get(key, "")) for key in ("postal_code", "city")).strip()
    block = "\n".join(line for line in (organisation, address_name(*parts), street, place) if line)
    return [
        salutation_line(*parts), person.salutation, person.title, person.first_name, person.last_name,
        organisation, str(values.get("function", "")), street, str(values.get("postal_code", "")),
        str(values.get("city", "")), block, person.emails[0] if person.emails else "",
    ]  # fmt: skip
