"""The errors the core raises, each carrying a German message a clerk can act on.

Callers (window, command line, importer) show ``str(error)`` as it is; they never
need to build their own wording, so every message is written once, here or at
the place that knows the problem.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.i18n import translate


class SicError(Exception):
    """Base of every expected problem; ``str()`` is the German message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldError:
    """One refused field: ``field`` is the attribute name, ``label`` its German name."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(SicError):
    """Input that cannot be stored; ``errors`` names each refused field."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("ValidationError needs at least one FieldError")
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    @classmethod
    def single(cls, field: str, label: str, message: str) -> ValidationError:
        return cls([FieldError(field, label, message)])

    def for_field(self, field: str) -> list[str]:
        """The messages for one field, for showing them right beside it."""
        return [e.message for e in self.errors if e.field == field]


class NotFoundError(SicError):
    """A record that does not exist (any more)."""


class ConflictError(SicError):
    """Optimistic locking: the record was changed elsewhere since it was loaded."""


class DataFileError(SicError):
    """The database file cannot be used: foreign, corrupt, too new or not writable."""


class NotOurFileError(DataFileError):
    """A file that is not a SIC Desktop database."""


class CorruptDatabaseError(DataFileError):
    """An SQLite file that SQLite itself reports as damaged."""


class LostDatabaseError(CorruptDatabaseError):
    """The database file is empty or gone while backups of it exist: damage, not a new start."""


class ReadOnlyDataError(DataFileError):
    """The data folder or medium is write-protected: it can be read, nothing can be saved."""


class SchemaTooNewError(DataFileError):
    """A database written by a newer program version; opening it could damage it."""


class StorageError(SicError):
    """The disk refused a write (full, read-only, locked); nothing was changed."""


class ServerUnreachableError(StorageError):
    """The team server did not answer; nothing was changed, and the same step may simply be tried again."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; nothing was changed."""


def damaged_database(path: object, reason: object) -> CorruptDatabaseError:
    """The message for damage found in an open database (a check, a backup, a failed read or write)."""
    return CorruptDatabaseError(
        translate(
            "Storage",
            "Die Datenbank „{path}“ ist beschädigt ({reason}). Damit nichts verloren geht, wird nichts mehr "
            "in sie geschrieben und keine Sicherung von ihr angelegt. Bitte die neueste Sicherung "
            "wiederherstellen (Datei → Sicherung oder „sic-desktop restore“).",
        ).format(path=path, reason=reason)
    )


def not_found(record_label: str, record_id: int) -> NotFoundError:
    """The standard message for a missing record, e.g. „Kontakt Nr. 12“."""
    return NotFoundError(
        translate("Errors", "{record} Nr. {id} gibt es nicht (mehr).").format(
            record=record_label, id=record_id
        )
    )
