"""Damage found while the window is open (issue 19, 7): the newest backup is offered, as at start."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from sic_desktop.core.instance_lock import acquire_instance_lock
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.recovery_dialog import RecoveryDialog
from sic_desktop.ui.session import Session
from tests.faults.conftest import digest


@pytest.fixture
def session(page_damaged: DataFolder, answers, close_window: Callable[[MainWindow], None]) -> Iterator[Session]:
    lock = acquire_instance_lock(page_damaged)
    opened = Session(page_damaged, lock, Workspace.open(page_damaged, user="testerin"))  # the header is sound
    yield opened
    if opened.window is not None:
        close_window(opened.window)
    opened.close()


@pytest.mark.parametrize("backup_today", [False, True], ids=["first-start-of-the-day", "later-start"])
def test_damage_found_after_start_offers_the_newest_backup(qtbot, session: Session, page_damaged: DataFolder,
                                                           when_dialog, backup_today: bool):
    offered = "vom 24.11.2026"
    if backup_today:  # no backup is due: the start checks the file on its own
        now = datetime.now()
        sound = page_damaged.backups_dir / "sic-desktop_2026-11-24_090000_start.sqlite3"
        shutil.copyfile(sound, page_damaged.backups_dir / f"sic-desktop_{now:%Y-%m-%d_%H%M%S}_manuell.sqlite3")
        offered = f"vom {now:%d.%m.%Y}"
    damaged = digest(page_damaged.database)
    asked: list[tuple[str, str]] = []

    def restore(dialog: RecoveryDialog) -> None:
        asked.append((dialog.text(), dialog.informativeText()))
        dialog.restore_button.click()

    when_dialog(RecoveryDialog, restore)
    first = session.start()  # the day's first start checks the file while it copies it
    qtbot.waitUntil(lambda: session.window is not None and session.window is not first, timeout=20_000)

    [(text, offer)] = asked
    assert "ist beschädigt" in text and offered in offer
    assert session.workspace.organisations.count() == 60
    [kept] = page_damaged.root.glob("sic-desktop.beschaedigt-*.sqlite3")
    assert digest(kept) == damaged
    qtbot.waitUntil(lambda: session.ctx.ops.idle, timeout=10_000)
