"""Fixtures of the import/export/backup window tests: a real Session (lock, workspace, window) per test.

The window is built by ``Session`` as at a real start, so a restore can replace it.
File dialogs and confirmations are answered by the test (``files``, ``answers``);
a question or file dialog the test did not expect fails it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the first Qt import

import pytest  # noqa: E402
from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from sic_desktop.core.instance_lock import acquire_instance_lock  # noqa: E402
from sic_desktop.core.paths import DataFolder  # noqa: E402
from sic_desktop.core.workspace import Workspace  # noqa: E402
from sic_desktop.ui import messages  # noqa: E402
from sic_desktop.ui.io import file_dialogs  # noqa: E402
from sic_desktop.ui.main_window import MainWindow  # noqa: E402
from sic_desktop.ui.session import Session  # noqa: E402

IO_FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"


class Answers:
    """What the simulated user answers to confirmations and file dialogs; records the questions."""

    def __init__(self) -> None:
        self.confirm: list[bool] = []
        self.files: list[Path | None] = []  # for open, save and folder dialogs, in order
        self.asked: list[str] = []

    def _next(self, queue: list, question: str):
        self.asked.append(question)
        if not queue:
            raise AssertionError(f"unexpected question: {question}")
        return queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()
    monkeypatch.setattr(messages, "confirm", lambda parent, text, action: given._next(given.confirm, text))

    def file(kind: str):
        return lambda parent, title, *rest: given._next(given.files, f"{kind}: {title} {rest[:1]}")

    for name in ("choose_open_file", "choose_save_file", "choose_folder"):
        monkeypatch.setattr(file_dialogs, name, file(name))
    return given


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
def session(qtbot, folder: DataFolder, answers: Answers) -> Iterator[Session]:
    lock = acquire_instance_lock(folder)
    opened = Session(folder, lock, Workspace.open(folder, user="testerin"))
    yield opened
    window = opened.window
    if window is not None:
        qtbot.waitUntil(lambda: opened.ctx.ops.idle, timeout=10_000)
        window.close_discarding_changes()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    opened.close()


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:
    main = session.start()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: session.ctx.ops.idle, timeout=10_000)
    return main


@pytest.fixture
def settle(qtbot, session: Session):
    """``settle()`` waits until every background operation has finished and delivered its result."""

    def wait() -> None:
        qtbot.waitUntil(lambda: session.ctx.ops.idle, timeout=10_000)

    return wait


@pytest.fixture(autouse=True)
def no_error_boxes(qtbot) -> Iterator[None]:
    """A test fails if an error message popped up that it did not look at and close."""
    yield
    open_boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [box.text() for box in open_boxes]
    for box in open_boxes:
        box.close()
    assert not texts, f"error messages shown: {texts}"
