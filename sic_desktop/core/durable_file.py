"""Small files the program keeps for itself (settings, the erasure log's mirror), replaced in one step."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_durably(path: Path, text: str) -> None:
    """Write ``text`` beside ``path``, force it to disk and move it into place: a crash or a full
    disk leaves the old file or the new one, never half of it. OSError is left to the caller."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".~", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
