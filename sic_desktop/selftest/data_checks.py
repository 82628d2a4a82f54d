"""Checks without a window: the database with demo data, the search index, the PDF fonts, a briefing PDF.

All of them work in the run's temporary folder; the user's data folder is never opened.
"""

from __future__ import annotations

import sqlite3

from sic_desktop.core.database_check import check_database
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.pdf_fonts import register_fonts
from sic_desktop.reports.briefings import BriefingOptions, build_briefing
from sic_desktop.search.service import SearchService
from sic_desktop.selftest.runner import CheckFailed, SelftestRun

# Small enough to take a second, big enough that every record type and link occurs.
DEMO_SIZE = DemoSize(persons=30, notes=60)
# The German analysis at work: participle, Umlaut typed as „oe“, lower case.
SEARCH_QUERY = "pflege angehoerige"
SEARCH_EXPECTS = "pflegende Angehörige"
# Characters every German briefing prints; a font without them would show boxes.
GERMAN_CHARACTERS = "äöüÄÖÜß„“‚‘–€"


def database_with_demo(run: SelftestRun) -> str:
    run.opened = Workspace.open(run.folder / "daten", user="selbsttest")
    counts = run_to_end(load_demo(run.opened, DEMO_SIZE))
    problems = check_database(run.opened)
    if problems:
        raise CheckFailed(" ".join(problems))
    return (
        f"SQLite {sqlite3.sqlite_version}: {sum(counts.values())} Demodatensätze in einem temporären Ordner "
        "angelegt und ohne Befund geprüft."
    )


def search(run: SelftestRun) -> str:
    """Build the real index of the demo data on disk, then find „pflegende Angehörige“ typed without Umlaut and inflection."""
    notes = run.workspace.notes.get_many(run.workspace.notes.ids(ListQuery()))
    expected = {note.ref for note in notes if SEARCH_EXPECTS in note.text}
    with SearchService(run.workspace, listen=False) as service:
        indexed = run_to_end(service.rebuild())
        found = {hit.ref for hit in service.search(SEARCH_QUERY, types=[RecordType.NOTE], limit=len(notes)).hits}
    if not expected or not expected <= found:
        raise CheckFailed(
            f"„{SEARCH_QUERY}“ findet {len(expected & found)} von {len(expected)} Notizen mit „{SEARCH_EXPECTS}“."
        )
    return f"{indexed} Einträge indiziert; „{SEARCH_QUERY}“ findet alle {len(expected)} Notizen mit „{SEARCH_EXPECTS}“."


def pdf_fonts(run: SelftestRun) -> str:
    try:
        coverage = register_fonts()
    except OSError as error:
        raise CheckFailed(f"Eine Schriftdatei fehlt oder ist unlesbar: {error.filename or error}") from error
    lacking = {name: [c for c in GERMAN_CHARACTERS if ord(c) not in points] for name, points in coverage.items()}
    lacking = {name: chars for name, chars in lacking.items() if chars}
    if lacking:
        raise CheckFailed(
            "Schriften ohne deutsche Zeichen: "
            + "; ".join(f"{name} ohne {''.join(chars)}" for name, chars in lacking.items())
        )
    return f"{len(coverage)} Schriftschnitte (DejaVu) geladen, alle mit Umlauten, ß, „“ und €."


def briefing_pdf(run: SelftestRun) -> str:
    """An organisation's briefing and a theme-field report (with network map and gap matrix)."""
    workspace = run.workspace
    subjects = {
        "Organisation": RecordRef(RecordType.ORGANISATION, workspace.organisations.ids(ListQuery(limit=1))[0]),
        "Themenfeld-Bericht": RecordRef(RecordType.THEME, workspace.themes.ids(ListQuery(limit=1))[0]),
    }
    written = []
    for label, subject in subjects.items():
        target = run.folder / f"{subject.type.value}.pdf"
        result = run_to_end(build_briefing(workspace, subject, BriefingOptions(), target))
        if target.read_bytes()[:5] != b"%PDF-":
            raise CheckFailed(f"„{target.name}“ ist keine PDF-Datei.")
        if result.missing_characters:
            raise CheckFailed(f"Zeichen fehlen in den Schriften: {''.join(result.missing_characters)}")
        written.append(f"{label} {result.page_count} S.")
    return ", ".join(written) + " in einen temporären Ordner geschrieben."


def attachment_text(run: SelftestRun) -> str:
    """The briefing PDF read in a child process, as the window reads attachments: the packaged program must start it."""
    from sic_desktop.io.attachment_text_process import TextReadingProcess

    pdf = run.folder / f"{RecordType.ORGANISATION.value}.pdf"
    reader = TextReadingProcess(timeout=60)
    try:
        words = reader.read([(pdf, pdf.name)])[0].split()
    finally:
        reader.close()
    if not words:
        raise CheckFailed("Ein eigener Prozess zum Lesen von PDF-Anhängen lieferte keinen Text.")
    return f"{len(words)} Wörter des Briefing-PDF in einem eigenen Prozess gelesen (Text von Anhängen für die Suche)."
