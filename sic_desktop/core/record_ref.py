"""What points at a record: its type and its number (``note:12``), with the type's German names.

Apart from the record classes (``models``): the window's start, the change notices and the
search name records long before they read one, and building the classes costs time
(each dataclass compiles its methods when its module loads).
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class RecordType(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    COOPERATION = "cooperation"
    NOTE = "note"
    FOLLOWUP = "followup"
    THEME = "theme"
    INDICATOR = "indicator"
    MEASUREMENT = "measurement"

    @property
    def label(self) -> str:
        """German singular, e.g. „Kontakt“."""
        return translate("Records", _LABELS[self][0])

    @property
    def plural(self) -> str:
        return translate("Records", _LABELS[self][1])


_LABELS = {
    RecordType.ORGANISATION: (
        QT_TRANSLATE_NOOP("Records", "Organisation"),
        QT_TRANSLATE_NOOP("Records", "Organisationen"),
    ),
    RecordType.PERSON: (QT_TRANSLATE_NOOP("Records", "Kontakt"), QT_TRANSLATE_NOOP("Records", "Kontakte")),
    RecordType.COOPERATION: (
        QT_TRANSLATE_NOOP("Records", "Kooperation"),
        QT_TRANSLATE_NOOP("Records", "Kooperationen"),
    ),
    RecordType.NOTE: (QT_TRANSLATE_NOOP("Records", "Notiz"), QT_TRANSLATE_NOOP("Records", "Notizen")),
    RecordType.FOLLOWUP: (
        QT_TRANSLATE_NOOP("Records", "Wiedervorlage"),
        QT_TRANSLATE_NOOP("Records", "Wiedervorlagen"),
    ),
    RecordType.THEME: (
        QT_TRANSLATE_NOOP("Records", "Themenfeld"),
        QT_TRANSLATE_NOOP("Records", "Themenfelder"),
    ),
    RecordType.INDICATOR: (
        QT_TRANSLATE_NOOP("Records", "Indikator"),
        QT_TRANSLATE_NOOP("Records", "Indikatoren"),
    ),
    RecordType.MEASUREMENT: (
        QT_TRANSLATE_NOOP("Records", "Messung"),
        QT_TRANSLATE_NOOP("Records", "Messungen"),
    ),
}


_TYPE_WORDS = {
    RecordType.ORGANISATION: (
        "organisation", "organisationen", "organisations", "organization", "organizations", "org", "orgs",
    ),
    RecordType.PERSON: ("kontakt", "kontakte", "person", "personen", "persons", "contact", "contacts"),
    RecordType.COOPERATION: ("kooperation", "kooperationen", "cooperation", "cooperations", "koop"),
    RecordType.NOTE: ("notiz", "notizen", "note", "notes"),
    RecordType.FOLLOWUP: ("wiedervorlage", "wiedervorlagen", "followup", "followups", "follow-up", "wv"),
    RecordType.THEME: ("themenfeld", "themenfelder", "theme", "themes"),
    RecordType.INDICATOR: ("indikator", "indikatoren", "indicator", "indicators"),
    RecordType.MEASUREMENT: ("messung", "messungen", "measurement", "measurements"),
}


def parse_record_type(text: str) -> RecordType | None:
    """A record type from a German or English word as people type it (``kontakte``, ``notes``)."""
    word = text.strip().casefold()
    return next((t for t, words in _TYPE_WORDS.items() if word in words), None)


class RecordRef(NamedTuple):
    """Points at one record of any type: ``RecordRef(RecordType.NOTE, 12)``."""

    type: RecordType
    id: int

    def __str__(self) -> str:
        return f"{self.type.value}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> RecordRef:
        """Inverse of ``str()``: ``note:12``."""
        kind, _, number = text.partition(":")
        return cls(RecordType(kind), int(number))
