"""Fixtures shared by every test area: a fresh data folder and workspace per test, and the
real window with the ways a test answers what it asks.

The window code is imported inside the fixtures, so that collecting the core and command-line
tests loads none of it (only pytest-qt itself loads PySide6). An area opts in to what differs,
in its own conftest: ``answers`` for the window (tests/ui), the ``no_error_boxes`` check as
autouse, a longer ``idle_timeout``, or its own ``ctx`` and ``window``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# GUI tests run without a display, on a full-HD screen (tests of small screens resize or start their own);
# set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}")
# No test reaches the real credential store (the team server's password); a test that needs one sets its own.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from sic_desktop.core.workspace import Workspace
from tests.mount_points import leftover_mounts, undo_abandoned_mounts
from tests.postgres_server import postgres_cluster, postgres_url  # noqa: F401  (fixtures)

# The team server's window tests share an in-memory credential store and a cluster with TLS.
pytest_plugins = ["tests.teamserver_fixtures"]

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.main_window import MainWindow
    from sic_desktop.ui.messages import LeaveChoice


@pytest.fixture(scope="session", autouse=True)
def orderly_end() -> Iterator[None]:
    """End the run the way the program ends: no background thread may still run when PySide
    destroys the QApplication (in an ``atexit`` handler, with the GIL released: a worker's result
    emitted then crashed the process). A lane still taking work after the last test means a window
    or workspace a test did not close (``close_window``, ``ctx.close()``): the run fails and names it."""
    yield
    from sic_desktop.core.background import running_lanes, shutdown_all

    left = running_lanes(not_shut_down=True)
    shutdown_all(timeout=10)
    assert not left, f"background threads still running after the last test (a window or workspace not closed): {left}"


@pytest.fixture(scope="session", autouse=True)
def no_mount_left_behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fail the run if a test left one of its mounts (``tests.mount_points``) behind; it is undone here.
    Mounts of earlier runs that were killed are undone first, so pytest can remove their folders."""
    basetemp = tmp_path_factory.getbasetemp()
    if basetemp.parent.name.startswith("pytest-of-"):  # pytest's own numbered folders, not a --basetemp
        undo_abandoned_mounts(basetemp.parent)
    yield
    left = leftover_mounts(basetemp)
    assert not left, f"mounts left behind by the tests (now unmounted): {[str(p) for p in left]}"


@pytest.fixture
def reference_day() -> date:
    """A fixed „today“ so that demo data and due dates are the same in every run."""
    return date(2026, 11, 25)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder; the environment points the command line at it too."""
    folder = tmp_path / "daten"
    monkeypatch.setenv("SIC_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir, user="testerin")
    yield ws
    ws.close()


# -- the window ----------------------------------------------------------------------------


@pytest.fixture
def idle_timeout() -> int:
    """How long (ms) a test waits for the background operations to finish before it fails."""
    return 10_000


@pytest.fixture
def ctx(workspace: Workspace) -> Iterator[AppContext]:
    """The window's service context on the test's workspace."""
    from sic_desktop.ui.context import AppContext

    context = AppContext(workspace)
    yield context
    context.close()


@pytest.fixture
def close_window(qtbot, idle_timeout: int) -> Callable[[MainWindow], None]:
    """``close_window(main)``: once its background operations are done, close it without asking
    and destroy it (with its timers) right away, before the workspace closes."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    def close(main: MainWindow) -> None:
        qtbot.waitUntil(lambda: main.ctx.ops.idle, timeout=idle_timeout)
        main.close_discarding_changes()
        main.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    return close


@pytest.fixture
def window(qtbot, ctx: AppContext, close_window: Callable[[MainWindow], None]) -> Iterator[MainWindow]:
    """The real main window, shown."""
    from sic_desktop.ui.main_window import MainWindow

    main = MainWindow(ctx)
    main.show()
    qtbot.waitExposed(main)
    yield main
    close_window(main)


@pytest.fixture
def settle(qtbot, ctx: AppContext, idle_timeout: int) -> Callable[[], None]:
    """``settle()`` waits until every background operation has finished and delivered its result."""
    return lambda: qtbot.waitUntil(lambda: ctx.ops.idle, timeout=idle_timeout)


class Answers:
    """What the simulated user answers to questions and file dialogs; records every question asked.

    Questions (unsaved changes, confirmations, reload after a conflict) and file dialogs would
    block a test in a modal loop; a test fills the lists in the order it expects them, and any
    question it did not expect fails it.
    """

    def __init__(self) -> None:
        self.unsaved: list[LeaveChoice] = []
        self.confirm: list[bool] = []
        self.reload: list[bool] = []
        self.files: list[Path | None] = []  # for open, save and folder dialogs, in order
        self.asked: list[str] = []

    def _next(self, queue: list, question: str):
        self.asked.append(question)
        if not queue:
            raise AssertionError(f"unexpected question: {question}")
        return queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    from sic_desktop.ui import messages
    from sic_desktop.ui.io import file_dialogs

    given = Answers()
    monkeypatch.setattr(messages, "ask_unsaved", lambda parent, title: given._next(given.unsaved, f"unsaved: {title}"))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, action: given._next(given.confirm, text))
    monkeypatch.setattr(messages, "offer_reload", lambda parent, text: given._next(given.reload, text))

    def file(kind: str):
        return lambda parent, title, *rest: given._next(given.files, f"{kind}: {title} {rest[:1]}")

    for name in ("choose_open_file", "choose_save_file", "choose_folder"):
        monkeypatch.setattr(file_dialogs, name, file(name))
    return given


@pytest.fixture
def no_error_boxes(qtbot) -> Iterator[None]:
    """A test fails if a message box popped up that it did not look at and close."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    yield
    open_boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [box.text() for box in open_boxes]
    for box in open_boxes:
        box.close()
    assert not texts, f"message boxes shown: {texts}"


@pytest.fixture
def when_dialog(qtbot) -> Iterator[Callable[[type, Callable], None]]:
    """``when_dialog(Kind, act)``: as soon as a modal ``Kind`` is open, ``act(dialog)`` answers it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timers: list[QTimer] = []

    def arm(kind: type, act: Callable) -> None:
        timer = QTimer()
        timer.setInterval(10)

        def check() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                timer.stop()
                try:
                    act(dialog)
                except BaseException:
                    dialog.reject()  # never leave a test hanging in a modal loop
                    raise

        timer.timeout.connect(check)
        timer.start()
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
