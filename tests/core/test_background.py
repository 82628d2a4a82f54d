"""The worker threads of the program: work runs in order off the caller's thread, and a thread
that ends closes the database connection it made."""

from __future__ import annotations

import threading

import pytest

from sic_desktop.core.background import Lane, run_beside
from sic_desktop.core.models import Organisation
from sic_desktop.core.workspace import Workspace


def test_work_runs_in_order_on_one_thread_that_is_not_the_callers() -> None:
    lane = Lane("test-lane")
    seen: list[tuple[int, threading.Thread]] = []
    futures = [lane.submit(lambda n=n: seen.append((n, threading.current_thread()))) for n in range(5)]
    lane.shutdown()
    assert all(future.done() for future in futures)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({thread for _, thread in seen}) == 1 and seen[0][1] is not threading.current_thread()


def test_an_error_reaches_whoever_waits_and_the_lane_goes_on() -> None:
    lane = Lane("test-lane")

    def refuse() -> None:
        raise ValueError("kaputt")

    failed, after = lane.submit(refuse), lane.submit(lambda: "weiter")
    with pytest.raises(ValueError, match="kaputt"):
        failed.result(timeout=10)
    assert after.result(timeout=10) == "weiter"
    lane.shutdown()


def test_a_lane_that_is_shut_down_takes_no_new_work() -> None:
    lane = Lane("test-lane")
    lane.shutdown()
    with pytest.raises(RuntimeError):
        lane.submit(lambda: None)


def test_a_finished_thread_closes_its_database_connection(workspace: Workspace) -> None:
    workspace.organisations.count()  # this thread's own connection stays open
    before = workspace.database.open_connections
    lane = Lane("test-reader", on_exit=workspace.release_thread, idle_seconds=0)

    assert lane.submit(lambda: workspace.organisations.create(Organisation(name="Stiftung")).id).result(10) == 1
    lane.shutdown()

    assert workspace.database.open_connections == before
    assert workspace.organisations.count() == 1


def test_an_idle_thread_ends_and_new_work_starts_a_fresh_one(workspace: Workspace) -> None:
    workspace.organisations.count()
    before = workspace.database.open_connections
    lane = Lane("test-reader", on_exit=workspace.release_thread, idle_seconds=0)
    first = lane.submit(lambda: (threading.current_thread(), workspace.organisations.count())).result(10)[0]
    first.join(10)  # idle at once: it ends and closes its connection
    second = lane.submit(lambda: (threading.current_thread(), workspace.organisations.count())).result(10)[0]
    lane.shutdown()
    assert not first.is_alive() and second is not first
    assert workspace.database.open_connections == before


def test_run_beside_runs_once_on_a_thread_that_ends() -> None:
    lane, future = run_beside(threading.current_thread, "briefing-pdf")
    lane.shutdown()
    thread = future.result()
    assert thread.name == "briefing-pdf" and not thread.is_alive()
