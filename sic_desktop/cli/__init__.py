"""The ``sic-desktop`` command: starts the window, or runs one task for scripts and IT.

Exit codes: 0 ok, 1 problems found or bad input (a German message on stderr),
2 wrong usage (argparse's own message).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence

from sic_desktop import __version__
from sic_desktop.cli import (
    backup, briefing, check, demo, duplicates, gui, history, map, privacy, records, search, transfer,
)
from sic_desktop.core.errors import SicError, damaged_database
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.storage.integrity import is_damage
from sic_desktop.selftest import run_selftest

# Each module adds its sub-commands with register(subparsers).
COMMAND_MODULES = (demo, records, briefing, check, map, transfer, backup, duplicates, privacy, history, search)


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
    argv = list(sys.argv[1:] if argv is None else argv)
    args, extra = parser.parse_known_args(argv)
    if extra and not search.take_excluded_words(args, extra, argv):
        parser.error("unrecognized arguments: " + " ".join(extra))
    try:
        if args.selftest:
            return run_selftest()
        if args.command is None:
            return gui.run(args)
        return args.func(args)
    except SicError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:  # damage met on a read, outside any write
        if not is_damage(error):
            raise
        print(f"Fehler: {damaged_database(resolve_data_folder(args.data_dir).database, error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # „sic-desktop search … | head“: the reader has all it wanted
        _quiet_closed_stdout()
        return 0
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1


def _quiet_closed_stdout() -> None:
    """Point stdout at nowhere, so Python's flush at exit does not fail on the closed pipe again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _utf8_console() -> None:
    """Umlaute must not crash output on a Windows console with an old code page."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
