"""The Wirkungsbericht of a theme field and year: all its cooperations for a committee.

The same chapters as a cooperation's report (Social Reporting Standard), summed up:
how far up the Wirkungstreppe the cooperations got, how the indicators stand
(traffic lights per level), the outcome and impact indicators one line each, the
year's reflection notes and lessons learned, and the risks and overdue measurements.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_summary import percent
from sic_desktop.core.impact_values import format_value
from sic_desktop.core.impact_vocab import IOOI_LEVELS, STEPS, TRAFFIC_LIGHTS, step_label
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.briefings.record_chapter import summary
from sic_desktop.reports.impact.blocks import add_learning, learning_notes
from sic_desktop.reports.impact.charts import bar_chart
from sic_desktop.reports.pdf_or_word import write_pdf_or_word
from sic_desktop.reports.styles import FRAME_WIDTH

_LIGHTS = ("on_track", "at_risk", "off_track", "no_data")
# A committee reads a few pages: longer lists show this many lines and say how many more there are.
SHOWN = 12


def theme_report(ws: Workspace, theme_id: int, year: int, target: Path) -> RenderResult | None:
    """Write the report of the theme field ``theme_id`` for ``year`` (measurements up to its end)."""
    theme = ws.themes.get(theme_id)
    on = min(today(), date(year, 12, 31))
    portfolio = ws.impact.portfolio(year=year)
    coops = [c for c in portfolio.cooperations if theme_id in c.theme_ids]
    records = {c.id: c for c in ws.cooperations.get_many([c.id for c in coops], include_trashed=False)}
    states = ws.impact.states_for_cooperations([c.id for c in coops], on=on)
    every_state = [s for c in coops for s in states[c.id]]
    document = Document(translate("ImpactReport", "Wirkungsbericht {theme} {year}").format(theme=theme.name, year=year),
                        subject=translate("ImpactReport", "Wirkungsbericht nach dem Social Reporting Standard"))
    measured = sum(1 for s in every_state for m in s.measurements if m.measured_on and m.measured_on.year == year)
    document.add_paragraph(translate(
        "ImpactReport", "{coops} Kooperationen mit {indicators} Indikatoren und {measurements} Messungen im Jahr "
        "{year}; Stand der Bewertung: {date}.").format(coops=len(coops), indicators=len(every_state),
                                                       measurements=measured, year=year, date=format_date(on)),
        muted=True)

    document.add_section(translate("ImpactReport", "1. Problem und Ansatz"))
    leading = sorted((c for c in coops if c.id in records), key=lambda c: (-c.highest_step, c.title.casefold()))
    _limited(document, [translate("ImpactReport", "Kooperation"), translate("ImpactReport", "Status"),
                        translate("ImpactReport", "Problem und Ausgangslage")],
             [[c.title, COOPERATION_STATUSES.label(c.status), summary(records[c.id].impact_problem, 160) or "–"]
              for c in leading], [3, 1.3, 5.5])

    document.add_section(translate("ImpactReport", "2. Ressourcen (Input)"))
    inputs = [s for s in every_state if s.indicator.level == "input"]
    euros: dict[str, float] = defaultdict(float)
    for s in inputs:
        if s.indicator.unit_type == "euro" and s.assessment.latest:
            euros[s.indicator.name] += s.assessment.latest.value or 0
    document.add_key_values([(name, format_value(total, "euro")) for name, total in sorted(euros.items())]
                            or [(translate("ImpactReport", "Input-Indikatoren"), str(len(inputs)))])

    document.add_section(translate("ImpactReport", "3. Leistungen (Output)"))
    rows = [(IOOI_LEVELS.label(level), [sum(1 for s in every_state if s.indicator.level == level
                                            and s.assessment.light == light) for light in _LIGHTS])
            for level in IOOI_LEVELS.keys]
    document.add_flowables([bar_chart(
        rows, [TRAFFIC_LIGHTS.label(light) for light in _LIGHTS], FRAME_WIDTH,
        title=translate("ImpactReport", "Ampel der Indikatoren je Wirkungsebene (Anzahl Indikatoren):"))])

    document.add_section(translate("ImpactReport", "4. Wirkungen (Outcome und Impact)"))
    steps = Counter(c.highest_step for c in coops)
    step_rows = [(translate("ImpactReport", "ohne Nachweis"), [steps[0]])] + [
        (step_label(step), [steps[step]]) for step in STEPS]
    document.add_flowables([bar_chart(step_rows, [translate("ImpactReport", "Kooperationen")], FRAME_WIDTH, title=translate(
        "ImpactReport", "Höchste Stufe der Wirkungstreppe mit Nachweis {year} (Anzahl Kooperationen):").format(
            year=year))])
    outcomes = [s for s in every_state if s.indicator.level in ("outcome", "impact")]
    if outcomes:
        document.add_paragraph(translate("ImpactReport", "Indikatoren der Wirkungen, zusammengefasst über die "
                                         "Kooperationen (Anzahl und mittlerer Fortschritt):"))
        _outcome_summary(document, outcomes)

    document.add_section(translate("ImpactReport", "5. Lernerfahrungen"))
    add_learning(document, learning_notes(ws, ListQuery(theme_id=theme_id, date_from=date(year, 1, 1),
                                                        date_to=date(year, 12, 31))))

    document.add_section(translate("ImpactReport", "6. Planung und Risiken"))
    risks = [[c.title, summary(records[c.id].impact_assumptions, 200)] for c in leading
             if records[c.id].impact_assumptions]
    if risks:
        _limited(document, [translate("ImpactReport", "Kooperation"), translate("ImpactReport", "Annahmen und Risiken")],
                 risks, [3, 6])
    overdue = [o for o in ws.impact.overdue(on=on) if o.cooperation_id in records]
    document.add_section(translate("ImpactReport", "Überfällige Messungen"), 2, outline=False)
    if overdue:
        _limited(document, [translate("ImpactReport", "Kooperation"), translate("ImpactReport", "Indikator"),
                            translate("ImpactReport", "fällig seit"), translate("ImpactReport", "Zuständig")],
                 [[o.cooperation, o.indicator, format_date(o.due), o.responsible] for o in overdue], [3, 3, 1.4, 2])
    else:
        document.add_empty_hint(translate("ImpactReport", "Keine Messung ist überfällig."))
    return write_pdf_or_word(ws, document, target)


def _limited(document: Document, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    """The first ``SHOWN`` rows, and a line saying how many more there are."""
    document.add_table(header, rows[:SHOWN], widths)
    if len(rows) > SHOWN:
        document.add_empty_hint(translate(
            "ImpactReport", "… und {count} weitere (vollständig in SIC Desktop auf der Seite „Wirkung“ und in den "
            "Wirkungsberichten der Kooperationen).").format(count=len(rows) - SHOWN))


def _outcome_summary(document: Document, states: list[IndicatorState]) -> None:
    """One line per indicator name and step: how many cooperations, how their traffic lights stand."""
    groups: dict[tuple[int, str], list[IndicatorState]] = {}
    for state in states:
        groups.setdefault((state.indicator.step or 0, state.indicator.name), []).append(state)
    rows = []
    for (step, name), members in sorted(groups.items()):
        lights = Counter(m.assessment.light for m in members)
        shares = [m.assessment.progress for m in members if m.assessment.progress is not None]
        rows.append([name, str(step or "–"), str(len(members))]
                    + [str(lights[light]) for light in _LIGHTS[:3]]
                    + [percent(sum(shares) / len(shares)) if shares else "–"])
    _limited(document, [translate("ImpactReport", "Indikator"), translate("ImpactReport", "Stufe"),
                        translate("ImpactReport", "Kooperationen")]
             + [TRAFFIC_LIGHTS.label(light) for light in _LIGHTS[:3]]
             + [translate("ImpactReport", "mittlerer Fortschritt")], rows, [2.9, 1.0, 2.2, 1.3, 1.7, 1.5, 1.8])
