"""Importing a file's rows into the workspace, as a dry run or for real, always all in one transaction.

The dry run does exactly what the real run does (the same matching, the same core
validation, the same inserts) and rolls the transaction back at the end, so its
report cannot promise what storing would refuse. The real run makes a backup,
stores the accepted lines and skips the refused ones; with ``strict`` one refused
line refuses the whole file. A crash, an error or closing the generator
(„Abbrechen“) rolls everything back: the database stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields

from sic_desktop.core.backups import BackupReason, backup_before
from sic_desktop.core.batch import Batch
from sic_desktop.core.errors import SicError, ValidationError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Membership, Organisation, Person, Record
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.team_access import on_server
from sic_desktop.core.validation import validate
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.column_mapping import ColumnMapping, unmapped_columns
from sic_desktop.io.import_matching import Match, OrganisationIndex, PersonIndex, Verdict
from sic_desktop.io.import_records import (
    EMPLOYER_FIELDS,
    ORGANISATION_FIELDS,
    PERSON_FIELDS,
    add_membership,
    address_without_employer,
    company_extras,
    company_from_row,
    describe,
    employer_from_row,
    fill_in,
    function_from_row,
    organisation_from_row,
    person_from_row,
)
from sic_desktop.io.import_report import ImportReport, LineResult, Outcome
from sic_desktop.io.import_source import mark_imported
from sic_desktop.io.remembered_mappings import remember_mapping
from sic_desktop.io.row_mapping import map_rows
from sic_desktop.io.rows import ImportRow, SourceRow, TargetKind
from sic_desktop.io.sources import Source
from sic_desktop.io.values import cell_text

_PROGRESS_EVERY = 100


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    strict: bool = False  # one refused line refuses the whole file
    create_possible_duplicates: bool = False  # import lines that only look like a stored record
    backup: bool = True  # copy the database into the backup rotation first (real runs)


def import_file(
    workspace: Workspace, source: Source, mapping: ColumnMapping, options: ImportOptions = ImportOptions()
) -> ProgressGenerator[ImportReport]:
    """Read ``source`` through ``mapping`` and import it; a stored import remembers the mapping."""
    rows: list[ImportRow] = []
    filled: set[str] = set()
    for row in map_rows(_noting_filled(source.rows(), filled), mapping):
        rows.append(row)
        if len(rows) % 500 == 0:
            yield Progress(len(rows), 0, translate("Import", "Die Datei wird gelesen …"))
    report = yield from import_rows(workspace, rows, mapping.kind, source=source.path.name, options=options)
    unknown, ignored = unmapped_columns(source.headers, mapping)
    report.columns_not_taken = [header for header in unknown if header in filled]
    report.columns_left_out = [header for header in ignored if header in filled]
    if report.stored:
        remember_mapping(workspace, source.headers, mapping)
    return report


def _noting_filled(rows: Iterable[SourceRow], filled: set[str]) -> Iterator[SourceRow]:
    """Pass the rows on and note which columns hold a value, so that the report names only those."""
    for row in rows:
        filled.update(header for header, cell in row.cells.items() if cell and cell_text(cell).strip())
        yield row


def import_rows(
    workspace: Workspace, rows: list[ImportRow], kind: TargetKind, *, source: str, options: ImportOptions
) -> ProgressGenerator[ImportReport]:
    report = ImportReport(source, kind, options.dry_run, options.strict)
    # On the team server IT's pg_dump backups are the way back; the program makes file backups of a local file only.
    if not options.dry_run and options.backup and rows and not on_server(workspace) and not workspace.is_empty():
        report.backup = backup_before(workspace, BackupReason.BEFORE_IMPORT).path
    if options.dry_run:
        message = translate("Import", "Zeilen werden geprüft …")
    else:
        message = translate("Import", "Zeilen werden importiert …")
    with workspace.batch() as batch:
        run = _Run(workspace, batch, report, options)
        for done, row in enumerate(rows, start=1):
            report.lines.append(run.line(row))
            if done % _PROGRESS_EVERY == 0 or done == len(rows):
                yield Progress(done, len(rows), message)
        if options.dry_run or (options.strict and report.refused):
            batch.discard()
    report.stored = not batch.discarded
    if batch.discarded:
        for line in report.lines:
            if line.outcome is Outcome.CREATED:
                line.ref = None  # the id was only lent by the rolled-back transaction
    return report


class _Run:
    """One import's state: the indexes of what is stored so far and the report."""

    def __init__(self, workspace: Workspace, batch: Batch, report: ImportReport, options: ImportOptions) -> None:
        self.ws, self.batch, self.report, self.options = workspace, batch, report, options
        self.organisations = OrganisationIndex(workspace)
        self.persons = PersonIndex(workspace, self.organisations)
        # What a line learns for later lines, applied only once its savepoint holds.
        self._learned: list[Callable[[], None]] = []
        # Per stored organisation: the address fields known to be filled, so each is read once.
        self._filled: dict[int, set[str]] = {}

    def line(self, row: ImportRow) -> LineResult:
        employer: Organisation | None = None
        if row.kind is TargetKind.PERSON and not row.company:
            record: Person | Organisation = person_from_row(row)
            employer = employer_from_row(row)
        else:
            record = company_from_row(row) if row.company else organisation_from_row(row)
        result = LineResult(row.line, Outcome.SKIPPED, describe(record, employer.name if employer else ""))
        result.messages = [problem.message for problem in row.problems]
        hint = address_without_employer(row) if row.kind is TargetKind.PERSON else None
        if row.company:
            hint = translate("Import", "Die Zeile nennt nur eine Firma und wird als Organisation übernommen.")
            result.messages += company_extras(row)
        if hint:
            result.messages.append(hint)
        if not row.importable:
            return result
        if self.options.strict and any(problem.field for problem in row.problems):
            result.messages.append(
                translate("Import", "Wegen „alles oder nichts“ wird die Zeile mit diesen Werten nicht übernommen.")
            )
            return result
        self._learned.clear()
        try:
            for checked in (record, employer):
                if checked is not None:
                    result.messages += self._checked(checked)
            with self.batch.part():
                if isinstance(record, Person):
                    self._store_person(record, employer, function_from_row(row), result)
                else:
                    self._store_organisation(record, result)
        except SicError as error:
            result.outcome, result.ref = Outcome.SKIPPED, None
            result.messages += _messages(error)
            return result
        for learn in self._learned:
            learn()
        return result

    def _checked(self, record: Record) -> list[str]:
        """Validate as the core will; without ``strict`` a refused value is left out and reported
        (a safety net: the mapping step checks the same rules and usually reports it first)."""
        try:
            validate(record)
            return []
        except ValidationError as error:
            refused = [e for e in error.errors if e.field in _DROPPABLE] if not self.options.strict else []
            if not refused or len(refused) < len(error.errors):
                raise
        defaults = {f.name: f for f in fields(record)}
        for field_error in refused:
            field = defaults[field_error.field]
            setattr(record, field.name, field.default_factory() if callable(field.default_factory) else field.default)
        validate(record)
        text = translate("Import", "{label}: {message} Der Wert wird nicht übernommen.")
        return [text.format(label=e.label, message=e.message) for e in refused]

    # -- persons -------------------------------------------------------------------

    def _store_person(self, person: Person, employer: Organisation | None, function: str, result: LineResult) -> None:
        org_id = self.organisations.find(employer.name) if employer else None
        match = self.persons.match(
            person.first_name, person.last_name, person.emails, org_id, has_organisation=employer is not None
        )
        verdict = match.verdict if match else None
        if match and verdict is Verdict.POSSIBLE and not self.options.create_possible_duplicates:
            raise SicError(translate("Import", "Möglicherweise doppelt: {reason}").format(reason=match.reason))
        if employer is not None:
            org_id = self._employer(employer, org_id, result)
        if match and verdict is Verdict.SAME:
            person = self._update_person(match, person, (org_id, employer.name) if employer and org_id is not None else None,
                                         function, result)
        else:
            if match:
                result.messages.append(match.reason)
            if org_id is not None:
                person.memberships = [Membership(organisation_id=org_id, function=function)]
            mark_imported(person, self.report.source)
            (person.id,) = self.ws.persons.create_many([person])
            result.outcome, result.ref = Outcome.CREATED, person.ref
        org_ids = [m.organisation_id for m in person.memberships]
        first, last, emails, line = person.first_name, person.last_name, person.emails, result.line
        self._learned.append(lambda: self.persons.add(person.stored_id, first, last, emails, org_ids, line))

    def _employer(self, employer: Organisation, org_id: int | None, result: LineResult) -> int:
        """The id of the line's organisation: the stored one (missing address filled in) or a new one."""
        if org_id is not None:
            offered = {name for name in EMPLOYER_FIELDS if getattr(employer, name)}
            if not offered <= self._filled.get(org_id, set()):
                stored = self.ws.organisations.get(org_id)
                if fill_in(self.ws, stored, employer, EMPLOYER_FIELDS)[0]:
                    self.ws.organisations.update(stored)
                known = {name for name in EMPLOYER_FIELDS if getattr(stored, name)}
                self._learned.append(lambda: self._filled.__setitem__(org_id, known))
            return org_id
        (employer.id,) = self.ws.organisations.create_many([employer])
        self._learned.append(lambda: self._new_organisation(employer, result))
        return employer.id

    def _new_organisation(self, org: Organisation, result: LineResult) -> None:
        self.organisations.add(org.stored_id, org.name, org.website, org.email)
        self.report.organisations_created.append(org.name)
        text = translate("Import", "Organisation „{name}“ wird neu angelegt.")
        result.messages.append(text.format(name=org.name))

    def _update_person(
        self, match: Match, person: Person, employer: tuple[int, str] | None, function: str, result: LineResult
    ) -> Person:
        stored = self.ws.persons.get(match.record_id)
        filled, hints = fill_in(self.ws, stored, person, PERSON_FIELDS)
        if employer is not None:
            joined, more = add_membership(stored, *employer, function)
            filled, hints = filled + (["memberships"] if joined else []), hints + more
        self._settle(stored, filled, result, match.reason[:1].upper() + match.reason[1:] + ".", hints)
        return stored

    def _settle(self, stored: Person | Organisation, filled: list[str], result: LineResult, reason: str,
                hints: list[str]) -> None:
        """Store what a line added to a stored record and report it."""
        if filled:
            self.ws.service(stored.RECORD_TYPE).update(stored)
        result.outcome = Outcome.UPDATED if filled else Outcome.UNCHANGED
        result.ref = stored.ref
        result.messages.append(reason)
        if filled:
            labels = ", ".join(field_label(stored.RECORD_TYPE, name) for name in filled)
            result.messages.append(translate("Import", "Ergänzt: {fields}.").format(fields=labels))
        result.messages += hints

    # -- organisations ---------------------------------------------------------------

    def _store_organisation(self, org: Organisation, result: LineResult) -> None:
        org_id = self.organisations.find(org.name)
        if org_id is None:
            similar = self.organisations.same_domain(org.website, org.email)
            (org.id,) = self.ws.organisations.create_many([org])
            result.outcome, result.ref = Outcome.CREATED, org.ref
            if similar is not None:
                text = translate(
                    "Import",
                    "Gleiche Internet-Domain wie „{name}“ (Organisation Nr. {id}); bitte prüfen, ob es dieselbe "
                    "Organisation ist.",
                )
                result.messages.append(text.format(name=self.organisations.names[similar], id=similar))
            self._learned.append(lambda: self.organisations.add(org.stored_id, org.name, org.website, org.email))
            if self.report.kind is TargetKind.PERSON:  # a company line of a person file
                self._learned.append(lambda: self.report.organisations_created.append(org.name))
            return
        stored = self.ws.organisations.get(org_id)
        filled, hints = fill_in(self.ws, stored, org, ORGANISATION_FIELDS)
        reason = translate("Import", "Gleicher Name wie Organisation Nr. {id}.").format(id=org_id)
        self._settle(stored, filled, result, reason, hints)


# Fields whose value may be left out while the rest of the line is stored (never the name).
_DROPPABLE = frozenset({
    "salutation", "title", "name_suffix", "job_title", "emails", "phones", "notes", "tags", "legal_basis",
    "consent_date", "last_contact", "short_name", "sector", "street", "postal_code", "city", "district",
    "website", "email", "phone", "description",
})


def _messages(error: SicError) -> list[str]:
    if isinstance(error, ValidationError):
        return [str(field_error) for field_error in error.errors]
    return [str(error)]

