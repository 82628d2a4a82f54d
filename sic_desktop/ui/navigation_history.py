"""Back and forward between visited pages and records, like a web browser (Alt+←/→)."""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.record_ref import RecordRef

LIMIT = 100


@dataclass(frozen=True)
class Place:
    page: str
    ref: RecordRef | None = None


class History:
    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self.current: Place | None = None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[:-LIMIT]
        self._forward.clear()
        self.current = place

    def back(self) -> Place | None:
        if not self._back:
            return None
        assert self.current is not None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Place | None:
        if not self._forward:
            return None
        assert self.current is not None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)
