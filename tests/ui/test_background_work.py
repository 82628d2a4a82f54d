"""One background mechanism for the window: a long read (a briefing, an export) never makes the
search popup wait, cancel stops work and drops its result, finished threads close their
database connections."""

from __future__ import annotations

import threading

from sic_desktop.core.models import Organisation
from sic_desktop.core.progress import Progress


def _held_briefing(gate: threading.Event, closed: list[str] | None = None):
    """Stands in for a briefing being laid out: one step, then it waits for ``gate``."""
    def work(ws):
        try:
            yield Progress(1, 10, "Briefing wird erstellt …")
            gate.wait(20)
            yield Progress(10, 10, "Briefing wird erstellt …")
            return "fertig"
        finally:
            if closed is not None:
                closed.append("closed")
    return work


def test_a_long_briefing_does_not_make_the_search_popup_wait(qtbot, window, settle) -> None:
    window.ctx.ws.organisations.create(Organisation(name="Kita Sonnenblume gGmbH"))
    gate = threading.Event()
    briefing: list[str] = []
    window.ctx.ops.long_read(None, _held_briefing(gate)).success(briefing.append).run()

    popup = window.show_search()
    popup.field.setText("Sonnenblume")
    qtbot.waitUntil(lambda: popup.shown_text == "Sonnenblume")  # while the briefing still runs

    assert popup.results.topLevelItem(0).text(0) == "Organisationen (1)"
    assert briefing == [] and not window.ctx.ops.idle
    gate.set()
    settle()
    assert briefing == ["fertig"]


def test_progress_reaches_the_page_and_cancel_drops_the_result(qtbot, ctx, settle) -> None:
    gate = threading.Event()
    steps: list[tuple[Progress, threading.Thread]] = []
    outcome: list[str] = []
    closed: list[str] = []
    op = ctx.ops.long_read(None, _held_briefing(gate, closed)).progress(
        lambda step: steps.append((step, threading.current_thread()))).success(outcome.append).cancelled(
        lambda: outcome.append("abgebrochen")).run()
    qtbot.waitUntil(lambda: bool(steps))

    op.cancel()
    gate.set()
    settle()

    assert steps[0][0] == Progress(1, 10, "Briefing wird erstellt …") and steps[0][1] is threading.main_thread()
    assert outcome == ["abgebrochen"] and closed == ["closed"]


def test_a_read_cancelled_before_it_ran_delivers_nothing(qtbot, ctx, settle) -> None:
    gate = threading.Event()
    outcome: list[object] = []
    ctx.ops.long_read(None, _held_briefing(gate)).run()  # keeps the long reader busy
    op = ctx.ops.long_read(None, lambda ws: ws.organisations.count()).success(outcome.append).cancelled(
        lambda: outcome.append("abgebrochen")).run()
    op.cancel()
    gate.set()
    settle()
    assert outcome == ["abgebrochen"]


def test_finished_threads_close_their_database_connections(qtbot, ctx, settle) -> None:
    ctx.ws.organisations.count()  # the UI thread's own connection stays
    before = ctx.ws.database.open_connections
    ctx.ops.write(None, lambda ws: ws.organisations.create(Organisation(name="Stiftung Dortmund"))).run()
    ctx.ops.read(None, lambda ws: ws.organisations.count()).run()
    ctx.ops.long_read(None, lambda ws: ws.network.snapshot()).run()
    settle()
    assert ctx.ws.database.open_connections == before + 3  # one per worker thread, while it lives

    ctx.ops.shutdown()  # the window closes: the threads end

    assert ctx.ws.database.open_connections == before
    assert ctx.ws.organisations.count() == 1
