"""The background-operation helper: results on the UI thread, cancel rolls back, errors explained."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from sic_desktop.core.errors import SicError
from sic_desktop.core.models import Organisation
from sic_desktop.core.progress import Progress
from sic_desktop.ui.error_log import LOG_NAME, install_file_log
from sic_desktop.ui.progress_dialog import ProgressDialog


def test_result_arrives_on_the_ui_thread(qtbot, ctx, settle) -> None:
    seen = {}

    def work(ws):
        seen["worker"] = threading.current_thread()
        return ws.organisations.create(Organisation(name="Stiftung Dortmund")).id

    ctx.ops.write(None, work).success(lambda result: seen.update(result=result, ui=threading.current_thread())).run()
    settle()
    assert seen["result"] == ctx.ws.organisations.list()[0].id
    assert seen["ui"] is threading.main_thread() and seen["worker"] is not threading.main_thread()


def test_change_events_reach_the_ui_thread(qtbot, ctx, settle) -> None:
    with qtbot.waitSignal(ctx.changed) as event:
        ctx.ops.write(None, lambda ws: ws.organisations.create(Organisation(name="TU Dortmund"))).run()
    settle()
    assert [str(ref) for ref in event.args[0].refs()] == ["organisation:1"]


def test_cancel_closes_the_generator_and_rolls_back(qtbot, ctx, settle) -> None:
    steps = threading.Semaphore(0)
    go_on = threading.Event()

    def long_work(ws):
        with ws.database.write():
            for number in range(1000):
                ws.organisations.create(Organisation(name=f"Verein {number}"))
                steps.release()
                yield Progress(number + 1, 1000, "Vereine werden angelegt …")
                go_on.wait(5)

    outcome = []
    ctx.ops.write(None, long_work).with_progress("Test").cancelled(lambda: outcome.append("cancelled")).success(
        outcome.append
    ).run()
    assert steps.acquire(timeout=5)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog))
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # „Abbrechen“
    go_on.set()
    settle()
    assert outcome == ["cancelled"]
    assert ctx.ws.organisations.count() == 0


def test_expected_error_shows_the_german_message(qtbot, ctx, settle) -> None:
    def refuse(ws):
        raise SicError("Der Datenträger ist voll.")

    ctx.ops.write(None, refuse).run()
    settle()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text() == "Der Datenträger ist voll." and not box.detailedText()
    box.close()


def test_unexpected_error_is_logged_without_personal_data(qtbot, ctx, settle) -> None:
    log_file = install_file_log(ctx.ws.folder.logs_dir)

    def crash(ws):
        raise KeyError("anna.schaefer@example.org")

    ctx.ops.write(None, crash).run()
    settle()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "unerwarteter Fehler" in box.text() and LOG_NAME in box.text()
    assert "KeyError" in box.detailedText() and "Traceback" not in box.text()
    box.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError" in logged and "crash" in logged
    assert "schaefer" not in logged and "schaefer" not in box.detailedText()


def test_a_widget_closed_while_its_read_runs_gets_no_answer(qtbot, ctx, settle) -> None:
    """The start page or a list closed before its background read returns must not be touched."""
    release = threading.Event()
    answers = []
    page = QPushButton("Seite")
    ctx.ops.read(page, lambda ws: release.wait(10) and ws.persons.count()).success(answers.append).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    release.set()
    settle()
    assert answers == []
    kept = QPushButton("Seite")
    ctx.ops.read(kept, lambda ws: ws.persons.count()).success(answers.append).run()
    settle()
    assert answers == [0]


def test_a_widget_held_only_by_the_work_is_let_go_on_the_ui_thread(qtbot, ctx, settle) -> None:
    """A Qt object dropped on a worker thread crashes the program (a segmentation fault seen in a test run):
    the last reference to what an operation's closures hold must go on the UI thread."""
    dropped: list[threading.Thread] = []

    class Held:
        def __del__(self) -> None:
            dropped.append(threading.current_thread())

    def start() -> None:
        held = Held()
        ctx.ops.read(None, lambda ws, held=held: ws.organisations.list()).success(lambda _, held=held: None).run()

    start()
    settle()
    qtbot.waitUntil(lambda: bool(dropped))
    assert dropped == [threading.main_thread()]
