"""``sic-desktop server init|upgrade|status``: the team server for IT (PostgreSQL, see docs/teamserver.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.storage.server_address import SERVER_ENV_VAR, resolve_server


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server",
        help=translate("CommandLine", "Teamserver einrichten, umstellen, prüfen, Daten übertragen (für die IT)"),
        description=translate(
            "CommandLine",
            "Richtet die PostgreSQL-Datenbank des Teamservers ein (init), stellt sie auf diese "
            "Programmversion um (upgrade) oder zeigt ihren Stand (status). transfer überträgt einen lokalen "
            "Datenordner vollständig auf den leeren Teamserver, export kopiert alles vom Teamserver in einen neuen "
            "lokalen Datenordner. Die Adresse kommt aus --server oder {variable}; init und upgrade brauchen "
            "den Eigentümer der Datenbank.",
        ).format(variable=SERVER_ENV_VAR),
    )
    parser.add_argument("action", choices=("init", "upgrade", "status", "transfer", "export"), help=translate("CommandLine", "was zu tun ist"))
    parser.add_argument("--from-folder", type=Path, metavar=translate("CommandLine", "ORDNER"),
                        help=translate("CommandLine", "transfer: der lokale Datenordner"))
    parser.add_argument("--to-folder", "-o", type=Path, metavar=translate("CommandLine", "ORDNER"),
                        help=translate("CommandLine", "export: ein neuer, leerer Ordner"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sic_desktop.core.storage.postgres import initialise_server, server_status

    url = resolve_server(args.server)
    if url is None:
        raise SicError(
            translate("CommandLine", "Bitte den Teamserver angeben: --server postgresql://benutzer@rechner:5432/datenbank "
                      "oder {variable}.").format(variable=SERVER_ENV_VAR)
        )
    if args.action in ("transfer", "export"):
        return _move(args)
    before, _ = server_status(url)
    if args.action == "status":
        return _print_status(url, before)
    if args.action == "init" and before > 0:
        raise SicError(
            translate("CommandLine", "Der Teamserver ist schon eingerichtet (Datenstand {version}). Zum Umstellen: "
                      "sic-desktop server upgrade.").format(version=before)
        )
    if args.action == "upgrade" and before == 0:
        raise SicError(translate("CommandLine", "Der Teamserver ist noch nicht eingerichtet. Bitte zuerst: "
                                 "sic-desktop server init."))
    version = initialise_server(url)
    if before == version and args.action == "upgrade":
        print(translate("CommandLine", "Der Teamserver hat schon Datenstand {version}; die Rollen wurden erneut "
                        "berechtigt.").format(version=version))
    else:
        print(translate("CommandLine", "Teamserver eingerichtet: Datenstand {version} (vorher {before}); Rollen "
                        "sic_lesen, sic_bearbeiten und sic_datenschutz berechtigt.").format(version=version, before=before))
    return 0


def _print_status(url: str, version: int) -> int:
    from sic_desktop.core.storage.postgres import server_status

    _, roles = server_status(url)
    print(translate("CommandLine", "Datenstand des Teamservers: {version}; dieses Programm: {latest}.").format(
        version=version, latest=latest_version()))
    print(translate("CommandLine", "Rollen: {roles}.").format(
        roles=", ".join(roles) if roles else translate("CommandLine", "keine")))
    if version == latest_version():
        print(translate("CommandLine", "Programm und Teamserver passen zusammen."))
        return 0
    if version == 0:
        print(translate("CommandLine", "Der Teamserver ist noch nicht eingerichtet: sic-desktop server init."))
    elif version < latest_version():
        print(translate("CommandLine", "Der Teamserver muss umgestellt werden: sic-desktop server upgrade."))
    else:
        print(translate("CommandLine", "Der Teamserver ist neuer als dieses Programm: bitte SIC Desktop aktualisieren."))
    return 1


def _move(args: argparse.Namespace) -> int:
    from sic_desktop.cli.common import drive_with_progress_line, open_workspace
    from sic_desktop.io.section_counts import counts_text
    from sic_desktop.io.server_transfer import export_from_server, transfer_to_server

    folder = args.from_folder if args.action == "transfer" else args.to_folder
    if folder is None:
        option = "--from-folder" if args.action == "transfer" else "--to-folder"
        raise SicError(translate("CommandLine", "Bitte den Ordner angeben: sic-desktop server {action} {option} ORDNER.")
                       .format(action=args.action, option=option))
    with open_workspace(args) as workspace:
        if args.action == "transfer":
            counts = drive_with_progress_line(transfer_to_server(workspace, folder))
            print(translate("CommandLine", "Auf den Teamserver übertragen: {counts}.").format(counts=counts_text(counts)))
        else:
            counts = drive_with_progress_line(export_from_server(workspace, folder))
            print(translate("CommandLine", "Vom Teamserver in den Datenordner {folder} kopiert: {counts}.").format(
                folder=folder, counts=counts_text(counts)))
    return 0
