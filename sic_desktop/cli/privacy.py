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

from sic_desktop.cli.common import open_workspace, page_count_text, print_json, print_table
from sic_desktop.core.dates import format_date, format_timestamp, to_iso
from sic_desktop.core.i18n import counted, translate
from sic_desktop.core.services.privacy_log import LOG_ACTIONS
from sic_desktop.core.vocab import LEGAL_BASES
from sic_desktop.privacy.access_export import export_access_request
from sic_desktop.privacy.deletion_concept import write_concept_csv
from sic_desktop.privacy.erasure import ErasureReport, erase, server_remains
from sic_desktop.privacy.processing_record_pdf import render_processing_record
from sic_desktop.privacy.review import kept_until, review_list


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "privacy", help=translate("CommandLine", "Datenschutz: Prüfliste, Auskunft, Löschung, Verzeichnis, Protokoll"),
        description=translate("CommandLine", "Aufgaben nach der DSGVO.")
    )
    tasks = parser.add_subparsers(dest="task", metavar=translate("CommandLine", "AUFGABE"), required=True)

    review = tasks.add_parser("review", help=translate("CommandLine", "Datenschutz-Prüfliste zeigen"), description=(
        translate("CommandLine", "Kontakte ohne Rechtsgrundlage, mit abgelaufener Löschfrist nach den Löschregeln oder von Dritten erhoben "
        "und nicht binnen eines Monats informiert (Art. 14).")
    ))
    review.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    review.set_defaults(func=run_review)

    keep = tasks.add_parser("keep", help=translate("CommandLine", "Kontakt begründet weiter speichern"), description=(
        translate("CommandLine", "Vermerkt, warum der Kontakt gespeichert bleibt; nach einem Prüfzeitraum erscheint er wieder.")
    ))
    keep.add_argument("person_id", type=int, metavar=translate("CommandLine", "NR"), help=translate("CommandLine", "Nummer des Kontakts"))
    keep.add_argument("--grund", required=True, metavar="TEXT", help=translate("CommandLine", "Begründung"))
    keep.set_defaults(func=run_keep)

    export = tasks.add_parser("export", help=translate("CommandLine", "Auskunft nach Art. 15 DSGVO als PDF und JSON"), description=(
        translate("CommandLine", "Schreibt alles, was zu einem Kontakt gespeichert ist, als PDF und JSON in einen Ordner.")
    ))
    export.add_argument("person_id", type=int, metavar=translate("CommandLine", "NR"), help=translate("CommandLine", "Nummer des Kontakts"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar=translate("CommandLine", "ORDNER"), help=translate("CommandLine", "Zielordner"))
    export.add_argument("--grund", default="", metavar="TEXT",
                        help=translate(
                            "CommandLine",
                            "Grund für das Datenschutz-Protokoll (Standard: Auskunftsersuchen nach Art. 15 DSGVO)",
                        ))
    export.set_defaults(func=run_export)

    erasure = tasks.add_parser("erase", help=translate("CommandLine", "Kontakt endgültig löschen oder anonymisieren (Art. 17)"), description=(
        translate("CommandLine", "Löscht einen Kontakt endgültig (nicht in den Papierkorb) oder anonymisiert ihn. Freitexte in Notizen "
        "werden nicht verändert, sondern aufgelistet.")
    ))
    erasure.add_argument("person_id", type=int, metavar=translate("CommandLine", "NR"), help=translate("CommandLine", "Nummer des Kontakts"))
    erasure.add_argument("--anonymise", "--anonymisieren", action="store_true", help=translate("CommandLine", "anonymisieren statt löschen"))
    erasure.add_argument("--ja", "--yes", action="store_true", help=translate("CommandLine", "ohne Rückfrage (für Skripte)"))
    erasure.add_argument("--grund", default="", metavar="TEXT",
                         help=translate(
                             "CommandLine",
                             "Grund für das Löschprotokoll (Standard: Löschung nach Art. 17 DSGVO)",
                         ))
    erasure.set_defaults(func=run_erase)

    record = tasks.add_parser("verzeichnis", help=translate("CommandLine", "Verzeichnis von Verarbeitungstätigkeiten (Art. 30) als PDF oder Word-Datei"),
                              description=translate(
                                  "CommandLine",
                                  "Schreibt den ausgefüllten Eintrag für SIC Desktop als PDF (Word wird nicht "
                                  "angeboten); Angaben in Klammern ergänzt die Dienststelle.",
                              ))
    record.add_argument("-o", "--output", required=True, type=Path, metavar=translate("CommandLine", "DATEI.pdf|DATEI.docx"),
                        help=translate("CommandLine", "Zieldatei"))
    record.set_defaults(func=run_record)

    concept = tasks.add_parser("loeschkonzept", help=translate("CommandLine", "Löschregeln mit Begründung als CSV (Löschkonzept)"),
                               description=translate(
                                   "CommandLine",
                                   "Schreibt die Löschregeln und die Fristen des Programms als CSV für Excel.",
                               ))
    concept.add_argument("-o", "--output", required=True, type=Path, metavar=translate("CommandLine", "DATEI.csv"), help=translate("CommandLine", "Zieldatei"))
    concept.set_defaults(func=run_concept)

    log = tasks.add_parser("protokoll", help=translate("CommandLine", "Datenschutz-Protokoll zeigen"), description=(
        translate("CommandLine", "Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum (ohne Namen).")))
    log.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
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
    header = [translate("CommandLine", "Nr."), translate("CommandLine", "Name"), translate("CommandLine", "Grund"),
              translate("CommandLine", "Rechtsgrundlage"), translate("CommandLine", "Einwilligung"),
              translate("CommandLine", "Letzter Kontakt")]
    print_table(header, rows, max_width=80)
    print(counted(len(items), translate("CommandLine", "1 Kontakt zur Prüfung (nach den Löschregeln)."),
                  translate("CommandLine", "{count} Kontakte zur Prüfung (nach den Löschregeln).")))
    return 0


def run_keep(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        decision = ws.keep_decisions.add(args.person_id, args.grund)
        until = kept_until(decision, ws.privacy_settings.review_years)
    print(translate("CommandLine", "Vermerkt. Kontakt Nr. {id} erscheint am {date} wieder in der Prüfliste.").format(
        id=args.person_id, date=format_date(until)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        json_path, pdf_path = export_access_request(ws, args.person_id, args.output, reason=args.grund)
    print(translate("CommandLine", "Auskunft geschrieben:") + f"\n  {pdf_path}\n  {json_path}")
    print(translate("CommandLine", "Vor der Herausgabe prüfen: Notizen können Angaben über weitere Personen enthalten."))
    return 0


def run_erase(args: argparse.Namespace) -> int:
    # No start-of-day backup here: it would be one more copy of the person about to be erased.
    with open_workspace(args, start_backup=False) as ws:
        title = ws.persons.get(args.person_id, include_trashed=True).display_title
        question = (translate("CommandLine", "„{title}“ (Kontakt Nr. {id}) anonymisieren?") if args.anonymise
                    else translate("CommandLine", "„{title}“ (Kontakt Nr. {id}) endgültig löschen?"))
        if not args.ja and not _confirmed(question.format(title=title, id=args.person_id)):
            print(translate("CommandLine", "Abgebrochen. Es wurde nichts geändert."), file=sys.stderr)
            return 1
        report = erase(ws, args.person_id, anonymise=args.anonymise, reason=args.grund)
    _print_report(title, report)
    return 0 if report.complete else 1


def run_record(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in (".pdf", ".docx"):
        print(translate("CommandLine", "„{name}“: Das Verzeichnis wird als PDF (.pdf) oder Word-Datei (.docx) "
                        "geschrieben.").format(name=args.output.name), file=sys.stderr)
        return 2
    with open_workspace(args, start_backup=False) as ws:
        result = render_processing_record(ws, args.output)
    pages = page_count_text(result.page_count) if result is not None else "Word"
    print(translate("CommandLine", "Verzeichnis von Verarbeitungstätigkeiten geschrieben: {path} ({pages}).").format(
        path=args.output, pages=pages))
    print(translate("CommandLine", "Angaben in Klammern bitte ergänzen."))
    return 0


def run_concept(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        count = write_concept_csv(ws, args.output)
    rows = counted(count, translate("CommandLine", "1 Zeile"), translate("CommandLine", "{count} Zeilen"))
    print(translate("CommandLine", "Löschkonzept geschrieben: {path} ({rows}).").format(path=args.output, rows=rows))
    return 0


def run_log(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        entries = ws.privacy_log.entries()
    if args.json:
        print_json([{"at": e.at, "by": e.by, "action": e.action, "subject": e.subject, "reason": e.reason}
                    for e in entries])
        return 0
    rows = [[format_timestamp(e.at), e.by, LOG_ACTIONS.label(e.action), e.subject, e.reason] for e in entries]
    header = [translate("CommandLine", "Zeitpunkt"), translate("CommandLine", "von"), translate("CommandLine", "Vorgang"),
              translate("CommandLine", "betrifft"), translate("CommandLine", "Grund")]
    print_table(header, rows, max_width=50)
    print(counted(len(entries), translate("CommandLine", "1 Eintrag."), translate("CommandLine", "{count} Einträge.")))
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        print(question + " " + translate("CommandLine", "Ohne Rückfrage nur mit --ja."), file=sys.stderr)
        return False
    return input(question + " " + translate("CommandLine", "[j/N]") + " ").strip().casefold() in ("j", "ja", "y", "yes")


def _print_report(title: str, report: ErasureReport) -> None:
    done = (translate("CommandLine", "„{title}“ (Kontakt Nr. {id}) wurde anonymisiert.") if report.anonymised
            else translate("CommandLine", "„{title}“ (Kontakt Nr. {id}) wurde endgültig gelöscht."))
    print(done.format(title=title, id=report.person_id))
    if report.participant_lists_cleaned:
        print(counted(report.participant_lists_cleaned,
                      translate("CommandLine", "Aus den Teilnehmenden einer Notiz entfernt."),
                      translate("CommandLine", "Aus den Teilnehmenden von {count} Notizen entfernt.")))
    if report.saved_searches_removed:
        print(translate("CommandLine", "Gespeicherte Suchen, die den Kontakt nannten, gelöscht: {count}.").format(
            count=len(report.saved_searches_removed)))
    for problem in report.purger_problems:
        print(translate("CommandLine", "Achtung: {problem}").format(problem=problem), file=sys.stderr)
    if report.on_server:
        print(server_remains(report), file=sys.stdout if report.wal_emptied else sys.stderr)
    elif not report.wal_emptied:
        print(
            translate("CommandLine", "Achtung: Die Protokolldatei der Datenbank (-wal) konnte nicht geleert werden, "
                      "weil das Programm noch geöffnet ist. Sie wird beim Schließen des Programms geleert."),
            file=sys.stderr,
        )
    if report.remaining_mentions:
        print(translate("CommandLine", "Diese Texte nennen die Person noch; sie werden nicht automatisch geändert – "
                        "bitte von Hand prüfen:"))
        for mention in report.remaining_mentions:
            trash = " " + translate("CommandLine", "(im Papierkorb)") if mention.trashed else ""
            print("  " + translate("CommandLine", "{kind} Nr. {id}: {title}").format(
                kind=mention.ref.type.label, id=mention.ref.id, title=mention.title) + trash)
    if report.backups:
        print(translate("CommandLine", "Noch in diesen Sicherungen enthalten (bis sie gelöscht werden):"))
        for copy in report.backups:
            if copy.ages_out:
                state = translate("CommandLine", "Stand {date}, wird am {deleted} gelöscht").format(
                    date=format_date(copy.modified), deleted=format_date(copy.ages_out))
            else:
                state = translate("CommandLine", "Stand {date}, wird nicht automatisch gelöscht").format(
                    date=format_date(copy.modified))
            print(f"  {copy.path} ({state})")


