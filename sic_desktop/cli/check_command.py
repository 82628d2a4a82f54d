"""``sic-desktop check``: are the data folder's file (or the team server's records) and the search index sound?
Exit 1 with the problems listed."""

from __future__ import annotations

import argparse
import sys

from sic_desktop.cli.common import open_workspace
from sic_desktop.core.database_check import check_database
from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.server_text import server_check_scope
from sic_desktop.core.team_access import on_server, where_stored
from sic_desktop.search.consistency import IndexCheck, check_search_index


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help=translate("CommandLine", "Datenbank prüfen"),
        description=translate(
            "CommandLine",
            "Prüft die Datenbank auf Schäden und verwaiste Verknüpfungen, und ob der Suchindex zu ihr passt. "
            "Auf dem Teamserver: dessen Einträge und den Suchindex dieses Rechners; die Dateien des Servers prüft "
            "die IT.",
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        problems = check_database(workspace)
        # A damaged file is not read further; the index is checked against a sound one only.
        index = check_search_index(workspace) if workspace.storage.damage is None else IndexCheck()
        problems += index.problems
        where: object = workspace.folder.database
        if on_server(workspace):
            where = where_stored(workspace)[1]
            index.hints.append(server_check_scope())
        if workspace.storage.read_only is not None:
            index.hints.append(str(workspace.storage.read_only))
    for hint in index.hints:
        print(translate("CommandLine", "Hinweis: {text}").format(text=hint))
    if problems:
        print(translate("CommandLine", "Probleme in {where}:").format(where=where), file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(translate("CommandLine", "Keine Probleme gefunden ({where}).").format(where=where))
    return 0
