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


_N = QT_TRANSLATE_NOOP
_PERSONS = _N("ImpactTemplates", "Personen")

# Theme field name (as seeded) → templates. Own theme fields get the general ones.
TEMPLATES: dict[str, tuple[IndicatorTemplate, ...]] = {
    "Arbeit im Quartier": (
        _t(_N("ImpactTemplates", "Teilnehmende aus dem Quartier"),
           _N("ImpactTemplates", "Personen mit Wohnsitz im Quartier, die mindestens einmal teilgenommen haben."),
           "output", 2, _PERSONS, "anzahl", "teilnehmendenliste"),
        _t(_N("ImpactTemplates", "vermittelte Arbeitsplätze"),
           _N("ImpactTemplates", "Arbeits- oder Ausbildungsverträge, die Teilnehmende nach der Beratung abgeschlossen haben."),
           "outcome", 6, _N("ImpactTemplates", "Arbeitsplätze"), "anzahl", "dokumentation"),
        _t(_N("ImpactTemplates", "Beratungsgespräche"),
           _N("ImpactTemplates", "Geführte Beratungsgespräche im Quartiersbüro."),
           "output", 1, _N("ImpactTemplates", "Gespräche"), "anzahl", "dokumentation", "monatlich"),
    ),
    "Work & Care": (
        _t(_N("ImpactTemplates", "beteiligte Unternehmen"),
           _N("ImpactTemplates", "Unternehmen, die eine Vereinbarkeitsmaßnahme eingeführt haben."),
           "outcome", 5, _N("ImpactTemplates", "Unternehmen"), "anzahl", "dokumentation"),
        _t(_N("ImpactTemplates", "Beschäftigte mit Pflegeaufgaben, die sich entlastet fühlen"),
           _N("ImpactTemplates", "Anteil der befragten pflegenden Beschäftigten, die „eher“ oder „sehr“ entlastet angeben."),
           "outcome", 6, "%", "prozent", "befragung", "halbjahr"),
    ),
    "Wirtschaft & Schule": (
        _t(_N("ImpactTemplates", "Praktikumsplätze für Schülerinnen und Schüler"),
           _N("ImpactTemplates", "Von Partnerunternehmen angebotene und besetzte Praktikumsplätze."),
           "output", 3, _N("ImpactTemplates", "Plätze"), "anzahl", "dokumentation"),
        _t(_N("ImpactTemplates", "Berufsorientierung der Jugendlichen"),
           _N("ImpactTemplates", "Mittlere Selbsteinschätzung „Ich weiß, welcher Beruf zu mir passt“ (1 = gar nicht, 5 = genau)."),
           "outcome", 4, "", "skala", "befragung", "halbjahr"),
    ),
    "Corporate Social Responsibility": (
        _t(_N("ImpactTemplates", "Engagementstunden von Beschäftigten"),
           _N("ImpactTemplates", "Stunden, die Beschäftigte der Partnerunternehmen im Quartier geleistet haben."),
           "output", 2, _N("ImpactTemplates", "Stunden"), "anzahl", "dokumentation"),
        _t(_N("ImpactTemplates", "eingeworbene Mittel"),
           _N("ImpactTemplates", "Geld- und Sachspenden der Unternehmen für die Kooperation."),
           "input", None, "€", "euro", "dokumentation", "halbjahr"),
    ),
    "Stiftungen": (
        _t(_N("ImpactTemplates", "Fördersumme"),
           _N("ImpactTemplates", "Von Stiftungen bewilligte Mittel."),
           "input", None, "€", "euro", "dokumentation", "jahr"),
        _t(_N("ImpactTemplates", "Projekt nach der Förderung weitergeführt"),
           _N("ImpactTemplates", "Läuft das Projekt nach dem Ende der Stiftungsförderung aus eigener Kraft weiter?"),
           "impact", 7, "", "ja_nein", "dokumentation", "einmalig"),
    ),
}

GENERAL: tuple[IndicatorTemplate, ...] = (
    _t(_N("ImpactTemplates", "Veranstaltungen wie geplant durchgeführt"),
       _N("ImpactTemplates", "Anteil der geplanten Termine, die stattgefunden haben."),
       "output", 1, "%", "prozent", "dokumentation"),
    _t(_N("ImpactTemplates", "Zufriedenheit der Teilnehmenden"),
       _N("ImpactTemplates", "Mittlere Bewertung im Feedbackbogen (1 = gar nicht, 5 = sehr zufrieden)."),
       "output", 3, "", "skala", "befragung"),
)


def templates_for(theme_names: list[str]) -> list[IndicatorTemplate]:
    """Templates of the given theme fields, then the general ones; each once."""
    found = [t for name in theme_names for t in TEMPLATES.get(name, ())]
    return list(dict.fromkeys(found + list(GENERAL)))
