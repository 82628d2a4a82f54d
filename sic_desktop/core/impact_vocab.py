"""The words of Wirkungsmessung: IOOI levels, the Wirkungstreppe, units, methods, rhythms.

IOOI (Input → Output → Outcome → Impact) is the impact logic of the Social Reporting
Standard; the seven steps are PHINEO's Wirkungstreppe („Kursbuch Wirkung“). Steps 1–3
are outputs, 4–6 outcomes, 7 is impact; an input has no step.
"""

from __future__ import annotations

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.vocab import Vocabulary

IOOI_LEVELS = Vocabulary(
    "level",
    (
        ("input", QT_TRANSLATE_NOOP("Vocabulary", "Input")),
        ("output", QT_TRANSLATE_NOOP("Vocabulary", "Output")),
        ("outcome", QT_TRANSLATE_NOOP("Vocabulary", "Outcome")),
        ("impact", QT_TRANSLATE_NOOP("Vocabulary", "Impact")),
    ),
)

# Wirkungstreppe step → the IOOI level it belongs to.
STEP_LEVEL = {1: "output", 2: "output", 3: "output", 4: "outcome", 5: "outcome", 6: "outcome", 7: "impact"}

_STEPS = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Aktivitäten finden wie geplant statt"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Zielgruppen werden erreicht"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Zielgruppen akzeptieren das Angebot"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Bewusstsein und Fähigkeiten ändern sich"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "Handeln ändert sich"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "Lebenslage ändert sich"),
    7: QT_TRANSLATE_NOOP("Vocabulary", "Gesellschaft verändert sich"),
}
STEPS = tuple(_STEPS)
_SHORT = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "Aktivitäten"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Erreichung"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Akzeptanz"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Fähigkeiten"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "Handeln"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "Lebenslage"),
    7: QT_TRANSLATE_NOOP("Vocabulary", "Gesellschaft"),
}


def step_short(step: int) -> str:
    """„4“ and „Fähigkeiten“ on two lines, for column headers."""
    return f"{step}\n{translate('Vocabulary', _SHORT[step])}"


def step_label(step: int | None) -> str:
    """„5 – Handeln ändert sich“; empty for no step."""
    if step not in _STEPS:
        return ""
    return f"{step} – {translate('Vocabulary', _STEPS[step])}"


UNIT_TYPES = Vocabulary(
    "unit_type",
    (
        ("anzahl", QT_TRANSLATE_NOOP("Vocabulary", "Anzahl")),
        ("prozent", QT_TRANSLATE_NOOP("Vocabulary", "Prozent")),
        ("euro", QT_TRANSLATE_NOOP("Vocabulary", "Euro")),
        ("ja_nein", QT_TRANSLATE_NOOP("Vocabulary", "Ja/Nein")),
        ("skala", QT_TRANSLATE_NOOP("Vocabulary", "Skala 1–5")),
    ),
)

METHODS = Vocabulary(
    "method",
    (
        ("teilnehmendenliste", QT_TRANSLATE_NOOP("Vocabulary", "Teilnehmendenliste")),
        ("befragung", QT_TRANSLATE_NOOP("Vocabulary", "Befragung")),
        ("statistik", QT_TRANSLATE_NOOP("Vocabulary", "Statistik")),
        ("interview", QT_TRANSLATE_NOOP("Vocabulary", "Interview")),
        ("beobachtung", QT_TRANSLATE_NOOP("Vocabulary", "Beobachtung")),
        ("dokumentation", QT_TRANSLATE_NOOP("Vocabulary", "Dokumentation")),
    ),
)

RHYTHMS = Vocabulary(
    "rhythm",
    (
        ("monatlich", QT_TRANSLATE_NOOP("Vocabulary", "monatlich")),
        ("quartal", QT_TRANSLATE_NOOP("Vocabulary", "vierteljährlich")),
        ("halbjahr", QT_TRANSLATE_NOOP("Vocabulary", "halbjährlich")),
        ("jahr", QT_TRANSLATE_NOOP("Vocabulary", "jährlich")),
        ("einmalig", QT_TRANSLATE_NOOP("Vocabulary", "einmalig (keine Wiedervorlage)")),
    ),
)
RHYTHM_MONTHS = {"monatlich": 1, "quartal": 3, "halbjahr": 6, "jahr": 12, "einmalig": 0}

CONFIDENCE = Vocabulary(
    "confidence",
    (
        ("hoch", QT_TRANSLATE_NOOP("Vocabulary", "hoch (gezählt, belegt)")),
        ("mittel", QT_TRANSLATE_NOOP("Vocabulary", "mittel (geschätzt, Stichprobe)")),
        ("niedrig", QT_TRANSLATE_NOOP("Vocabulary", "niedrig (Eindruck)")),
    ),
)

TRAFFIC_LIGHTS = Vocabulary(
    "traffic_light",
    (
        ("on_track", QT_TRANSLATE_NOOP("Vocabulary", "im Plan")),
        ("at_risk", QT_TRANSLATE_NOOP("Vocabulary", "gefährdet")),
        ("off_track", QT_TRANSLATE_NOOP("Vocabulary", "nicht im Plan")),
        ("no_data", QT_TRANSLATE_NOOP("Vocabulary", "noch keine Bewertung")),
    ),
)
