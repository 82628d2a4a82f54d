"""The fixed vocabularies of the domain: sectors, statuses, roles, note kinds, legal bases.

Values are stored as short ASCII keys (``zivilgesellschaft``) so that files, search
filters (``sektor:wissenschaft``) and exports stay stable when a label is reworded
or translated; labels are German and go through the translation hook when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.text_folding import fold


@dataclass(frozen=True)
class Vocabulary:
    """An ordered set of (key, German label) pairs."""

    name: str
    entries: tuple[tuple[str, str], ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.entries)

    def label(self, key: str | None) -> str:
        """The translated label of ``key``; empty for None, the key itself if unknown."""
        if not key:
            return ""
        for entry_key, label in self.entries:
            if entry_key == key:
                return translate("Vocabulary", label)
        return key

    def labels(self) -> list[tuple[str, str]]:
        return [(key, translate("Vocabulary", label)) for key, label in self.entries]

    def key_for(self, text: str) -> str | None:
        """Find a key from a key or a label as a person would type it (any case, ae for ä)."""
        wanted = fold(text)
        for key, label in self.entries:
            if wanted in (fold(key), fold(label), fold(translate("Vocabulary", label))):
                return key
        return None


SECTORS = Vocabulary(
    "sector",
    (
        ("wirtschaft", QT_TRANSLATE_NOOP("Vocabulary", "Wirtschaft")),
        ("wissenschaft", QT_TRANSLATE_NOOP("Vocabulary", "Wissenschaft")),
        ("zivilgesellschaft", QT_TRANSLATE_NOOP("Vocabulary", "Zivilgesellschaft")),
        ("verwaltung", QT_TRANSLATE_NOOP("Vocabulary", "Verwaltung")),
        ("politik", QT_TRANSLATE_NOOP("Vocabulary", "Politik")),
    ),
)

COOPERATION_STATUSES = Vocabulary(
    "status",
    (
        ("idee", QT_TRANSLATE_NOOP("Vocabulary", "Idee")),
        ("anbahnung", QT_TRANSLATE_NOOP("Vocabulary", "Anbahnung")),
        ("pilot", QT_TRANSLATE_NOOP("Vocabulary", "Pilot")),
        ("umsetzung", QT_TRANSLATE_NOOP("Vocabulary", "Umsetzung")),
        ("verstetigt", QT_TRANSLATE_NOOP("Vocabulary", "Verstetigt")),
        ("ruhend", QT_TRANSLATE_NOOP("Vocabulary", "Ruhend")),
        ("beendet", QT_TRANSLATE_NOOP("Vocabulary", "Beendet")),
    ),
)

# Statuses in which a cooperation still runs (for start page and gap counts).
ACTIVE_STATUSES = ("idee", "anbahnung", "pilot", "umsetzung", "verstetigt")

PARTNER_ROLES = Vocabulary(
    "role",
    (
        ("lead", QT_TRANSLATE_NOOP("Vocabulary", "Lead")),
        ("partner", QT_TRANSLATE_NOOP("Vocabulary", "Partner")),
        ("foerderer", QT_TRANSLATE_NOOP("Vocabulary", "Förderer")),
        ("beteiligt", QT_TRANSLATE_NOOP("Vocabulary", "Beteiligt")),
    ),
)

NOTE_KINDS = Vocabulary(
    "kind",
    (
        ("workshopprotokoll", QT_TRANSLATE_NOOP("Vocabulary", "Workshopprotokoll")),
        ("reflexionsgespraech", QT_TRANSLATE_NOOP("Vocabulary", "Reflexionsgespräch")),
        ("gespraechsnotiz", QT_TRANSLATE_NOOP("Vocabulary", "Gesprächsnotiz")),
        ("lessons_learned", QT_TRANSLATE_NOOP("Vocabulary", "Lessons Learned")),
        ("idee", QT_TRANSLATE_NOOP("Vocabulary", "Idee")),
        ("email", QT_TRANSLATE_NOOP("Vocabulary", "E-Mail")),
    ),
)

TEXT_FORMATS = Vocabulary(
    "text_format",
    (
        ("markdown", QT_TRANSLATE_NOOP("Vocabulary", "Markdown")),
        ("plain", QT_TRANSLATE_NOOP("Vocabulary", "Nur Text")),
    ),
)

LEGAL_BASES = Vocabulary(
    "legal_basis",
    (
        ("einwilligung", QT_TRANSLATE_NOOP("Vocabulary", "Einwilligung")),
        ("berechtigtes_interesse", QT_TRANSLATE_NOOP("Vocabulary", "Berechtigtes Interesse")),
        ("oeffentliche_aufgabe", QT_TRANSLATE_NOOP("Vocabulary", "Öffentliche Aufgabe")),
        ("vertrag", QT_TRANSLATE_NOOP("Vocabulary", "Vertrag")),
    ),
)

SEEDED_THEME_FIELDS = (
    "Arbeit im Quartier",
    "Work & Care",
    "Wirtschaft & Schule",
    "Corporate Social Responsibility",
    "Stiftungen",
)
