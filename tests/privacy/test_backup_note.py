"""The note on backups that still hold an erased person, as the office reads it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sic_desktop.privacy.person_in_backups import BackupCopy
from sic_desktop.ui.privacy.backup_note import backup_note


def test_no_backup_holding_the_person_is_said_in_one_plain_sentence(qapp) -> None:
    assert backup_note([]) == "Keine Sicherung im Sicherungsordner dieses Rechners enthält die Person."


def test_each_backup_holding_the_person_is_named_with_what_becomes_of_it(qapp) -> None:
    note = backup_note([
        BackupCopy(Path("sic-2026-11-20.sqlite"), datetime(2026, 11, 20, 8, 0), ages_out=date(2026, 12, 20)),
        BackupCopy(Path("von Hand <alt> & kopiert.sqlite"), datetime(2026, 10, 1, 9, 0)),
    ])
    assert note.startswith("Diese Sicherungen im Sicherungsordner dieses Rechners enthalten die Person noch, bis sie "
                           "gelöscht werden. Verwenden Sie sie nur, um Daten wiederherzustellen, und löschen Sie die "
                           "Person danach erneut:")
    assert "<li>sic-2026-11-20.sqlite (20.11.2026, wird am 20.12.2026 gelöscht)</li>" in note
    assert "<li>von Hand &lt;alt&gt; &amp; kopiert.sqlite (01.10.2026, wird nicht automatisch gelöscht)</li>" in note
