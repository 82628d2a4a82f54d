"""The ``sic-desktop`` command: starts the window, or runs one task for scripts and IT.

Exit codes: 0 ok, 1 problems found or bad input (a German message on stderr),
2 wrong usage (argparse's own message).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sic_desktop import __version__
from sic_desktop.cli import (
    attachments, backup, briefing, calendar, check, demo, duplicates, gui, history, mail, mail_merge, map, privacy, records, search, transfer,
)
from sic_desktop.core.errors import SicError
from sic_desktop.selftest import run_selftest

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (demo, records, briefing, check, map, transfer, backup, duplicates, privacy, history, search, calendar, mail_merge, attachments, mail)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sic-desktop",
        description="SIC Desktop – Kontakte, Kooperationen und Notizen für die Arbeit an sozialer Innovation. "
        "Ohne Befehl startet das Programmfenster.",
    )
    parser.add_argument("--version", action="version", version=f"SIC Desktop {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="prüfen, ob die Installation funktioniert (für die IT; arbeitet mit Demodaten in einem "
        "temporären Ordner und ändert keine Daten); Rückgabewert 0 oder 1",
    )
    parser.add_argument(
        "--data-dir",
        metavar="ORDNER",
        help="Datenordner (sonst SIC_DESKTOP_DATA_DIR oder der lokale Anwendungsdatenordner des Benutzers)",
    )
    gui.add_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.selftest:
            return run_selftest()
        if args.command is None:
            return gui.run(args)
        return args.func(args)
    except SicError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1


def _utf8_console() -> None:
    """Umlaute must not crash output on a Windows console with an old code page."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
