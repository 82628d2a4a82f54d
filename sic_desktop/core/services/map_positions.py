"""Node positions a person dragged on the network map, remembered per map view.

The automatic layout is deterministic, so only the nodes someone moved need
storing. A view is a filter set (``MapFilter.view_key()``): the same organisation
may sit elsewhere on the map of one theme field than on the map of all. Positions
are no record data: saving them bumps no data generation and announces no change.
A purged record's position stays behind unused (the node is gone); it is a pair
of numbers, no personal data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sic_desktop.core.record_ref import RecordRef, RecordType

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

Point = tuple[float, float]


class MapPositionService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def load(self, view: str) -> dict[RecordRef, Point]:
        rows = self._ws.database.execute(
            "SELECT record_type, record_id, x, y FROM map_position WHERE view = ?", [view]
        )
        return {RecordRef(RecordType(kind), record_id): (x, y) for kind, record_id, x, y in rows}

    def all(self) -> dict[str, dict[RecordRef, Point]]:
        """Every view's remembered positions, for the full export."""
        result: dict[str, dict[RecordRef, Point]] = {}
        rows = self._ws.database.execute(
            "SELECT view, record_type, record_id, x, y FROM map_position ORDER BY view, record_type, record_id"
        )
        for view, kind, record_id, x, y in rows:
            result.setdefault(view, {})[RecordRef(RecordType(kind), record_id)] = (x, y)
        return result

    def save(self, view: str, positions: dict[RecordRef, Point]) -> None:
        """Remember these nodes' positions in ``view`` (others stay as they are)."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO map_position (view, record_type, record_id, x, y) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (view, record_type, record_id) DO UPDATE SET x = excluded.x, y = excluded.y",
                [(view, ref.type.value, ref.id, x, y) for ref, (x, y) in positions.items()],
            )

    def reset(self, view: str, refs: list[RecordRef] | None = None) -> None:
        """Give these nodes (None: all of the view) back to the automatic layout."""
        with self._ws.database.write():
            if refs is None:
                self._ws.database.execute("DELETE FROM map_position WHERE view = ?", [view])
                return
            self._ws.database.executemany(
                "DELETE FROM map_position WHERE view = ? AND record_type = ? AND record_id = ?",
                [(view, ref.type.value, ref.id) for ref in refs],
            )
