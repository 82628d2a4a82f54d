"""The data protection vocabularies: where a contact came from (Art. 14 DSGVO), the start events of a
deletion period and the kinds of data the Löschkonzept (DIN 66398) has a rule for.

Keys are stored, labels shown (see ``core.vocab``).
"""

from __future__ import annotations

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP
from sic_desktop.core.vocab import Vocabulary

DATA_SOURCES = Vocabulary(
    "source",
    (
        ("selbst", QT_TRANSLATE_NOOP("Vocabulary", "selbst angegeben")),
        ("visitenkarte", QT_TRANSLATE_NOOP("Vocabulary", "Visitenkarte")),
        ("email", QT_TRANSLATE_NOOP("Vocabulary", "E-Mail der Person")),
        ("import", QT_TRANSLATE_NOOP("Vocabulary", "Import aus einer Datei")),
        ("dritte", QT_TRANSLATE_NOOP("Vocabulary", "von Dritten")),
    ),
)

# Sources where the data was not collected from the person: Art. 14 asks to tell them within a month.
THIRD_PARTY_SOURCES = frozenset({"import", "dritte"})

DELETION_STARTS = Vocabulary(
    "start_event",
    (
        ("letzter_kontakt", QT_TRANSLATE_NOOP("Vocabulary", "letzter Kontakt")),
        ("kooperationsende", QT_TRANSLATE_NOOP("Vocabulary", "Ende der Kooperation")),
        ("einwilligung", QT_TRANSLATE_NOOP("Vocabulary", "Erteilung der Einwilligung")),
    ),
)

# One deletion rule per kind of data; for contacts the kind follows from the legal basis.
DATA_KINDS = Vocabulary(
    "kind",
    (
        ("kontakt_einwilligung", QT_TRANSLATE_NOOP("Vocabulary", "Kontaktdaten mit Einwilligung")),
        ("kontakt_vertrag", QT_TRANSLATE_NOOP("Vocabulary", "Kontaktdaten aus Vertrag oder Kooperation")),
        ("kontakt_oeffentliche_aufgabe", QT_TRANSLATE_NOOP("Vocabulary", "Kontaktdaten für eine öffentliche Aufgabe")),
        ("kontakt_berechtigtes_interesse", QT_TRANSLATE_NOOP("Vocabulary", "Kontaktdaten aus berechtigtem Interesse")),
    ),
)


def kind_of_contact(legal_basis: str | None) -> str | None:
    """The kind of data a contact with this legal basis is; None without a legal basis."""
    return f"kontakt_{legal_basis}" if legal_basis else None
