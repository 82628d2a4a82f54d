"""The Wirkungsbericht of one cooperation, in the chapters of the Social Reporting Standard.

Problem und Ansatz (the impact model), Ressourcen (input indicators and supporters),
Leistungen (output: Wirkungstreppe steps 1–3), Wirkungen (outcome and impact: steps 4–7),
Lernerfahrungen (linked reflection notes and lessons learned), Planung und Risiken
(assumptions, risks and the next measurements). Two to four pages for a committee.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES, PARTNER_ROLES
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import Document, RenderResult
from sic_desktop.reports.impact.blocks import add_learning, add_text, chart_grid, indicator_table, learning_notes
from sic_desktop.reports.pdf_or_word import write_pdf_or_word

_COOP = RecordType.COOPERATION


def cooperation_report(ws: Workspace, cooperation_id: int, target: Path, *, year: int | None = None) -> RenderResult | None:
    """Write the report of ``cooperation_id`` (measurements up to the end of ``year``, or today)."""
    coop = ws.cooperations.get(cooperation_id)
    on = min(today(), date(year, 12, 31)) if year else today()
    states = ws.impact.states(cooperation_id, on=on)
    period = str(year) if year else translate("ImpactReport", "Stand {date}").format(date=format_date(on))
    document = Document(translate("ImpactReport", "Wirkungsbericht: {title}").format(title=coop.title),
                        subject=translate("ImpactReport", "Wirkungsbericht {period}").format(period=period))
    document.add_paragraph(translate("ImpactReport", "{status} · {period} · verantwortlich: {responsible}").format(
        status=COOPERATION_STATUSES.label(coop.status), period=period, responsible=coop.responsible or "–"),
        muted=True)

    document.add_section(translate("ImpactReport", "1. Problem und Ansatz"))
    add_text(document, field_label(_COOP, "impact_problem"), coop.impact_problem)
    add_text(document, translate("ImpactReport", "Ansatz"), coop.description or coop.goals)
    document.add_key_values([
        (field_label(_COOP, "impact_target_direct"), coop.impact_target_direct or "–"),
        (field_label(_COOP, "impact_target_indirect"), coop.impact_target_indirect or "–"),
    ])
    add_text(document, field_label(_COOP, "impact_outcomes"), coop.impact_outcomes)

    document.add_section(translate("ImpactReport", "2. Ressourcen (Input)"))
    supporters = [f"{p.name} ({PARTNER_ROLES.label(p.role)})" for p in coop.partners]
    document.add_key_values([(field_label(_COOP, "partners"), ", ".join(supporters) or "–")])
    _indicators(document, [s for s in states if s.indicator.level == "input"],
                translate("ImpactReport", "Für die Ressourcen ist kein Indikator angelegt."))

    document.add_section(translate("ImpactReport", "3. Leistungen (Output)"))
    _indicators(document, [s for s in states if s.indicator.level == "output"],
                translate("ImpactReport", "Für die Leistungen ist kein Indikator angelegt."), charts=True)

    document.add_section(translate("ImpactReport", "4. Wirkungen (Outcome und Impact)"))
    _indicators(document, [s for s in states if s.indicator.level in ("outcome", "impact")],
                translate("ImpactReport", "Für Wirkungen ist noch kein Indikator angelegt."), charts=True)

    document.add_section(translate("ImpactReport", "5. Lernerfahrungen"))
    period_query = ListQuery(cooperation_id=cooperation_id, date_from=date(year, 1, 1) if year else None,
                             date_to=date(year, 12, 31) if year else None)
    add_learning(document, learning_notes(ws, period_query))

    document.add_section(translate("ImpactReport", "6. Planung und Risiken"))
    add_text(document, field_label(_COOP, "impact_assumptions"), coop.impact_assumptions)
    next_rows = [[s.indicator.name, format_date(s.assessment.next_due), s.indicator.responsible,
                  translate("ImpactReport", "überfällig") if s.assessment.overdue else ""]
                 for s in states if s.assessment.next_due]
    if next_rows:
        document.add_section(translate("ImpactReport", "Nächste Messungen"), 2, outline=False)
        document.add_table([translate("ImpactReport", "Indikator"), translate("ImpactReport", "fällig am"),
                            translate("ImpactReport", "Zuständig"), ""], next_rows, [4, 1.5, 2, 1.2])
    return write_pdf_or_word(ws, document, target)


def _indicators(document: Document, states: list, empty: str, *, charts: bool = False) -> None:
    if not states:
        document.add_empty_hint(empty)
        return
    indicator_table(document, states)
    if charts:
        chart_grid(document, states)
