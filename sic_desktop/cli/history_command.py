"""``sic-desktop history TYPE NR``: the change history (Protokoll) of one record."""

from __future__ import annotations

import argparse

from sic_desktop.cli.common import open_workspace, print_json, print_table, record_type_arg
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.privacy.history_export import history_header, history_rows


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help=translate("CommandLine", "Änderungsprotokoll eines Datensatzes"),
        description=translate(
            "CommandLine",
            "Zeigt, wer einen Datensatz wann angelegt oder geändert hat und welche Felder – ohne alte Inhalte.",
        ),
    )
    parser.add_argument("type", type=record_type_arg, metavar=translate("CommandLine", "ART"),
                        help=translate(
                            "CommandLine",
                            "organisationen, kontakte, kooperationen, notizen, wiedervorlagen, themenfelder",
                        ))
    parser.add_argument("id", type=int, metavar=translate("CommandLine", "NR"))
    parser.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ref = RecordRef(args.type, args.id)
    with open_workspace(args) as ws:
        if args.json:
            print_json(
                [{"at": e.at, "by": e.by, "action": e.action, "fields": e.fields} for e in ws.history.for_record(ref)]
            )
            return 0
        rows = history_rows(ws, ref)
    if not rows:
        print(translate("CommandLine", "Zu {kind} Nr. {id} ist nichts protokolliert.").format(
            kind=args.type.label, id=args.id))
        return 0
    print_table(history_header(), rows, max_width=80)
    return 0
