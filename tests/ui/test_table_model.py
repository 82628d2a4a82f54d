"""The lazy list model: Qt's model checks, and rows loaded only for what is shown, off the UI thread."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.lists.table_model import BLOCK, RecordTableModel
from tests.database_threads import spy_on_database_threads


class CountingService:
    """The persons service, counting how many rows the model asked for."""

    def __init__(self, service) -> None:
        self._service = service
        self.summary_calls: list[int] = []
        self.summary_columns = service.summary_columns

    def summaries(self, ids):
        self.summary_calls.append(len(ids))
        return self._service.summaries(ids)


def _reading_with(ctx, service):
    """What the list page gives the model: the block is read on the window's reader lane."""
    return lambda ids, deliver: ctx.ops.read(None, lambda ws: service.summaries(ids)).success(deliver).run()


def test_model_passes_qt_model_checks(qtmodeltester, workspace, ctx, settle) -> None:
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    model = RecordTableModel(workspace.notes, _reading_with(ctx, workspace.notes))
    model.set_ids(workspace.notes.ids(ListQuery()))
    qtmodeltester.check(model, force_py=True)  # the rows still on their way
    settle()
    qtmodeltester.check(model, force_py=True)  # and arrived


def test_only_the_blocks_shown_are_loaded_off_the_ui_thread(qtbot, workspace, ctx, settle, monkeypatch) -> None:
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    service = CountingService(workspace.persons)
    model = RecordTableModel(service, _reading_with(ctx, service))  # type: ignore[arg-type]
    ids = workspace.persons.ids(ListQuery())
    # 100,000 list entries: ids repeat, only their number matters for the model.
    model.set_ids((ids * (100_000 // len(ids) + 1))[:100_000])
    threads = spy_on_database_threads(monkeypatch)
    assert model.rowCount() == 100_000
    assert service.summary_calls == []  # opening the list loads no rows
    assert model.data(model.index(0, 0)) is None and model.data(model.index(99_999, 0)) is None  # on their way
    settle()
    assert model.data(model.index(0, 0)) and model.data(model.index(99_999, 0))
    assert service.summary_calls == [BLOCK, BLOCK]
    model.data(model.index(1, 1))
    settle()
    assert service.summary_calls == [BLOCK, BLOCK]  # same block: no new query
    assert threads.used and not threads.on_ui_thread


def test_a_renewed_row_shows_what_was_known_until_it_is_read_anew(qtbot, workspace, ctx, settle) -> None:
    """After a change the rows are read again; meanwhile they keep their text instead of going blank."""
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    model = RecordTableModel(workspace.persons, _reading_with(ctx, workspace.persons))
    model.set_ids(workspace.persons.ids(ListQuery()))
    model.data(model.index(0, 0))
    settle()
    shown = model.data(model.index(0, 0))
    person = workspace.persons.get(model.id_at(0))
    workspace.persons.update(replace(person, last_name="Umbenannt"))
    model.forget_rows()
    assert model.data(model.index(0, 0)) == shown  # not blank while it is read anew
    settle()
    assert model.data(model.index(0, 0)) != shown and "Umbenannt" in model.data(model.index(0, 0))


def test_headers_are_the_core_column_labels(workspace, ctx) -> None:
    model = RecordTableModel(workspace.organisations, _reading_with(ctx, workspace.organisations))
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[0] == "Name"
    assert "Stadtteil" in headers
