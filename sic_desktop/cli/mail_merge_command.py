"""``sic-desktop serienbrief``: contacts as a data source for Word's mail merge (CSV or Excel)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sic_desktop.cli.common import drive_with_progress_line, open_workspace
from sic_desktop.core.errors import SicError
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.io.mail_merge import export_mail_merge


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serienbrief",
        help="Kontakte als Datenquelle für einen Word-Serienbrief (.csv oder .xlsx)",
        description="Schreibt Kontakte mit fertiger Briefanrede („Sehr geehrte Frau Dr. Schäfer,“), Adressblock "
        "und Organisation als Datenquelle für den Serienbrief in Word. Kontakte ohne Rechtsgrundlage, mit "
        "Widerspruch (Art. 21 DSGVO) oder anonymisierte werden weggelassen und gezählt.",
    )
    parser.add_argument("ids", nargs="*", type=int, metavar="NR", help="Nummern einzelner Kontakte (sonst alle)")
    parser.add_argument("-o", "--output", required=True, metavar="DATEI.csv|DATEI.xlsx", help="wohin die Datei geschrieben wird")
    parser.add_argument("--filter", default="", metavar="TEXT", help="nur Kontakte, deren Name TEXT enthält")
    parser.add_argument("--tag", metavar="SCHLAGWORT", help="nur Kontakte mit diesem Schlagwort")
    parser.add_argument("--organisation", type=int, metavar="NR", help="nur Kontakte dieser Organisation")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output).absolute()
    if not target.parent.is_dir():
        raise SicError(f"Den Ordner „{target.parent}“ gibt es nicht. Die Datei wurde nicht erstellt.")
    if args.ids and (args.filter or args.tag or args.organisation):
        raise SicError("Nummern und Filter passen nicht zusammen: bitte entweder Nummern oder --filter/--tag/--organisation.")
    query = ListQuery(text=args.filter, tag=args.tag, organisation_id=args.organisation)
    with open_workspace(args, start_backup=False) as workspace:
        for number in args.ids:
            workspace.persons.get(number)  # a German „gibt es nicht“ for a wrong number
        result = drive_with_progress_line(export_mail_merge(workspace, target, person_ids=args.ids, query=query))
    print(f"{result.summary()} Datei: {target}")
    for name in result.without_basis:
        print(f"Ohne Rechtsgrundlage: {name}", file=sys.stderr)
    for name in result.objected:
        print(f"Widerspruch: {name}", file=sys.stderr)
    return 0
