"""Computing a map in the background, with progress, so that the window stays responsive.

A small stand-in for the window's shared background-operation helper (branch
ui-window): one QRunnable per request on the global thread pool; only signals
cross threads, and a result that a newer request has overtaken is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sic_desktop.core.errors import SicError
from sic_desktop.core.models import RecordRef
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.workspace import Workspace
from sic_desktop.network.layout import Point
from sic_desktop.network.map_computation import MapRequest, MapResult, compute_map


@dataclass(frozen=True)
class ComputedMap:
    snapshot: NetworkSnapshot
    result: MapResult
    pinned: dict[RecordRef, Point]  # dragged positions of this view


class _Signals(QObject):
    progress = Signal(int, int, str)  # job, percent, message
    finished = Signal(int, object)  # job, ComputedMap
    failed = Signal(int, str)  # job, German message


class _MapJob(QRunnable):
    def __init__(self, number: int, workspace: Workspace, request: MapRequest, signals: _Signals) -> None:
        super().__init__()
        self.number, self.workspace, self.request, self.signals = number, workspace, request, signals

    def run(self) -> None:
        try:
            snapshot = self.workspace.network.snapshot()
            work = compute_map(snapshot, self.request)
            while True:
                try:
                    step = next(work)
                except StopIteration as stop:
                    result: MapResult = stop.value
                    break
                self.signals.progress.emit(self.number, round(step.fraction * 100), step.message)
            pinned = self.workspace.map_positions.load(result.view_key)
            self.signals.finished.emit(self.number, ComputedMap(snapshot, result, pinned))
        except SicError as error:
            self.signals.failed.emit(self.number, str(error))


class MapComputer(QObject):
    """Starts map computations; emits only for the latest one."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._latest = 0
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def start(self, request: MapRequest) -> None:
        self._latest += 1
        QThreadPool.globalInstance().start(_MapJob(self._latest, self._workspace, request, self._signals))

    def _on_progress(self, number: int, percent: int, message: str) -> None:
        if number == self._latest:
            self.progress.emit(percent, message)

    def _on_finished(self, number: int, computed: ComputedMap) -> None:
        if number == self._latest:
            self.finished.emit(computed)

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._latest:
            self.failed.emit(message)
