"""Writing export files so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from sic_desktop.core.errors import StorageError
from sic_desktop.core.i18n import translate


@contextmanager
def atomic_text_file(path: Path, *, encoding: str, newline: str = "") -> Iterator[TextIO]:
    """Write to a temporary file beside ``path`` and move it into place at the end.

    An existing file of the same name is replaced only when everything was
    written. Disk problems (full, read-only, file open in Excel) raise a
    StorageError with a German message.
    """
    handle, temporary = _temporary_beside(path)
    with _moved_into_place(temporary, path), os.fdopen(handle, "w", encoding=encoding, newline=newline) as stream:
        yield stream


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (a workbook, a
    Word document); moved into place when the block ends without an error."""
    handle, temporary = _temporary_beside(path)
    os.close(handle)
    with _moved_into_place(temporary, path):
        yield Path(temporary)


def _temporary_beside(path: Path) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=".~", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _storage_error(path, error) from None


@contextmanager
def _moved_into_place(temporary: str, path: Path) -> Iterator[None]:
    """``temporary`` replaces ``path`` when the block ends well (after the writer closed it);
    on any error it is removed and ``path`` stays as it was."""
    try:
        yield
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise _storage_error(path, error) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(temporary)


def _storage_error(path: Path, error: OSError) -> StorageError:
    return StorageError(
        translate(
            "Export",
            "Die Datei „{name}“ konnte nicht geschrieben werden ({reason}). Ist sie noch in "
            "Excel geöffnet, oder ist der Ordner schreibgeschützt?",
        ).format(name=path.name, reason=error.strerror or error.__class__.__name__)
    )
