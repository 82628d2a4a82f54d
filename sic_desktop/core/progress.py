"""Progress of long core work, as a generator protocol any front end can drive.

Long operations (demo data, reindex, import, export) are generators that yield
``Progress``; the command line prints a line per step, the window turns each step
into a signal for its progress dialog and stops the generator on „Abbrechen“.
Closing the generator ends the work and rolls its transaction back.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar, cast

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


ProgressGenerator = Generator[Progress, None, T]


def run_to_end(work: Generator[Progress, None, T]) -> T:
    """Drive ``work`` without showing progress and return its result."""
    while True:
        try:
            next(work)
        except StopIteration as stop:
            return cast(T, stop.value)  # StopIteration.value is Any; work returns T

