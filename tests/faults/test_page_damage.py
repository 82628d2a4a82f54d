"""A damaged page inside the database (issue 19, 7): reported in German, never written to, never backed up."""

from __future__ import annotations

from datetime import datetime

import pytest

from sic_desktop.cli import main
from sic_desktop.core.backups import list_backups, make_backup
from sic_desktop.core.database_check import check_database
from sic_desktop.core.errors import CorruptDatabaseError
from sic_desktop.core.models import Organisation
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.settings import BackupRetention
from sic_desktop.core.workspace import Workspace
from tests.faults.conftest import digest, folder_digests


@pytest.mark.parametrize("table", ["organisation", "meta", "history"])
def test_check_reports_the_damage_in_german(page_damaged: DataFolder, capsys, table: str):
    if table != "organisation":  # the fixture damaged the organisation table; add a second damage
        from tests.faults.conftest import damage_a_page

        damage_a_page(page_damaged.database, table)
    assert main(["check"]) == 1
    error = capsys.readouterr().err
    assert "ist beschädigt" in error and "Sicherung wiederherstellen" in error
    assert "Traceback" not in error


def test_an_import_does_not_write_into_a_damaged_file(page_damaged: DataFolder, tmp_path, capsys):
    before = digest(page_damaged.database)
    source = tmp_path / "kontakte.csv"
    source.write_text("Vorname;Nachname\nAnna;Schäfer\n", encoding="utf-8")

    assert main(["import", str(source)]) == 1

    assert "beschädigt" in capsys.readouterr().err
    assert digest(page_damaged.database) == before


def test_a_damaged_file_is_never_backed_up_and_pushes_no_sound_backup_out(page_damaged: DataFolder, capsys):
    backups = folder_digests(page_damaged.backups_dir)

    assert main(["backup"]) == 1
    with Workspace.open(page_damaged) as ws, pytest.raises(CorruptDatabaseError):
        # a rotation keeping one daily backup would delete the sound one of 24 November for a damaged copy
        make_backup(ws.database, ws.folder.backups_dir, "start", retention=BackupRetention(1, 0, 0),
                    now=datetime(2026, 11, 26, 9))

    assert "beschädigt" in capsys.readouterr().err
    assert folder_digests(page_damaged.backups_dir) == backups
    assert [b.made_at.day for b in list_backups(page_damaged.backups_dir)] == [24, 23]


def test_after_a_failed_check_nothing_is_written(page_damaged: DataFolder):
    before = digest(page_damaged.database)
    with Workspace.open(page_damaged) as ws:
        assert check_database(ws)
        with pytest.raises(CorruptDatabaseError, match="nichts mehr in sie geschrieben"):
            ws.organisations.create(Organisation(name="Neu nach dem Schaden"))
    assert digest(page_damaged.database) == before
