"""The ``sic-desktop`` command: starts the window, or runs one task for scripts and IT.

Exit codes: 0 ok, 1 problems found or bad input (a message on stderr),
2 wrong usage (argparse's message). Every text is German through ``translate``; the language
of a run is the window's unless ``--sprache`` or ``SIC_DESKTOP_LANGUAGE`` says otherwise
(``cli/language.py``), and argparse's own words follow it (``cli/parser.py``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType

import sic_desktop
from sic_desktop.cli import gui
from sic_desktop.cli.language import LANGUAGE_OPTIONS, LanguageSettled, chosen_language, use_language
from sic_desktop.cli.parser import CliParser
from sic_desktop.core.errors import SicError, damaged_database
from sic_desktop.core.i18n import LANGUAGES, translate
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.storage.integrity import is_damage

# Sub-command → the module whose register(subparsers) adds it. Only the module of the command
# given is imported, so that ``--version`` and the window start load none of them (reportlab,
# networkx, the importers …); ``--help`` and an unknown command load all. The order is the
# order of ``--help``; tests/cli/test_command_table.py keeps the table true to the modules.
COMMANDS: dict[str, str] = {
    "demo": "demo_command",
    "list": "records",
    "show": "records",
    "briefing": "briefing",
    "check": "check_command",
    "map": "map",
    "gaps": "map",
    "network": "map",
    "import": "transfer",
    "export": "transfer",
    "backup": "backup",
    "restore": "backup",
    "duplicates": "duplicate_commands",
    "privacy": "privacy",
    "history": "history_command",
    "search": "search",
    "reindex": "search",
    "wirkung": "impact_commands",
    "kalender": "calendar",
    "serienbrief": "mail_merge_command",
    "anhang": "attachment_commands",
    "mail": "mail",
    "server": "server",
}


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser with the sub-commands of ``command``'s module; all of them for "", none for None."""
    parser = CliParser(
        prog="sic-desktop",
        description=translate(
            "CommandLine",
            "SIC Desktop – Kontakte, Kooperationen und Notizen für die Arbeit an sozialer Innovation. Ohne Befehl "
            "startet das Programmfenster.",
        ),
    )
    parser.add_argument("--version", action=_PrintVersion)
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=translate(
            "CommandLine",
            "prüfen, ob die Installation funktioniert (für die IT; arbeitet mit Demodaten in einem temporären Ordner "
            "und ändert keine Daten); Rückgabewert 0 oder 1",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("CommandLine", "ORDNER"),
        help=translate(
            "CommandLine",
            "Datenordner (sonst SIC_DESKTOP_DATA_DIR oder der lokale Anwendungsdatenordner des Benutzers)",
        ),
    )
    parser.add_argument(
        "--server",
        metavar=translate("CommandLine", "ADRESSE"),
        help=translate(
            "CommandLine",
            "Teamserver statt Datenordner, z. B. postgresql://anna@sic-server:5432/sic (sonst SIC_DESKTOP_SERVER; "
            "ohne beides der lokale Datenordner)",
        ),
    )
    parser.add_argument(
        *LANGUAGE_OPTIONS, dest="language", choices=LANGUAGES,
        help=translate(
            "CommandLine",
            "Sprache dieses Aufrufs: de oder en (sonst SIC_DESKTOP_LANGUAGE oder die Sprache aus den Einstellungen "
            "des Programmfensters)",
        ),
    )
    gui.add_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "BEFEHL"))
    if command is None:
        return parser
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in names:
        importlib.import_module(f"sic_desktop.cli.{name}").register(subparsers)
    return parser


class _PrintVersion(argparse.Action):
    """``--version``: the version is read only when asked for (the window's start needs none)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0,
                         help=translate("CommandLine", "Versionsnummer zeigen und beenden"))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"SIC Desktop {sic_desktop.__version__}")
        parser.exit()


def requested_command(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv``: None when there is none (the window or ``--version``),
    "" when all must be known (``--help``, or a word that is no command, for argparse's message)."""
    takes_value = {
        option
        for action in build_parser(None)._actions
        if action.nargs != 0
        for option in action.option_strings
    }
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return ""
        if word in takes_value:
            next(words, None)
        elif not word.startswith("-"):
            return word if word in COMMANDS else ""
    return None


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    words = list(sys.argv[1:] if argv is None else argv)
    command = requested_command(words)
    # The window sets its own language; a window start and --version need no translated word.
    use_language(chosen_language(words), when_needed=command is None)
    try:
        try:
            return _run(words, command)
        except LanguageSettled:  # a usage error on the way to the window: say it in the window's language
            return _run(words, command)
    finally:
        use_language("de")  # the language was this run's only (tests call main() many times)


def _run(words: list[str], command: str | None) -> int:
    parser = build_parser(command)
    args, extra = parser.parse_known_args(words)
    if extra and not (args.command == "search" and _search_commands().take_excluded_words(args, extra, words)):
        parser.error("unrecognized arguments: " + " ".join(extra))  # argparse's words: error() translates them
    try:
        if args.selftest:
            from sic_desktop.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            return gui.run(args)
        return args.func(args)
    except SicError as error:
        print(translate("CommandLine", "Fehler: {error}").format(error=error), file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:  # damage met on a read, outside any write
        if not is_damage(error):
            raise
        damage = damaged_database(resolve_data_folder(args.data_dir).database, error)
        print(translate("CommandLine", "Fehler: {error}").format(error=damage), file=sys.stderr)
        return 1
    except BrokenPipeError:  # „sic-desktop search … | head“: the reader has all it wanted
        _quiet_closed_stdout()
        return 0
    except KeyboardInterrupt:
        print(translate("CommandLine", "Abgebrochen."), file=sys.stderr)
        return 1


def _search_commands() -> ModuleType:
    """``search -Pflege``: a word starting with a dash is an exclusion there, not an unknown option."""
    return importlib.import_module("sic_desktop.cli.search")


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
