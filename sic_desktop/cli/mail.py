"""``sic-desktop mail DATEI.eml|.msg``: an e-mail becomes a note of kind „E-Mail“ with its attachments."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.cli.common import open_workspace
from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import run_to_end
from sic_desktop.io.attachment_text import extract_pending
from sic_desktop.io.mail_import import import_mail, plan_mail_import


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "mail",
        help=translate("CommandLine", "eine E-Mail (.eml, .msg) als Notiz übernehmen"),
        description=translate(
            "CommandLine",
            "Legt aus einer gespeicherten E-Mail eine Notiz der Art „E-Mail“ an: Absender, Empfänger, Datum, Betreff "
            "und Text; Anhänge und die Originaldatei werden Anhänge der Notiz. Bekannte Adressen werden mit den "
            "Kontakten verknüpft, Organisationen über die Domain.",
        ),
    )
    parser.add_argument("file", metavar=translate("CommandLine", "DATEI"), help=translate("CommandLine", ".eml- oder .msg-Datei"))
    parser.add_argument(
        "--neue-kontakte", action="store_true",
        help=translate(
            "CommandLine",
            "unbekannte Adressen als neue Kontakte anlegen (mit dem Hinweis nach Art. 14 DSGVO)",
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as workspace:
        plan = plan_mail_import(workspace, Path(args.file))
        note = import_mail(workspace, plan, new_contacts=plan.unknown if args.neue_kontakte else [])
        attachments = workspace.attachments.for_record(note.ref)
        run_to_end(extract_pending(workspace))  # the attachments' words searchable right away
    print(translate("CommandLine", "Notiz Nr. {id} angelegt: „{title}“ (Kontakte: {persons}, Organisationen: "
                    "{organisations}, Anhänge: {attachments}).").format(
        id=note.id, title=note.title, persons=len(note.person_ids), organisations=len(note.organisation_ids),
        attachments=len(attachments)))
    if plan.unknown and not args.neue_kontakte:
        addresses = ", ".join(address.label() for address in plan.unknown)
        print(translate("CommandLine", "Ohne Kontakt: {addresses}. Mit --neue-kontakte werden sie als Kontakte "
                        "angelegt.").format(addresses=addresses))
    return 0
