"""A record's identity as the whoosh index stores it: the one place where a ``RecordRef``
becomes the stored text „note:42“ (fields ``ref`` and ``links``) and comes back.

Everything outside the ``whoosh_*`` modules and ``index.py`` speaks ``RecordRef`` and
``RecordType``; the text form is whoosh's, like its segment files.
"""

from __future__ import annotations

from collections.abc import Iterable

from sic_desktop.core.record_ref import RecordRef, RecordType


def stored_ref(ref: RecordRef) -> str:
    """``RecordRef(NOTE, 42)`` → ``"note:42"`` (a theme field in ``links`` too: ``"theme:3"``)."""
    return f"{ref.type.value}:{ref.id}"


def stored_refs(refs: Iterable[RecordRef]) -> list[str]:
    return [stored_ref(ref) for ref in refs]


def record_ref(stored: str) -> RecordRef:
    """``"note:42"`` → ``RecordRef(NOTE, 42)``; ValueError for anything else."""
    kind, sep, number = stored.partition(":")
    if not sep or not number.isdigit():
        raise ValueError(f"not a stored record ref: {stored!r}")
    return RecordRef(RecordType(kind), int(number))


def stored_types(types: Iterable[RecordType] | None) -> list[str] | None:
    """The values of the ``type`` field for ``types`` (None: every type)."""
    return None if types is None else [t.value for t in types]
