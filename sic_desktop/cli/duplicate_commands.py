"""``sic-desktop duplicates``: likely duplicate persons and organisations, for review in the window."""

from __future__ import annotations

import argparse

from sic_desktop.cli.common import open_workspace, print_json, record_type_arg
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import counted, translate
from sic_desktop.core.services.duplicates import DUPLICATE_TYPES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "duplicates", help=translate("CommandLine", "mögliche Duplikate auflisten"),
        description=translate(
            "CommandLine",
            "Listet Kontakte und Organisationen, die wahrscheinlich doppelt erfasst sind, mit dem Grund. Paare, die "
            "als „kein Duplikat“ markiert wurden, fehlen.",
        ),
    )
    parser.add_argument("--type", type=record_type_arg, metavar=translate("CommandLine", "ART"),
                        help=translate("CommandLine", "nur kontakte oder organisationen"))
    parser.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.type is not None and args.type not in DUPLICATE_TYPES:
        raise SicError(translate("CommandLine", "Duplikate werden nur bei Kontakten und Organisationen gesucht."))
    with open_workspace(args) as workspace:
        pairs = workspace.duplicates.find(args.type)
    if args.json:
        print_json([
            {"type": p.record_type.value, "first_id": p.first_id, "second_id": p.second_id,
             "first_title": p.first_title, "second_title": p.second_title, "reasons": list(p.reasons)}
            for p in pairs
        ])
        return 0
    for pair in pairs:
        label = pair.record_type.label
        print(translate("CommandLine", "{kind} Nr. {first_id} „{first}“ und Nr. {second_id} „{second}“: {reasons}").format(
            kind=label, first_id=pair.first_id, first=pair.first_title, second_id=pair.second_id,
            second=pair.second_title, reasons="; ".join(pair.reasons)))
    if pairs:
        print(counted(len(pairs), translate("CommandLine", "1 mögliches Duplikat."),
                      translate("CommandLine", "{count} mögliche Duplikate.")))
    else:
        print(translate("CommandLine", "Keine möglichen Duplikate gefunden."))
    return 0
