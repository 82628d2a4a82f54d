"""Indicator templates per theme field, to start an impact model from rather than a blank page.

Names and definitions in the team's words; each template knows its IOOI level, its
step on the Wirkungstreppe, its unit and a sensible method and rhythm. Baseline and
target are left for the team: they belong to the cooperation, not to the template.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.models import Indicator


@dataclass(frozen=True)
class IndicatorTemplate:
    name: str
    definition: str
    level: str
    step: int | None
    unit: str
    unit_type: str
    method: str
    rhythm: str

    def indicator(self, cooperation_id: int) -> Indicator:
        """A new indicator from the template (baseline and target still to fill in)."""
        return Indicator(
            cooperation_id=cooperation_id, name=translate("ImpactTemplates", self.name),
            definition=translate("ImpactTemplates", self.definition), level=self.level, step=self.step,
            unit=translate("ImpactTemplates", self.unit), unit_type=self.unit_type, method=self.method,
            rhythm=self.rhythm,
        )


def _t(name: str, definition: str, level: str, step: int | None, unit: str, unit_type: str, method: str,
       rhythm: str = "quartal") -> IndicatorTemplate:
    return IndicatorTemplate(name, definition, level, step, unit, unit_type, method, rhythm)


_PERSONS = QT_TRANSLATE_NOOP("ImpactTemplates", "Personen")

# Theme field name (as seeded) → templates. Own theme fields get the general ones.
TEMPLATES: dict[str, tuple[IndicatorTemplate, ...]] = {
    "Arbeit im Quartier": (
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Teilnehmende aus dem Quartier"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Personen mit Wohnsitz im Quartier, die mindestens einmal teilgenommen haben."),
           "output", 2, _PERSONS, "anzahl", "teilnehmendenliste"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "vermittelte Arbeitsplätze"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Arbeits- oder Ausbildungsverträge, die Teilnehmende nach der Beratung abgeschlossen haben."),
           "outcome", 6, QT_TRANSLATE_NOOP("ImpactTemplates", "Arbeitsplätze"), "anzahl", "dokumentation"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Beratungsgespräche"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Geführte Beratungsgespräche im Quartiersbüro."),
           "output", 1, QT_TRANSLATE_NOOP("ImpactTemplates", "Gespräche"), "anzahl", "dokumentation", "monatlich"),
    ),
    "Work & Care": (
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "beteiligte Unternehmen"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Unternehmen, die eine Vereinbarkeitsmaßnahme eingeführt haben."),
           "outcome", 5, QT_TRANSLATE_NOOP("ImpactTemplates", "Unternehmen"), "anzahl", "dokumentation"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Beschäftigte mit Pflegeaufgaben, die sich entlastet fühlen"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Anteil der befragten pflegenden Beschäftigten, die „eher“ oder „sehr“ entlastet angeben."),
           "outcome", 6, "%", "prozent", "befragung", "halbjahr"),
    ),
    "Wirtschaft & Schule": (
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Praktikumsplätze für Schülerinnen und Schüler"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Von Partnerunternehmen angebotene und besetzte Praktikumsplätze."),
           "output", 3, QT_TRANSLATE_NOOP("ImpactTemplates", "Plätze"), "anzahl", "dokumentation"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Berufsorientierung der Jugendlichen"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Mittlere Selbsteinschätzung „Ich weiß, welcher Beruf zu mir passt“ (1 = gar nicht, 5 = genau)."),
           "outcome", 4, "", "skala", "befragung", "halbjahr"),
    ),
    "Corporate Social Responsibility": (
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Engagementstunden von Beschäftigten"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Stunden, die Beschäftigte der Partnerunternehmen im Quartier geleistet haben."),
           "output", 2, QT_TRANSLATE_NOOP("ImpactTemplates", "Stunden"), "anzahl", "dokumentation"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "eingeworbene Mittel"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Geld- und Sachspenden der Unternehmen für die Kooperation."),
           "input", None, "€", "euro", "dokumentation", "halbjahr"),
    ),
    "Stiftungen": (
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Fördersumme"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Von Stiftungen bewilligte Mittel."),
           "input", None, "€", "euro", "dokumentation", "jahr"),
        _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Projekt nach der Förderung weitergeführt"),
           QT_TRANSLATE_NOOP("ImpactTemplates", "Läuft das Projekt nach dem Ende der Stiftungsförderung aus eigener Kraft weiter?"),
           "impact", 7, "", "ja_nein", "dokumentation", "einmalig"),
    ),
}

GENERAL: tuple[IndicatorTemplate, ...] = (
    _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Veranstaltungen wie geplant durchgeführt"),
       QT_TRANSLATE_NOOP("ImpactTemplates", "Anteil der geplanten Termine, die stattgefunden haben."),
       "output", 1, "%", "prozent", "dokumentation"),
    _t(QT_TRANSLATE_NOOP("ImpactTemplates", "Zufriedenheit der Teilnehmenden"),
       QT_TRANSLATE_NOOP("ImpactTemplates", "Mittlere Bewertung im Feedbackbogen (1 = gar nicht, 5 = sehr zufrieden)."),
       "output", 3, "", "skala", "befragung"),
)


def templates_for(theme_names: list[str]) -> list[IndicatorTemplate]:
    """Templates of the given theme fields, then the general ones; each once."""
    found = [t for name in theme_names for t in TEMPLATES.get(name, ())]
    return list(dict.fromkeys(found + list(GENERAL)))
