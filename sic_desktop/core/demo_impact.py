"""Demo data of the Wirkungsmessung: impact models, indicators and two years of measurements.

Each running cooperation (Pilot, Umsetzung, Verstetigt) gets an impact model in its
theme field's words and four indicators from the templates, measured monthly for two
years on a path that tells a story: some indicators run ahead, some on the straight
path, some lag (gefährdet) and some stall (nicht im Plan); a few stopped being measured
three months ago, so the portfolio lists overdue measurements. The benchmark calls
``add_impact`` for every cooperation.
"""

from __future__ import annotations

import random
from datetime import date

from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_progress import add_months
from sic_desktop.core.impact_templates import templates_for
from sic_desktop.core.models import Indicator, Measurement
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace

MONTHS = 24
INDICATORS_PER_COOPERATION = 4
RUNNING = ("pilot", "umsetzung", "verstetigt")
# Share of the way to the target reached after two of three years, per story.
STORIES = {"ahead": 0.85, "on_path": 0.62, "lagging": 0.48, "stalled": 0.25}
_STORY_WEIGHTS = (3, 4, 2, 2)

MODELS = {
    "Arbeit im Quartier": (
        "Viele Menschen im Quartier sind lange ohne Arbeit; Angebote der Stadt erreichen sie kaum.",
        "Langzeitarbeitslose und junge Erwachsene aus dem Quartier",
        "Betriebe im Quartier, Familien der Teilnehmenden",
        "Mehr Menschen aus dem Quartier finden Arbeit oder Ausbildung; Betriebe stellen vor Ort ein.",
        "Annahme: Beratung vor Ort senkt die Schwelle. Risiko: Förderung endet 2027.",
    ),
    "Work & Care": (
        "Beschäftigte mit Kindern oder pflegebedürftigen Angehörigen reduzieren Stunden oder kündigen.",
        "Beschäftigte mit Sorgeaufgaben in den Partnerunternehmen",
        "Personalverantwortliche, Pflegedienste, Kitas",
        "Unternehmen bieten verlässliche Vereinbarkeitslösungen; weniger Beschäftigte steigen aus.",
        "Annahme: Geschäftsführungen tragen das Thema. Risiko: Personalwechsel bei Partnern.",
    ),
    "Wirtschaft & Schule": (
        "Jugendliche verlassen die Schule ohne Vorstellung von Berufen in ihrer Stadt.",
        "Schülerinnen und Schüler der Klassen 8 bis 10",
        "Lehrkräfte, Eltern, Ausbildungsbetriebe",
        "Jugendliche wählen einen Ausbildungsberuf bewusst; Betriebe finden Nachwuchs.",
        "Annahme: Praxis im Betrieb wirkt stärker als Unterricht. Risiko: Stundenplan lässt wenig Raum.",
    ),
    "Corporate Social Responsibility": (
        "Unternehmen wollen sich engagieren, finden aber keinen Zugang zu Initiativen im Quartier.",
        "Unternehmen und ihre Beschäftigten",
        "Initiativen und Vereine im Quartier",
        "Dauerhafte Partnerschaften zwischen Unternehmen und Initiativen.",
        "Annahme: Engagement braucht eine Vermittlung. Risiko: Engagement bleibt einmalig.",
    ),
    "Stiftungen": (
        "Gute Projekte enden, wenn die Anschubförderung ausläuft.",
        "Projektträger im Stadtgebiet",
        "Stiftungen, Verwaltung",
        "Projekte finden eine Anschlussfinanzierung und laufen weiter.",
        "Annahme: Stiftungstag bringt Förderer und Träger zusammen. Risiko: Zinsumfeld der Stiftungen.",
    ),
}


def load_impact_demo(workspace: Workspace, rng: random.Random, today: date) -> ProgressGenerator[int]:
    """Impact data for the running cooperations of the demo; returns how many indicators."""
    coop_ids = [c.stored_id for c in workspace.cooperations.list() if c.status in RUNNING]
    return (yield from add_impact(workspace, coop_ids, rng, today, gaps=True))


def add_impact(
    workspace: Workspace, coop_ids: list[int], rng: random.Random, today: date, *, gaps: bool = False
) -> ProgressGenerator[int]:
    """Four indicators with monthly measurements over two years for each cooperation (one transaction)."""
    themes = workspace.themes.names()
    message = translate("Demo", "Wirkungsmessungen werden angelegt …")
    count = 0
    with workspace.database.write():
        for done, coop_id in enumerate(coop_ids, start=1):
            coop = workspace.cooperations.get(coop_id)
            names = [themes[t] for t in coop.theme_ids if t in themes]
            model = MODELS.get(names[0] if names else "", MODELS["Corporate Social Responsibility"])
            (coop.impact_problem, coop.impact_target_direct, coop.impact_target_indirect, coop.impact_outcomes,
             coop.impact_assumptions) = model
            workspace.cooperations.update(coop)
            notes = workspace.notes.ids(ListQuery(cooperation_id=coop_id, limit=3))
            templates = templates_for(names)[:INDICATORS_PER_COOPERATION]
            for template in templates:
                _indicator(workspace, template.indicator(coop_id), rng, today, notes, gaps)
                count += 1
            if done % 25 == 0 or done == len(coop_ids):
                yield Progress(done, len(coop_ids), message)
    return count


def _indicator(ws: Workspace, indicator: Indicator, rng: random.Random, today: date, notes: list[int],
               gaps: bool) -> None:
    start = add_months(today, -MONTHS)
    indicator.baseline_date, indicator.target_date = start, add_months(start, 36)
    indicator.baseline_value, indicator.target_value = _range(indicator.unit_type, rng)
    indicator.rhythm = "monatlich"
    indicator.responsible = rng.choice(("Hendrik Brauer", "Aylin Demir", "Jana Kowalski", "Tobias Reuter"))
    indicator.source = translate("Demo", "Eigene Erhebung des Teams")
    stored = ws.indicators.create(indicator)
    story = rng.choices(tuple(STORIES), weights=_STORY_WEIGHTS)[0]
    months = MONTHS - (3 if gaps and rng.random() < 0.12 else 0)
    measurements = [
        Measurement(
            indicator_id=stored.id, period_start=add_months(start, month - 1), measured_on=add_months(start, month),
            value=_value(stored, STORIES[story] * month / MONTHS, rng),
            confidence=rng.choice(("hoch", "hoch", "mittel", "niedrig")),
            evidence_note_id=notes[0] if notes and month == months else None,
            comment=translate("Demo", "Zahlen aus dem Quartalsgespräch") if month % 6 == 0 else "",
        )
        for month in range(1, months + 1)
    ]
    ws.measurements.create_many(measurements)


def _range(unit_type: str, rng: random.Random) -> tuple[float, float]:
    if unit_type == "prozent":
        low = float(rng.randint(20, 40))
        return low, low + 30
    if unit_type == "euro":
        return 0.0, float(rng.randrange(20_000, 65_000, 5_000))
    if unit_type == "skala":
        return round(rng.uniform(2.2, 2.8), 1), 4.0
    if unit_type == "ja_nein":
        return 0.0, 1.0
    return 0.0, float(rng.choice((40, 60, 120, 200)))


def _value(indicator: Indicator, share: float, rng: random.Random) -> float:
    baseline, target = indicator.baseline_value or 0.0, indicator.target_value or 0.0
    if indicator.unit_type == "ja_nein":
        return 1.0 if share >= 0.8 else 0.0
    noisy = max(0.0, share + rng.uniform(-0.03, 0.03))
    value = baseline + (target - baseline) * noisy
    if indicator.unit_type == "anzahl":
        return float(round(value))
    if indicator.unit_type == "euro":
        return float(round(value, -2))
    if indicator.unit_type == "skala":
        return min(5.0, max(1.0, round(value, 1)))
    return min(100.0, round(value, 1))
