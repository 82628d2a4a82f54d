"""``sic-desktop demo``: fill an empty data folder with the demo data set."""

from __future__ import annotations

import argparse

from sic_desktop.cli.common import drive_with_progress_line, open_workspace
from sic_desktop.cli.search_upkeep import build_search_index
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.models import RecordType


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="Demodaten in einen leeren Datenordner laden", description="Lädt erfundene Beispieldaten."
    )
    parser.add_argument("--persons", type=_positive, default=DemoSize.persons, metavar="N", help="Anzahl Kontakte")
    parser.add_argument("--notes", type=_positive, default=DemoSize.notes, metavar="N", help="Anzahl Notizen")
    parser.add_argument("--seed", type=int, default=2026, help="Startwert: gleicher Wert, gleiche Daten")
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("muss mindestens 1 sein")
    return value


def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        counts = drive_with_progress_line(load_demo(workspace, DemoSize(args.persons, args.notes), seed=args.seed))
        drive_with_progress_line(build_search_index(workspace))  # the window need not build it at start
    summary = ", ".join(f"{count:,} {RecordType(kind).plural}".replace(",", ".") for kind, count in counts.items())
    print(f"Demodaten geladen: {summary}.")
    return 0
