"""What the map page shows, read and laid out in one piece of background work.

``compute_for_view`` is a progress generator that the page runs with
``ctx.ops.long_read``: the whole-network snapshot, the layout and the dragged
positions are read on the long-read thread, never on the UI thread, and a search
meanwhile does not wait behind them. No Qt: only the result crosses to the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.workspace import Workspace
from sic_desktop.network.layout import Point
from sic_desktop.network.map_computation import MapRequest, MapResult, compute_map


@dataclass(frozen=True)
class ComputedMap:
    snapshot: NetworkSnapshot
    result: MapResult
    pinned: dict[RecordRef, Point]  # dragged positions of this view


def compute_for_view(workspace: Workspace, request: MapRequest) -> ProgressGenerator[ComputedMap]:
    """The map for ``request`` with the positions the user dragged in this view."""
    snapshot = workspace.network.snapshot()
    result: MapResult = yield from compute_map(snapshot, request)
    return ComputedMap(snapshot, result, workspace.map_positions.load(result.view_key))
