"""Problems of the search index, each with the German message the window shows.

None of them endangers data: the index is a cache of the database and can always
be rebuilt, and the messages say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sic_desktop.core.errors import SicError, StorageError
from sic_desktop.core.i18n import translate


class SearchUnavailableError(SicError):
    """There is no usable index yet (missing or damaged, a rebuild is due)."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Search",
            "Die Suche ist gerade nicht verfügbar, weil der Suchindex neu aufgebaut "
            "werden muss. Ihre Daten sind davon nicht betroffen. Bitte versuchen Sie "
            "es in einem Moment noch einmal.",
        ))


# Longer queries are refused: nobody types them, and their evaluation grows with every word.
MAX_QUERY_LENGTH = 1_000


class QueryTooLongError(SicError):
    """A search text longer than MAX_QUERY_LENGTH (pasted by mistake, or a generated one)."""

    def __init__(self, length: int) -> None:
        super().__init__(translate(
            "Search", "Der Suchtext ist zu lang ({length} Zeichen, höchstens {limit}). Bitte nur die "
            "wichtigsten Suchbegriffe eingeben.",
        ).format(length=f"{length:,}".replace(",", "."), limit=f"{MAX_QUERY_LENGTH:,}".replace(",", ".")))


def refuse_long_query(text: str) -> None:
    """Raise QueryTooLongError before any work is done on an overlong search text."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryTooLongError(len(text))


class SearchIndexLockedError(StorageError):
    """Another program (or a second window) kept the index locked too long."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Search",
            "Der Suchindex wird gerade von einem anderen Programmfenster geändert. "
            "Ihre Änderung ist gespeichert; die Suche findet sie, sobald der Index "
            "wieder frei ist oder neu aufgebaut wurde.",
        ))


class SearchIndexWriteError(StorageError):
    """The disk refused to write the index (full, read-only, a file locked)."""

    def __init__(self, reason: str) -> None:
        super().__init__(translate(
            "Search",
            "Der Suchindex konnte nicht aktualisiert werden ({reason}). Ihre Daten "
            "sind gespeichert; der Index wird beim nächsten Start neu aufgebaut.",
        ).format(reason=reason))


@contextmanager
def disk_errors() -> Iterator[None]:
    """Turn an OSError while writing the index into SearchIndexWriteError."""
    try:
        yield
    except OSError as error:
        raise SearchIndexWriteError(error.strerror or str(error)) from error
