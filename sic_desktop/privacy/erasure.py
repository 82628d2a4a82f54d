"""Erasure of a person (Art. 17 DSGVO): delete for good, or anonymise, and leave no copy behind.

Both ways remove the person from the participant lists of the notes linked to
them, then the database overwrites what was deleted (``secure_delete``), the
registered purgers clean copies outside the database (the search index merges
its segments) and the WAL file is emptied (on the team server: VACUUM, ``server_remains``). Free texts are not edited
automatically – a note may say „Frau Schäfer hat zugesagt“ and only a person
can decide what to do with it – so the report lists the texts that still name
the person, and the backup files that still contain them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.services.mentions import Mention
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.person_identity import PersonIdentity
from sic_desktop.privacy.person_in_backups import BackupCopy, backups_containing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure will touch, shown before the user confirms."""

    person_id: int
    title: str
    linked_notes: int
    cooperations: int
    mentions: list[Mention]  # free texts naming the person: not changed by the erasure
    backups: list[BackupCopy]
    on_server: bool = False  # then IT's pg_dump backups hold the person too, beside ``backups`` of this PC


@dataclass(frozen=True)
class ErasureReport:
    person_id: int
    anonymised: bool
    participant_lists_cleaned: int
    remaining_mentions: list[Mention]  # free texts that still name the person, to review by hand
    backups: list[BackupCopy]  # backup files that still contain the person until they age out
    wal_emptied: bool
    purger_problems: list[str]  # German messages of copies that could not be cleaned
    saved_searches_removed: list[str] = field(default_factory=list)  # names of saved searches naming the person
    on_server: bool = False  # on the team server ``wal_emptied`` says whether the dead rows were vacuumed

    @property
    def complete(self) -> bool:
        """Nothing of the person is left in the data folder outside the listed free texts and backups."""
        return self.wal_emptied and not self.purger_problems


def preview_erasure(ws: Workspace, person_id: int) -> ErasurePreview:
    person = ws.persons.get(person_id, include_trashed=True)
    identity = PersonIdentity.of(person)
    notes = {RecordRef(RecordType.NOTE, i) for i in _linked(ws, RecordType.NOTE, person_id)}
    mentions = []
    for mention in ws.mentions.find(identity.mention_phrases(), exclude={person.ref}):
        # The participant lists of linked notes are cleaned by the erasure itself.
        fields = tuple(f for f in mention.fields if not (mention.ref in notes and f == "participants"))
        if fields:
            mentions.append(replace(mention, fields=fields))
    return ErasurePreview(
        person_id=person_id,
        title=person.display_title,
        linked_notes=len(notes),
        cooperations=len(_linked(ws, RecordType.COOPERATION, person_id)),
        mentions=mentions,
        backups=backups_containing(ws, identity),
        on_server=on_server(ws),
    )


def erase(ws: Workspace, person_id: int, *, anonymise: bool = False, reason: str = "") -> ErasureReport:
    """Delete the person for good (not only to the trash), or anonymise them (``anonymise=True``).

    The Datenschutz-Protokoll notes who did it, when and why (``reason``), with keyed hashes
    of the person's identifiers, so that a restore of an older backup can apply it again.
    """
    person = ws.persons.get(person_id, include_trashed=True)
    identity = PersonIdentity.of(person)
    with ws.batch() as batch:
        cleaned, searches = erase_person(ws, person, anonymise=anonymise)
        ws.privacy_log.add(
            "anonymisierung" if anonymise else "loeschung",
            reason.strip() or default_reason(),
            contact_subject(person_id),
            ws.privacy_log.fingerprints(person),
        )
    problems = after_erasure(ws, batch.changed_refs())
    return ErasureReport(
        person_id=person_id,
        anonymised=anonymise,
        participant_lists_cleaned=cleaned,
        remaining_mentions=ws.mentions.find(identity.mention_phrases()),
        backups=backups_containing(ws, identity),
        wal_emptied=ws.storage.checkpoint(),
        purger_problems=problems,
        saved_searches_removed=searches,
        on_server=on_server(ws),
    )


def server_remains(report: ErasureReport) -> str:
    """On the team server: what is left of the erased rows in the server's files and its backups."""
    return server_rows_remain(report) + " " + server_backups_remain()


def server_backups_remain() -> str:
    return translate(
        "Privacy", "In den Sicherungen des Teamservers (pg_dump) steht die Person noch, bis die IT sie nach der "
        "Aufbewahrungsfrist löscht.")


def server_rows_remain(report: ErasureReport) -> str:
    """On the team server: whether the erased rows are gone from the server's table files already."""
    if report.wal_emptied:
        done = translate(
            "Privacy", "Auf dem Teamserver wurden die gelöschten Zeilen sofort auch aus den Tabellendateien entfernt "
            "(VACUUM); das Änderungsprotokoll des Servers enthält keine Inhalte.")
    else:
        done = translate(
            "Privacy", "Auf dem Teamserver sind die gelöschten Zeilen nicht mehr abfragbar; als Reste in den "
            "Tabellendateien bleiben sie, bis die automatische Bereinigung des Servers (Autovacuum) oder die "
            "Wartung der IT (VACUUM) sie entfernt, meist nach wenigen Minuten. Diese Anmeldung darf das nicht "
            "sofort selbst tun.")
    return done


def default_reason() -> str:
    return translate("Privacy", "Löschung nach Art. 17 DSGVO")


def contact_subject(person_id: int) -> str:
    """How the log names a contact: by number, never by name."""
    return translate("Privacy", "Kontakt Nr. {id}").format(id=person_id)


def erase_person(ws: Workspace, person: Person, *, anonymise: bool) -> tuple[int, list[str]]:
    """The database part of an erasure (joins the caller's transaction): the number of cleaned
    participant lists and the names of the saved searches that named the person (deleted)."""
    identity = PersonIdentity.of(person)
    cleaned = _clean_participant_lists(ws, identity)
    assert person.id is not None
    if anonymise:
        ws.attachments.remove_all_of(person.ref)
        ws.persons.anonymise(person.id)
    else:
        ws.persons.purge(person.id)
        ws.tags.remove_unused()
    return cleaned, ws.saved_searches.forget_naming(_search_phrases(identity))


def after_erasure(ws: Workspace, refs: set[RecordRef]) -> list[str]:
    """After the commit: the person's files overwritten and deleted, the copies outside the database
    cleaned, the log copied; German problems, if any."""
    ws.attachments.remove_orphans()
    problems = _run_purgers(ws, refs)
    try:
        ws.privacy_log.save_copy()
    except SicError as error:
        problems.append(str(error))
    return problems


def _search_phrases(identity: PersonIdentity) -> list[str]:
    """What a saved search naming the person holds: the name either way round, an e-mail address, a phone number."""
    reversed_name = f"{identity.last_name} {identity.first_name}".strip()
    return [*identity.mention_phrases(), reversed_name]


def _clean_participant_lists(ws: Workspace, identity: PersonIdentity) -> int:
    """Remove the person from the participant lists of the notes linked to them (trash included)."""
    cleaned = 0
    for note in ws.notes.get_many(_linked(ws, RecordType.NOTE, identity.person_id)):
        kept = [p for p in note.participants if not identity.named_by(p)]
        if kept != note.participants:
            ws.notes.replace_participants(note.stored_id, kept)
            cleaned += 1
    return cleaned


def _linked(ws: Workspace, record_type: RecordType, person_id: int) -> list[int]:
    """Ids of records of a type linked to the person, live and in the trash."""
    service = ws.service(record_type)
    return [i for trashed in (False, True) for i in service.ids(ListQuery(person_id=person_id, trashed=trashed))]


def _run_purgers(ws: Workspace, refs: set[RecordRef]) -> list[str]:
    problems = []
    for purger in ws.purgers:
        try:
            purger(refs)
        except SicError as error:
            problems.append(str(error))
        except Exception as error:  # noqa: BLE001 — a broken copy must not hide that the database part is done
            log.error("purger failed after an erasure: %s", type(error).__qualname__)
            problems.append(
                translate(
                    "Privacy",
                    "Eine Kopie außerhalb der Datenbank (z. B. der Suchindex) konnte nicht bereinigt werden. "
                    "Bitte den Suchindex neu aufbauen.",
                )
            )
    return problems
