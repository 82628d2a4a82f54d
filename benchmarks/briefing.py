"""Time and peak memory of briefings, each next to baselines measured in the same run.

1. An organisation briefing of an organisation with 20 persons and 200 notes
   (made in a temporary data folder): as staff print it (5 newest notes as
   summaries) and with all 200 notes in full.
2. The theme-field report of „Work & Care“ over the 50,000-note demo data set,
   for one quarter and for one year. The data set is made once with
   ``sic-desktop --data-dir /tmp/bigdata demo --persons 5000 --notes 50000``
   (about 20 s) unless the folder already holds it.

Baselines: ``collect only`` runs the same workspace queries without a PDF;
``plain reportlab`` lays the collected texts out as one Paragraph each (tables
as tables of Paragraphs) in a SimpleDocTemplate with built-in Helvetica.
Time is measured without tracing; peak memory (tracemalloc) in a second,
traced run, since tracing slows the work down.
Run: ``python benchmarks/briefing.py [--bigdata FOLDER]``
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from sic_desktop.core.models import FollowUp, Membership, Note, Organisation, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings import BriefingOptions, build_briefing

WORK_AND_CARE = 2
NOTE_TEXT = (
    "Die Teilnehmenden berichten über **Kinderbetreuungsangebote** und pflegende Angehörige im Quartier. "
    "Frau Schäfer schlägt vor, die Sprechstunde zu verstetigen.\n\n## Ergebnisse\n"
    "- Elterncafé im Stadtteilzentrum\n- Pflege-Lotsin als feste Ansprechperson\n\n"
    "## Nächste Schritte\nTermin mit dem Jobcenter abstimmen."
)


def organisation_with_20_persons_and_200_notes(ws: Workspace) -> RecordRef:
    org = ws.organisations.create(
        Organisation(name="Nachbarschaftshilfe Nordstadt e.V.", sector="zivilgesellschaft", district="Nordstadt",
                     street="Münsterstraße 12", postal_code="44145", city="Dortmund", theme_ids=[WORK_AND_CARE])
    )
    person_ids = ws.persons.create_many(
        Person(first_name="Jürgen", last_name=f"Weiß {n}", emails=[f"j.weiss{n}@nordstadt.de"], phones=[f"0231 44408{n:02d}"],
               legal_basis="oeffentliche_aufgabe", memberships=[Membership(organisation_id=org.id, function="Ehrenamt")])
        for n in range(20)
    )
    ws.notes.create_many(
        Note(kind="workshopprotokoll", note_date=date(2024, 1, 1 + n % 28).replace(month=1 + n % 12), title=f"Workshop {n}",
             text=NOTE_TEXT, participants=["Jürgen Weiß", "Lena Vogt"], organisation_ids=[org.id],
             person_ids=person_ids[n % 20 : n % 20 + 1], theme_ids=[WORK_AND_CARE])
        for n in range(200)
    )
    ws.followups.create_many(
        FollowUp(text=f"Rückruf {n}", due_date=date(2030, 1, 1 + n), target=RecordRef(RecordType.PERSON, person_ids[n]))
        for n in range(10)
    )
    return org.ref


def collect_organisation(ws: Workspace, ref: RecordRef, notes: int) -> dict[str, Any]:
    """The queries an organisation briefing runs, without a PDF."""
    org = ws.organisations.get(ref.id)
    members = ws.persons.members_of(org.id)
    persons = ws.persons.get_many([m.person_id for m in members])
    coops = ws.cooperations.list(ListQuery(organisation_id=org.id, sort="status"))
    note_ids = ws.notes.ids(ListQuery(organisation_id=org.id))
    latest = ws.notes.get_many(note_ids[:notes])
    targets = [ref, *(p.ref for p in persons), *(c.ref for c in coops), *(RecordRef(RecordType.NOTE, i) for i in note_ids)]
    followups = ws.followups.for_records(targets)
    return {
        "title": org.name,
        "paragraphs": [org.description, *(n.text for n in latest)],
        "rows": [[p.full_name, ", ".join(p.emails), ", ".join(p.phones)] for p in persons]
        + [[n.title, n.kind, n.note_date.isoformat()] for n in latest]
        + [[f.text, f.due_date.isoformat(), f.target_title] for f in followups],
    }


def collect_theme(ws: Workspace, options: BriefingOptions) -> dict[str, Any]:
    """The queries a theme-field report runs, without a PDF."""
    query = ListQuery(theme_id=WORK_AND_CARE, date_from=options.date_from, date_to=options.date_to)
    coops = ws.cooperations.list(query)
    org_ids = ws.organisations.ids(ListQuery(theme_id=WORK_AND_CARE))
    orgs = ws.organisations.summaries(org_ids)
    notes = ws.notes.summaries(ws.notes.ids(ListQuery(theme_id=WORK_AND_CARE, date_from=options.date_from,
                                                      date_to=options.date_to, sort="date")))
    return {
        "title": "Work & Care",
        "paragraphs": [],
        "rows": [[c.title, c.status, ", ".join(p.name for p in c.partners)] for c in coops]
        + [[o["name"], o["sector"], o["district"]] for o in orgs]
        + [[n["note_date"], n["kind"], n["title"], n["linked"]] for n in notes],
    }


def plain_reportlab(data: dict[str, Any]) -> int:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = [Paragraph(escape(data["title"]), styles["Title"])]
    story += [Paragraph(escape(text), body) for text in data["paragraphs"] if text]
    story.append(Table([[Paragraph(escape(str(cell)), body) for cell in row] for row in data["rows"]], repeatRows=0))
    template = SimpleDocTemplate(io.BytesIO())
    template.build(story)
    return template.page


def measure(work: Callable[[], int]) -> tuple[int, float, float]:
    """Pages, seconds, peak MiB."""
    start = time.perf_counter()
    pages = work()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return pages, seconds, peak


def briefing(ws: Workspace, ref: RecordRef, options: BriefingOptions) -> Callable[[], int]:
    return lambda: run_to_end(build_briefing(ws, ref, options, io.BytesIO())).page_count


def without_pdf(collect: Callable[[], object]) -> Callable[[], int]:
    """Data collection alone: no pages."""
    return lambda: (collect(), 0)[1]


def report(name: str, rows: list[tuple[str, Callable[[], int]]]) -> None:
    for label, work in rows:
        pages, seconds, peak = measure(work)
        print(f"{name:<34}{label:<18}{pages:>6}{seconds:>10.3f}{peak:>10.1f}")


def ensure_bigdata(folder: Path) -> None:
    if (folder / "sic-desktop.sqlite3").exists():
        return
    print(f"Lege den großen Demodatenbestand in {folder} an (etwa 20 s) …", file=sys.stderr)
    command = [sys.executable, "-m", "sic_desktop", "--data-dir", str(folder), "demo", "--persons", "5000", "--notes", "50000"]
    subprocess.run(command, check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bigdata", type=Path, default=Path("/tmp/bigdata"))
    args = parser.parse_args()
    ensure_bigdata(args.bigdata)
    print(f"{'briefing':<34}{'measured':<18}{'pages':>6}{'seconds':>10}{'peak MiB':>10}")
    with tempfile.TemporaryDirectory() as folder, Workspace.open(folder) as ws:
        ref = organisation_with_20_persons_and_200_notes(ws)
        typical, full = BriefingOptions(), BriefingOptions(recent_notes=200, full_note_texts=True)
        run_to_end(build_briefing(ws, ref, typical, io.BytesIO()))  # imports and fonts are not what we measure
        for name, options in [("organisation, 5 newest notes", typical), ("organisation, 200 notes in full", full)]:
            report(name, [
                ("briefing", briefing(ws, ref, options)),
                ("collect only", without_pdf(lambda n=options.recent_notes: collect_organisation(ws, ref, n))),
                ("plain reportlab", lambda n=options.recent_notes: plain_reportlab(collect_organisation(ws, ref, n))),
            ])
    with Workspace.open(args.bigdata) as ws:
        theme = RecordRef(RecordType.THEME, WORK_AND_CARE)
        for name, options in [
            ("theme field, one quarter (50k)", BriefingOptions(date_from=date(2025, 10, 1), date_to=date(2025, 12, 31))),
            ("theme field, one year (50k)", BriefingOptions(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))),
        ]:
            report(name, [
                ("briefing", briefing(ws, theme, options)),
                ("collect only", without_pdf(lambda o=options: collect_theme(ws, o))),
                ("plain reportlab", lambda o=options: plain_reportlab(collect_theme(ws, o))),
            ])


if __name__ == "__main__":
    main()
