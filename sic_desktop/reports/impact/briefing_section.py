"""The compact „Wirkung“ part of a cooperation's briefing: intended outcomes and one line per indicator."""

from __future__ import annotations

from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_summary import state_texts
from sic_desktop.core.models import Cooperation
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings.chapter import Writer


def add_impact_section(writer: Writer, ws: Workspace, coop: Cooperation) -> None:
    """Left out while the cooperation has neither an impact model nor indicators."""
    states = ws.impact.states(coop.stored_id)
    if not states and not coop.impact_outcomes.strip():
        return
    writer.subsection(translate("Briefings", "Wirkung"), outline=False)
    if coop.impact_outcomes.strip():
        writer.document.add_markdown(writer.text(coop.impact_outcomes))
    if not states:
        writer.document.add_empty_hint(translate("Briefings", "Noch keine Indikatoren angelegt."))
        return
    rows = []
    for state in states:
        t = state_texts(state)
        rows.append([t["name"], str(state.indicator.step or "–"), t["latest"] or "–", t["target"], t["progress"],
                     t["light"]])
    writer.document.add_table(
        [translate("Briefings", "Indikator"), translate("Briefings", "Stufe"), translate("Briefings", "Zuletzt"),
         translate("Briefings", "Ziel"), translate("Briefings", "Fortschritt"), translate("Briefings", "Ampel")],
        rows, [3.5, 1.1, 1.8, 1.8, 1.9, 1.8])
