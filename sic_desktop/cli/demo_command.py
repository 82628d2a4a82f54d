"""``sic-desktop demo``: fill an empty data folder with the demo data set."""

from __future__ import annotations

import argparse

from sic_desktop.cli.common import drive_with_progress_line, open_workspace, positive_number
from sic_desktop.cli.search_upkeep import build_search_index
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.i18n import number, translate
from sic_desktop.core.record_ref import RecordType


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
            help=translate(
                "CommandLine",
                "Demodaten in einen leeren Datenordner laden",
            ), description=translate("CommandLine", "Lädt erfundene Beispieldaten.")
    )
    parser.add_argument("--persons", type=positive_number, default=DemoSize.persons, metavar="N", help=translate("CommandLine", "Anzahl Kontakte"))
    parser.add_argument("--notes", type=positive_number, default=DemoSize.notes, metavar="N", help=translate("CommandLine", "Anzahl Notizen"))
    parser.add_argument("--seed", type=int, default=2026, help=translate("CommandLine", "Startwert: gleicher Wert, gleiche Daten"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        counts = drive_with_progress_line(load_demo(workspace, DemoSize(args.persons, args.notes), seed=args.seed))
        drive_with_progress_line(build_search_index(workspace))  # the window need not build it at start
    summary = ", ".join(f"{number(count)} {RecordType(kind).plural}" for kind, count in counts.items())
    print(translate("CommandLine", "Demodaten geladen: {summary}.").format(summary=summary))
    return 0
