"""whoosh's folder storage, able to close what a failed open left open.

whoosh opens a segment's files one after another (its table of contents, terms, postings, stored
fields) and, when a later one is damaged (cut off, missing), raises without closing those it had
already opened. They stay open until the garbage collector finds them (a ResourceWarning), and
on Windows the damaged folder cannot be removed for the rebuild until then. So every index is
opened on this storage, and each open that may meet damage runs inside ``closing_on_failure``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sic_desktop.search.whoosh_imports import FileStorage


class ClosingStorage(FileStorage):  # type: ignore[misc]  # whoosh has no type information
    """A ``FileStorage`` that notes the files opened inside ``closing_on_failure``."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self._opened: list[Any] | None = None

    def open_file(self, name: str, **kwargs: Any) -> Any:  # a whoosh StructFile
        opened = super().open_file(name, **kwargs)
        if self._opened is not None:
            self._opened.append(opened)
        return opened

    @contextmanager
    def closing_on_failure(self) -> Iterator[None]:
        """If the block raises, close every file it opened and is still open, then let the error go on.
        Not for blocks run at the same time on one storage (the search index holds its lock)."""
        if self._opened is not None:  # inside another such block: that one closes them
            yield
            return
        self._opened = []
        try:
            yield
        except BaseException:
            for file in self._opened:
                if not getattr(file, "is_closed", False):
                    with suppress(Exception):
                        file.close()
            raise
        finally:
            self._opened = None
