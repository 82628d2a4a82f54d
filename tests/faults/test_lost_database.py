"""An empty (0 bytes) or missing database beside existing backups is damage, not a new start (issue 19, 6)."""

from __future__ import annotations

import pytest

from sic_desktop.cli import main
from sic_desktop.core.paths import DataFolder
from sic_desktop.ui.recovery_dialog import RecoveryDialog, open_or_recover
from tests.faults.conftest import folder_digests


def _lose(folder: DataFolder, how: str) -> None:
    if how == "empty":
        folder.database.write_bytes(b"")
    else:
        folder.database.unlink()


@pytest.mark.parametrize(("how", "said"), [("empty", "ist leer (0 Bytes)"), ("missing", "fehlt")])
def test_the_command_line_refuses_to_start_fresh(backed_up: DataFolder, capsys, how: str, said: str):
    _lose(backed_up, how)
    backups = folder_digests(backed_up.backups_dir)

    assert main(["check"]) == 1
    assert main(["list", "organisationen"]) == 1

    error = capsys.readouterr().err
    assert said in error and "Sicherung wiederherstellen" in error and "Traceback" not in error
    assert backed_up.database.exists() == (how == "empty")
    if how == "empty":
        assert backed_up.database.stat().st_size == 0  # no new empty database written over it
    assert folder_digests(backed_up.backups_dir) == backups  # nothing made, nothing rotated away


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_the_window_offers_the_newest_backup(qtbot, backed_up: DataFolder, when_dialog, how: str):
    _lose(backed_up, how)
    offered: list[str] = []

    def restore(dialog: RecoveryDialog) -> None:
        offered.append(dialog.informativeText())
        dialog.restore_button.click()

    when_dialog(RecoveryDialog, restore)
    ws = open_or_recover(backed_up)
    assert ws is not None
    with ws:
        assert ws.organisations.count() == 60
    assert "vom 24.11.2026" in offered[0]


def test_a_new_folder_without_backups_still_starts_fresh(data_dir, capsys):
    assert main(["check"]) == 0
    assert DataFolder(data_dir).database.stat().st_size > 0
