"""``sic-desktop serienbrief``: contacts as a data source for Word's mail merge (CSV or Excel)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sic_desktop.cli.common import drive_with_progress_line, open_workspace
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.io.mail_merge import export_mail_merge


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serienbrief",
        help=translate("CommandLine", "Kontakte als Datenquelle für einen Word-Serienbrief (.csv oder .xlsx)"),
        description=translate(
            "CommandLine",
            "Schreibt Kontakte mit fertiger Briefanrede („Sehr geehrte Frau Dr. Schäfer,“), Adressblock und "
            "Organisation als Datenquelle für den Serienbrief in Word. Kontakte ohne Rechtsgrundlage, mit Widerspruch"
            " (Art. 21 DSGVO) oder anonymisierte werden weggelassen und gezählt.",
        ),
    )
    parser.add_argument("ids", nargs="*", type=int, metavar=translate("CommandLine", "NR"),
                        help=translate("CommandLine", "Nummern einzelner Kontakte (sonst alle)"))
    parser.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "DATEI.csv|DATEI.xlsx"),
                        help=translate("CommandLine", "wohin die Datei geschrieben wird"))
    parser.add_argument("--filter", default="", metavar="TEXT", help=translate("CommandLine", "nur Kontakte, deren Name TEXT enthält"))
    parser.add_argument("--tag", metavar=translate("CommandLine", "SCHLAGWORT"), help=translate("CommandLine", "nur Kontakte mit diesem Schlagwort"))
    parser.add_argument("--organisation", type=int, metavar=translate("CommandLine", "NR"), help=translate("CommandLine", "nur Kontakte dieser Organisation"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output).absolute()
    if not target.parent.is_dir():
        raise SicError(translate("CommandLine", "Den Ordner „{folder}“ gibt es nicht. Die Datei wurde nicht erstellt.")
                       .format(folder=target.parent))
    if args.ids and (args.filter or args.tag or args.organisation):
        raise SicError(translate("CommandLine", "Nummern und Filter passen nicht zusammen: bitte entweder Nummern "
                                 "oder --filter/--tag/--organisation."))
    query = ListQuery(text=args.filter, tag=args.tag, organisation_id=args.organisation)
    with open_workspace(args, start_backup=False) as workspace:
        for number in args.ids:
            workspace.persons.get(number)  # a German „gibt es nicht“ for a wrong number
        result = drive_with_progress_line(export_mail_merge(workspace, target, person_ids=args.ids, query=query))
    print(translate("CommandLine", "{summary} Datei: {path}").format(summary=result.summary(), path=target))
    for name in result.without_basis:
        print(translate("CommandLine", "Ohne Rechtsgrundlage: {name}").format(name=name), file=sys.stderr)
    for name in result.objected:
        print(translate("CommandLine", "Widerspruch: {name}").format(name=name), file=sys.stderr)
    return 0
