"""``sic-desktop privacy``: the DSGVO tasks for the data protection officer and for scripts.

    privacy review [--json]                  the Datenschutz-Prüfliste under the deletion rules and Art. 14
    privacy keep NR --grund TEXT             keep a contact on purpose for one review period
    privacy export NR -o ORDNER              access request (Art. 15) as PDF and JSON
    privacy erase NR [--anonymise] [--ja] [--grund TEXT]   delete for good or anonymise (Art. 17)
    privacy verzeichnis -o DATEI.pdf|.docx   the record of processing activities (Art. 30)
    privacy loeschkonzept -o DATEI.csv       the deletion rules with their reasons
    privacy protokoll [--json]               the Datenschutz-Protokoll (erasures, access requests)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sic_desktop.cli.common import open_workspace, print_json, print_table
from sic_desktop.core.dates import format_date, format_timestamp, to_iso
from sic_desktop.core.services.privacy_log import LOG_ACTIONS
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.privacy.access_export import export_access_request
from sic_desktop.privacy.deletion_concept import write_concept_csv
from sic_desktop.privacy.erasure import ErasureReport, erase, server_remains
from sic_desktop.privacy.processing_record_pdf import render_processing_record
from sic_desktop.privacy.review import kept_until, review_list


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "privacy", help="Datenschutz: Prüfliste, Auskunft, Löschung, Verzeichnis, Protokoll",
        description="Aufgaben nach der DSGVO."
    )
    tasks = parser.add_subparsers(dest="task", metavar="AUFGABE", required=True)

    review = tasks.add_parser("review", help="Datenschutz-Prüfliste zeigen", description=(
        "Kontakte ohne Rechtsgrundlage, mit abgelaufener Löschfrist nach den Löschregeln oder von Dritten erhoben "
        "und nicht binnen eines Monats informiert (Art. 14)."
    ))
    review.add_argument("--json", action="store_true", help="als JSON ausgeben")
    review.set_defaults(func=run_review)

    keep = tasks.add_parser("keep", help="Kontakt begründet weiter speichern", description=(
        "Vermerkt, warum der Kontakt gespeichert bleibt; nach einem Prüfzeitraum erscheint er wieder."
    ))
    keep.add_argument("person_id", type=int, metavar="NR", help="Nummer des Kontakts")
    keep.add_argument("--grund", required=True, metavar="TEXT", help="Begründung")
    keep.set_defaults(func=run_keep)

    export = tasks.add_parser("export", help="Auskunft nach Art. 15 DSGVO als PDF und JSON", description=(
        "Schreibt alles, was zu einem Kontakt gespeichert ist, als PDF und JSON in einen Ordner."
    ))
    export.add_argument("person_id", type=int, metavar="NR", help="Nummer des Kontakts")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="ORDNER", help="Zielordner")
    export.add_argument("--grund", default="", metavar="TEXT",
                        help="Grund für das Datenschutz-Protokoll (Standard: Auskunftsersuchen nach Art. 15 DSGVO)")
    export.set_defaults(func=run_export)

    erasure = tasks.add_parser("erase", help="Kontakt endgültig löschen oder anonymisieren (Art. 17)", description=(
        "Löscht einen Kontakt endgültig (nicht in den Papierkorb) oder anonymisiert ihn. Freitexte in Notizen "
        "werden nicht verändert, sondern aufgelistet."
    ))
    erasure.add_argument("person_id", type=int, metavar="NR", help="Nummer des Kontakts")
    erasure.add_argument("--anonymise", "--anonymisieren", action="store_true", help="anonymisieren statt löschen")
    erasure.add_argument("--ja", "--yes", action="store_true", help="ohne Rückfrage (für Skripte)")
    erasure.add_argument("--grund", default="", metavar="TEXT",
                         help="Grund für das Löschprotokoll (Standard: Löschung nach Art. 17 DSGVO)")
    erasure.set_defaults(func=run_erase)

    record = tasks.add_parser("verzeichnis", help="Verzeichnis von Verarbeitungstätigkeiten (Art. 30) als PDF oder Word-Datei",
                              description="Schreibt den ausgefüllten Eintrag für SIC Desktop als PDF (Word wird nicht "
                              "angeboten); Angaben in Klammern ergänzt die Dienststelle.")
    record.add_argument("-o", "--output", required=True, type=Path, metavar="DATEI.pdf|DATEI.docx", help="Zieldatei")
    record.set_defaults(func=run_record)

    concept = tasks.add_parser("loeschkonzept", help="Löschregeln mit Begründung als CSV (Löschkonzept)",
                               description="Schreibt die Löschregeln und die Fristen des Programms als CSV für Excel.")
    concept.add_argument("-o", "--output", required=True, type=Path, metavar="DATEI.csv", help="Zieldatei")
    concept.set_defaults(func=run_concept)

    log = tasks.add_parser("protokoll", help="Datenschutz-Protokoll zeigen", description=(
        "Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum (ohne Namen)."))
    log.add_argument("--json", action="store_true", help="als JSON ausgeben")
    log.set_defaults(func=run_log)


def run_review(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        items = review_list(ws)
    if args.json:
        print_json(
            [
                {
                    "id": item.person_id,
                    "name": item.name,
                    "organisations": item.organisations,
                    "reasons": [reason.value for reason in item.reasons],
                    "reason_texts": list(item.reason_texts),
                    "legal_basis": item.legal_basis,
                    "consent_date": to_iso(item.consent_date),
                    "last_contact": to_iso(item.last_contact),
                    "due_on": to_iso(item.due_on),
                    "previous_keep_reason": item.previous_keep.reason if item.previous_keep else None,
                }
                for item in items
            ]
        )
        return 0
    rows = [
        [
            str(item.person_id),
            item.name,
            "; ".join(item.reason_texts),
            LEGAL_BASES.label(item.legal_basis),
            format_date(item.consent_date),
            format_date(item.last_contact),
        ]
        for item in items
    ]
    print_table(["Nr.", "Name", "Grund", "Rechtsgrundlage", "Einwilligung", "Letzter Kontakt"], rows, max_width=80)
    print(f"{len(items):,} Kontakte zur Prüfung (nach den Löschregeln).".replace(",", "."))
    return 0


def run_keep(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        decision = ws.keep_decisions.add(args.person_id, args.grund)
        until = kept_until(decision, ws.settings.privacy_review_years)
    print(f"Vermerkt. Kontakt Nr. {args.person_id} erscheint am {format_date(until)} wieder in der Prüfliste.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        json_path, pdf_path = export_access_request(ws, args.person_id, args.output, reason=args.grund)
    print(f"Auskunft geschrieben:\n  {pdf_path}\n  {json_path}")
    print("Vor der Herausgabe prüfen: Notizen können Angaben über weitere Personen enthalten.")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    # No start-of-day backup here: it would be one more copy of the person about to be erased.
    with open_workspace(args, start_backup=False) as ws:
        title = ws.persons.get(args.person_id, include_trashed=True).display_title
        what = "anonymisieren" if args.anonymise else "endgültig löschen"
        if not args.ja and not _confirmed(f"„{title}“ (Kontakt Nr. {args.person_id}) {what}?"):
            print("Abgebrochen. Es wurde nichts geändert.", file=sys.stderr)
            return 1
        report = erase(ws, args.person_id, anonymise=args.anonymise, reason=args.grund)
    _print_report(title, report)
    return 0 if report.complete else 1


def run_record(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in (".pdf", ".docx"):
        print(f"„{args.output.name}“: Das Verzeichnis wird als PDF (.pdf) oder Word-Datei (.docx) geschrieben.",
              file=sys.stderr)
        return 2
    with open_workspace(args, start_backup=False) as ws:
        result = render_processing_record(ws, args.output)
    pages = f"{result.page_count} Seiten" if result is not None else "Word"
    print(f"Verzeichnis von Verarbeitungstätigkeiten geschrieben: {args.output} ({pages}).")
    print("Angaben in Klammern bitte ergänzen.")
    return 0


def run_concept(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        count = write_concept_csv(ws, args.output)
    print(f"Löschkonzept geschrieben: {args.output} ({count} Zeilen).")
    return 0


def run_log(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        entries = ws.privacy_log.entries()
    if args.json:
        print_json([{"at": e.at, "by": e.by, "action": e.action, "subject": e.subject, "reason": e.reason}
                    for e in entries])
        return 0
    rows = [[format_timestamp(e.at), e.by, LOG_ACTIONS.label(e.action), e.subject, e.reason] for e in entries]
    print_table(["Zeitpunkt", "von", "Vorgang", "betrifft", "Grund"], rows, max_width=50)
    print(f"{len(entries):,} Einträge.".replace(",", "."))
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} Ohne Rückfrage nur mit --ja.", file=sys.stderr)
        return False
    return input(f"{question} [j/N] ").strip().casefold() in ("j", "ja", "y", "yes")


def _print_report(title: str, report: ErasureReport) -> None:
    done = "anonymisiert" if report.anonymised else "endgültig gelöscht"
    print(f"„{title}“ (Kontakt Nr. {report.person_id}) wurde {done}.")
    if report.participant_lists_cleaned:
        print(f"Aus den Teilnehmenden von {report.participant_lists_cleaned} Notizen entfernt.")
    if report.saved_searches_removed:
        print(f"Gespeicherte Suchen, die den Kontakt nannten, gelöscht: {len(report.saved_searches_removed)}.")
    for problem in report.purger_problems:
        print(f"Achtung: {problem}", file=sys.stderr)
    if report.on_server:
        print(server_remains(report), file=sys.stdout if report.wal_emptied else sys.stderr)
    elif not report.wal_emptied:
        print(
            "Achtung: Die Protokolldatei der Datenbank (-wal) konnte nicht geleert werden, weil das Programm "
            "noch geöffnet ist. Sie wird beim Schließen des Programms geleert.",
            file=sys.stderr,
        )
    if report.remaining_mentions:
        print("Diese Texte nennen die Person noch; sie werden nicht automatisch geändert – bitte von Hand prüfen:")
        for mention in report.remaining_mentions:
            trash = " (im Papierkorb)" if mention.trashed else ""
            print(f"  {mention.ref.type.label} Nr. {mention.ref.id}: {mention.title}{trash}")
    if report.backups:
        print("Noch in diesen Sicherungen enthalten (bis sie gelöscht werden):")
        for copy in report.backups:
            ages_out = f", wird am {format_date(copy.ages_out)} gelöscht" if copy.ages_out else ", wird nicht automatisch gelöscht"
            print(f"  {copy.path} (Stand {format_date(copy.modified)}{ages_out})")


