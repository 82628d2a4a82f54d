"""What ``SearchIndex`` reports about itself: its state and rebuild progress."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sic_desktop.core.i18n import number, translate


class IndexState(Enum):
    FRESH = "fresh"
    STALE = "stale"
    MISSING = "missing"
    BROKEN = "broken"


@dataclass(frozen=True)
class IndexStatus:
    """``generation`` is what the index reflects (None if unknown); ``detail`` is
    a technical reason for the log, not for users."""

    state: IndexState
    generation: int | None = None
    detail: str = ""

    @property
    def needs_rebuild(self) -> bool:
        return self.state is not IndexState.FRESH


@dataclass(frozen=True)
class RebuildProgress:
    done: int
    total: int | None
    finished: bool = False

    @property
    def fraction(self) -> float | None:
        if self.finished:
            return 1.0
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    def message(self) -> str:
        """A German progress line, e.g. „Suchindex: 1.250 von 50.000 Einträgen“."""
        done = number(self.done)
        if self.finished:
            return translate("Search", "Suchindex fertig: {done} Einträge").format(done=done)
        if self.total is None:
            return translate("Search", "Suchindex: {done} Einträge").format(done=done)
        total = number(self.total)
        return translate("Search", "Suchindex: {done} von {total} Einträgen").format(
            done=done, total=total)
