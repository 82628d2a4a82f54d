"""Erasure (Art. 17): afterwards the name, e-mail and phone are in no file of the data folder.

Every file is scanned as raw bytes – database, WAL, shared memory, settings, logs
and (once it exists) the search index – so SQLite's free pages, the trash and the
change history are covered without knowing where they live.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest

from sic_desktop.core.backups import BackupReason, make_backup
from sic_desktop.core.errors import NotFoundError, SicError
from sic_desktop.core.models import Note
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.persons import ANONYMISED_NAME
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase, preview_erasure
from sic_desktop.privacy.person_identity import PersonIdentity
from sic_desktop.privacy.person_in_backups import backups_containing


def test_the_subject_is_really_in_the_files_before(workspace, subject, secrets_in):
    """Guards the scan itself: without an erasure it finds the person in the database."""
    workspace.database.checkpoint()
    assert {secret for _, secret in secrets_in(workspace.folder.root)} == {"stenberg", "wilhelmine", "9876543", "98 76 543"}


@pytest.mark.parametrize("anonymise", [False, True], ids=["delete", "anonymise"])
def test_erasure_leaves_no_byte_of_the_person_in_the_data_folder(workspace, subject, secrets_in, anonymise):
    folder = workspace.folder.root
    report = erase(workspace, subject.person.id, anonymise=anonymise)

    assert report.complete and report.remaining_mentions == []
    assert report.participant_lists_cleaned == 2  # the linked note and the one in the trash
    assert secrets_in(folder) == []  # while the program is still open
    workspace.close()
    assert secrets_in(folder) == []
    with Workspace.open(folder, user="testerin") as ws:
        assert ws.notes.get(subject.linked_note.id).participants == ["Jonas Brandt", "Team SIC"]
        assert ws.notes.get(subject.trashed_note.id, include_trashed=True).participants == []
        assert ws.organisations.get(subject.organisation.id).name == "Quartiersinitiative Marten e.V."
        assert [p.role for p in ws.cooperations.get(subject.cooperation.id).partners] == (
            ["lead", "beteiligt"] if anonymise else ["lead"]
        )


def test_delete_removes_the_person_for_good_not_to_the_trash(workspace, subject):
    erase(workspace, subject.person.id)
    assert not workspace.persons.exists(subject.person.id, include_trashed=True)
    assert workspace.trash.items() == [] or all(i.ref.type.value != "person" for i in workspace.trash.items())
    assert workspace.notes.get(subject.linked_note.id).person_ids != [subject.person.id]
    assert next(e.action for e in workspace.history.for_record(subject.person.ref)) == "purged"


def test_anonymised_person_keeps_links_under_a_neutral_name(workspace, subject):
    erase(workspace, subject.person.id, anonymise=True)
    person = workspace.persons.get(subject.person.id)
    assert person.display_title == ANONYMISED_NAME
    assert subject.person.id in workspace.notes.get(subject.linked_note.id).person_ids
    titles = [r.title for r in workspace.links.related(subject.cooperation.ref)]
    assert ANONYMISED_NAME in titles


def test_a_person_in_the_trash_can_be_erased(workspace, subject, secrets_in):
    workspace.persons.trash(subject.person.id)
    erase(workspace, subject.person.id)
    assert secrets_in(workspace.folder.root) == []


def test_free_texts_are_not_edited_but_reported(workspace, subject):
    mention = workspace.notes.create(
        Note(title="Stadtteilrunde", note_date=date(2026, 3, 3), text="Frau Quästenberg sagt ihre Teilnahme zu.")
    )
    preview = preview_erasure(workspace, subject.person.id)
    assert [m.ref for m in preview.mentions] == [mention.ref]
    assert (preview.linked_notes, preview.cooperations) == (2, 1)

    report = erase(workspace, subject.person.id)

    assert [m.ref for m in report.remaining_mentions] == [mention.ref]
    assert workspace.notes.get(mention.id).text == "Frau Quästenberg sagt ihre Teilnahme zu."


def test_backups_that_still_hold_the_person_are_named(workspace, subject):
    workspace.database.backup_to(workspace.folder.backups_dir / "sicherung-2026-11-01.sqlite3")
    shutil.make_archive(str(workspace.folder.backups_dir / "sicherung-2026-11-02"), "zip", workspace.folder.backups_dir)
    (workspace.folder.backups_dir / "fremd.txt").write_text("nichts", encoding="utf-8")

    report = erase(workspace, subject.person.id)

    assert sorted(b.path.name for b in report.backups) == ["sicherung-2026-11-01.sqlite3", "sicherung-2026-11-02.zip"]
    assert all(b.ages_out is None for b in report.backups)  # put there by hand: not rotated, kept until deleted


def test_rotated_backups_say_when_they_age_out(workspace, subject):
    for day in (1, 20):
        make_backup(workspace.database, workspace.folder.backups_dir, BackupReason.START, now=datetime(2026, 11, day, 8))

    identity = PersonIdentity.of(subject.person)
    copies = {c.path.name: c.ages_out for c in backups_containing(workspace, identity, today=date(2026, 11, 25))}

    # With a backup every day from tomorrow on (7 daily, 4 weekly, 12 monthly kept): each is the
    # newest of its week, kept until four newer weeks have one; November's monthly copy will be
    # the one of 30 November, and 1 November also drops out of the seven newest days by 7 December.
    assert copies == {
        "sic-desktop_2026-11-20_080000_start.sqlite3": date(2026, 12, 14),
        "sic-desktop_2026-11-01_080000_start.sqlite3": date(2026, 12, 7),
    }


def test_copies_outside_the_database_are_purged_after_the_commit(workspace, subject):
    seen: list[set[RecordRef]] = []

    def purger(refs: set[RecordRef]) -> None:
        assert not workspace.persons.exists(subject.person.id, include_trashed=True)  # committed already
        seen.append(refs)

    workspace.add_purger(purger)
    report = erase(workspace, subject.person.id)
    assert report.complete
    assert {subject.person.ref, subject.linked_note.ref, subject.trashed_note.ref} <= seen[0]


def test_a_failing_purger_is_reported_not_hidden(workspace, subject):
    def broken(refs: set[RecordRef]) -> None:
        raise SicError("Der Suchindex ist gesperrt.")

    workspace.add_purger(broken)
    report = erase(workspace, subject.person.id)
    assert report.purger_problems == ["Der Suchindex ist gesperrt."] and not report.complete
    assert not workspace.persons.exists(subject.person.id, include_trashed=True)


def test_erasing_an_unknown_person_changes_nothing(workspace, subject):
    generation = workspace.database.generation()
    with pytest.raises(NotFoundError):
        erase(workspace, 4711)
    assert workspace.database.generation() == generation
