"""The lazy list model: Qt's model checks, and rows loaded only for what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.lists.table_model import BLOCK, RecordTableModel


class CountingService:
    """The persons service, counting how many rows the model asked for."""

    def __init__(self, service) -> None:
        self._service = service
        self.summary_calls: list[int] = []
        self.summary_columns = service.summary_columns

    def summaries(self, ids):
        self.summary_calls.append(len(ids))
        return self._service.summaries(ids)


def test_model_passes_qt_model_checks(qtmodeltester, workspace) -> None:
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    model = RecordTableModel(workspace.notes)
    model.set_ids(workspace.notes.ids(ListQuery()))
    qtmodeltester.check(model, force_py=True)


def test_only_the_blocks_shown_are_loaded(workspace) -> None:
    run_to_end(load_demo(workspace, DemoSize(persons=40, notes=60)))
    service = CountingService(workspace.persons)
    model = RecordTableModel(service)  # type: ignore[arg-type]
    ids = workspace.persons.ids(ListQuery())
    # 100,000 list entries: ids repeat, only their number matters for the model.
    model.set_ids((ids * (100_000 // len(ids) + 1))[:100_000])
    assert model.rowCount() == 100_000
    assert service.summary_calls == []  # opening the list loads no rows
    first = model.data(model.index(0, 0))
    last = model.data(model.index(99_999, 0))
    assert first and last
    assert service.summary_calls == [BLOCK, BLOCK]
    model.data(model.index(1, 1))
    assert service.summary_calls == [BLOCK, BLOCK]  # same block: no new query


def test_headers_are_the_core_column_labels(workspace) -> None:
    model = RecordTableModel(workspace.organisations)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[0] == "Name"
    assert "Stadtteil" in headers
