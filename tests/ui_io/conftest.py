"""Fixtures of the import/export/backup window tests: a real Session (lock, workspace, window) per test.

The window is built by ``Session`` as at a real start, so a restore can replace it.
File dialogs and confirmations are answered by the test (the shared ``answers``);
a question or file dialog the test did not expect fails it, and so does a message box left open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sic_desktop.core.instance_lock import acquire_instance_lock
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.session import Session

IO_FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"


@pytest.fixture
def shown():
    """``shown(window, DialogClass)``: the dialog of that class the window shows now (closed ones are deleted later)."""

    def find(window, kind):
        visible = [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]
        assert len(visible) == 1, f"{len(visible)} visible {kind.__name__}"
        return visible[0]

    return find


@pytest.fixture
def io_fixtures() -> Path:
    """The import files the io tests made (Outlook CSV, vCards, …), see tests/io/fixtures/make_fixtures.py."""
    return IO_FIXTURES


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "daten").ensure()


@pytest.fixture
def session(folder: DataFolder, answers, close_window: Callable[[MainWindow], None]) -> Iterator[Session]:
    lock = acquire_instance_lock(folder)
    opened = Session(folder, lock, Workspace.open(folder, user="testerin"))
    yield opened
    if opened.window is not None:
        close_window(opened.window)
    opened.close()


@pytest.fixture
def window(qtbot, session: Session, idle_timeout: int) -> MainWindow:
    """The window as ``Session`` starts it (instead of the shared one), its first loads done."""
    main = session.start()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: session.background_started and session.ctx.ops.idle, timeout=idle_timeout)
    return main


@pytest.fixture
def settle(qtbot, session: Session, idle_timeout: int) -> Callable[[], None]:
    """``settle()`` waits for the background operations of the session's current window (a restore replaces
    it), including those it starts once painted (the day's backup, the search index)."""
    return lambda: qtbot.waitUntil(lambda: session.background_started and session.ctx.ops.idle, timeout=idle_timeout)


@pytest.fixture(autouse=True)
def no_error_boxes(no_error_boxes: None) -> None:
    """Every import/export/backup test checks that no message box was left open."""
