"""Blocks both Wirkungsberichte share: indicator tables, chart grids, learning notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reportlab.platypus import Table, TableStyle

from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_summary import state_texts
from sic_desktop.core.models import Note
from sic_desktop.core.services.impact import IndicatorState
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.vocab import NOTE_KINDS
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports import Document
from sic_desktop.reports.briefings.record_chapter import summary
from sic_desktop.reports.impact.charts import indicator_chart, legend
from sic_desktop.reports.markdown import plain_text
from sic_desktop.reports.styles import FRAME_WIDTH

LEARNING_KINDS = ("reflexionsgespraech", "lessons_learned")
CHART_HEIGHT = 92.0


def indicator_table(document: Document, states: list[IndicatorState], *, with_cooperation: bool = False) -> None:
    """One line per indicator: step, baseline → target, latest value, progress, traffic light."""
    header = [
        translate("ImpactReport", "Indikator"),
        translate("ImpactReport", "Stufe"),
        translate("ImpactReport", "Ausgangswert"),
        translate("ImpactReport", "Ziel"),
        translate("ImpactReport", "Zuletzt gemessen"),
        translate("ImpactReport", "Fortschritt"),
        translate("ImpactReport", "Ampel"),
    ]
    rows = []
    for state in states:
        t = state_texts(state)
        name = f"{state.indicator.cooperation_title}: {t['name']}" if with_cooperation else t["name"]
        rows.append([
            name, str(state.indicator.step or "–"), f"{t['baseline']}\n{t['baseline_date']}",
            f"{t['target']}\n{t['target_date']}", f"{t['latest']}\n{t['latest_date']}".strip(),
            t["progress"], t["light"],
        ])
    document.add_table(header, rows, [3.0, 1.1, 2.75, 2.1, 2.3, 1.95, 1.75])


def chart_grid(document: Document, states: list[IndicatorState]) -> None:
    """The indicators' charts two per row, with the legend once above them."""
    if not states:
        return
    width = FRAME_WIDTH / 2 - 6
    cells = [indicator_chart(state, width, CHART_HEIGHT) for state in states]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    document.add_flowables([legend(FRAME_WIDTH), table])


def learning_notes(ws: Workspace, query: ListQuery, limit: int = 6) -> list[Note]:
    """Reflection notes and lessons learned of the query, newest first."""
    ids: list[int] = []
    for kind in LEARNING_KINDS:
        ids += ws.notes.ids(replace(query, kind=kind, limit=limit))
    notes = ws.notes.get_many(ids, include_trashed=False)
    return sorted(notes, key=lambda n: (n.note_date or date.min, n.id or 0), reverse=True)[:limit]


def add_learning(document: Document, notes: list[Note]) -> None:
    if not notes:
        document.add_empty_hint(translate(
            "ImpactReport", "Keine Reflexionsgespräche oder Lessons Learned im Berichtszeitraum verknüpft."))
        return
    for note in notes:
        heading = f"{note.title} ({NOTE_KINDS.label(note.kind)}, {note.note_date:%d.%m.%Y})"
        document.add_section(heading, 2, outline=False)
        text = plain_text(note.text) if note.text_format == "markdown" else " ".join(note.text.split())
        document.add_paragraph(summary(text, 420))


def add_text(document: Document, label: str, text: str) -> None:
    """A labelled text of the impact model; an empty one is named as missing, so gaps show."""
    document.add_section(label, 2, outline=False)
    if text.strip():
        document.add_markdown(text)
    else:
        document.add_empty_hint(translate("ImpactReport", "Noch nicht beschrieben."))
