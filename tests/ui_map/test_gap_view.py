"""The gap view: counts per cell, gaps marked, a cell's records open with Enter or a double click."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.network import NetworkService
from sic_desktop.ui.map import GapView
from sic_desktop.ui.map.gap_model import GapTableModel


def _view(qtbot, ctx, opened) -> GapView:
    view = GapView(ctx, opened.append)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    with qtbot.waitSignal(view.shown_gaps, timeout=20000):
        view.show()
    return view


def test_matrix_counts_and_marks_gaps(qtbot, workspace, ctx, opened) -> None:
    view = _view(qtbot, ctx, opened)
    model = view.model

    assert (model.rowCount(), model.columnCount()) == (5, 5)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Wissenschaft"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Work & Care"
    for row in range(5):
        for column in range(5):
            cell = model.cell(model.index(row, column))
            text = model.data(model.index(row, column))
            if cell.is_gap:
                assert text == "Lücke"
                assert model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole).startswith("Kein Partner aus der")
            else:
                assert text.endswith(("Kooperation", "Kooperationen")) and text.split()[0] == str(cell.cooperations)


def test_a_gap_lists_its_possible_partners_and_enter_opens_one(qtbot, workspace, ctx, opened) -> None:
    themes = {name: theme_id for theme_id, name in workspace.themes.names().items()}
    stiftung = workspace.organisations.create(
        Organisation(name="Ratsfraktion Beispiel", sector="politik", theme_ids=[themes["Stiftungen"]])
    )
    view = _view(qtbot, ctx, opened)
    model = view.model
    row = [name for _, name in view.matrix.themes].index("Stiftungen")
    column = list(view.matrix.sectors).index("politik")
    cell = model.cell(model.index(row, column))
    assert stiftung.id in cell.candidate_ids

    view.table.setCurrentIndex(model.index(row, column))
    view.candidates.setCurrentRow(cell.candidate_ids.index(stiftung.id))
    qtbot.keyClick(view.candidates, Qt.Key.Key_Return)

    assert opened == [RecordRef(RecordType.ORGANISATION, stiftung.id)]


def test_gap_model_passes_qt_model_checks(qtmodeltester, workspace) -> None:
    from sic_desktop.network.gaps import gap_matrix
    from sic_desktop.network.style import LIGHT

    model = GapTableModel()
    model.set_matrix(gap_matrix(workspace.network.snapshot()), LIGHT)
    qtmodeltester.check(model)


def test_the_gap_view_reads_the_network_off_the_ui_thread(qtbot, workspace, ctx, opened, monkeypatch) -> None:
    reads: list[threading.Thread] = []
    real_snapshot = NetworkService.snapshot

    def spied_snapshot(service: NetworkService, *args, **kwargs):
        reads.append(threading.current_thread())
        return real_snapshot(service, *args, **kwargs)

    monkeypatch.setattr(NetworkService, "snapshot", spied_snapshot)
    view = _view(qtbot, ctx, opened)
    assert view.model.rowCount() == 5
    with qtbot.waitSignal(view.shown_gaps, timeout=20000):
        workspace.organisations.create(Organisation(name="Ratsfraktion Beispiel", sector="politik"))
    assert len(reads) == 2 and threading.main_thread() not in reads
