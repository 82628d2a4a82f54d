"""``sic-desktop server init|upgrade|status``: the team server for IT (PostgreSQL, see docs/teamserver.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.storage.server_address import SERVER_ENV_VAR, resolve_server


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server",
        help="Teamserver einrichten, umstellen, prüfen, Daten übertragen (für die IT)",
        description="Richtet die PostgreSQL-Datenbank des Teamservers ein (init), stellt sie auf diese "
        "Programmversion um (upgrade) oder zeigt ihren Stand (status). transfer überträgt einen lokalen "
        "Datenordner vollständig auf den leeren Teamserver, export kopiert alles vom Teamserver in einen neuen "
        f"lokalen Datenordner. Die Adresse kommt aus --server oder {SERVER_ENV_VAR}; init und upgrade brauchen "
        "den Eigentümer der Datenbank.",
    )
    parser.add_argument("action", choices=("init", "upgrade", "status", "transfer", "export"), help="was zu tun ist")
    parser.add_argument("--from-folder", type=Path, metavar="ORDNER", help="transfer: der lokale Datenordner")
    parser.add_argument("--to-folder", "-o", type=Path, metavar="ORDNER", help="export: ein neuer, leerer Ordner")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sic_desktop.core.storage.postgres import initialise_server, server_status

    url = resolve_server(args.server)
    if url is None:
        raise SicError(
            f"Bitte den Teamserver angeben: --server postgresql://benutzer@rechner:5432/datenbank oder {SERVER_ENV_VAR}."
        )
    if args.action in ("transfer", "export"):
        return _move(args)
    before, _ = server_status(url)
    if args.action == "status":
        return _print_status(url, before)
    if args.action == "init" and before > 0:
        raise SicError(
            f"Der Teamserver ist schon eingerichtet (Datenstand {before}). Zum Umstellen: sic-desktop server upgrade."
        )
    if args.action == "upgrade" and before == 0:
        raise SicError("Der Teamserver ist noch nicht eingerichtet. Bitte zuerst: sic-desktop server init.")
    version = initialise_server(url)
    if before == version and args.action == "upgrade":
        print(f"Der Teamserver hat schon Datenstand {version}; die Rollen wurden erneut berechtigt.")
    else:
        print(f"Teamserver eingerichtet: Datenstand {version} (vorher {before}); Rollen sic_lesen, "
              "sic_bearbeiten und sic_datenschutz berechtigt.")
    return 0


def _print_status(url: str, version: int) -> int:
    from sic_desktop.core.storage.postgres import server_status

    _, roles = server_status(url)
    print(f"Datenstand des Teamservers: {version}; dieses Programm: {latest_version()}.")
    print(f"Rollen: {', '.join(roles) if roles else 'keine'}.")
    if version == latest_version():
        print("Programm und Teamserver passen zusammen.")
        return 0
    if version == 0:
        print("Der Teamserver ist noch nicht eingerichtet: sic-desktop server init.")
    elif version < latest_version():
        print("Der Teamserver muss umgestellt werden: sic-desktop server upgrade.")
    else:
        print("Der Teamserver ist neuer als dieses Programm: bitte SIC Desktop aktualisieren.")
    return 1


def _move(args: argparse.Namespace) -> int:
    from sic_desktop.cli.common import drive_with_progress_line, open_workspace
    from sic_desktop.io.section_counts import counts_text
    from sic_desktop.io.server_transfer import export_from_server, transfer_to_server

    folder = args.from_folder if args.action == "transfer" else args.to_folder
    if folder is None:
        option = "--from-folder" if args.action == "transfer" else "--to-folder"
        raise SicError(f"Bitte den Ordner angeben: sic-desktop server {args.action} {option} ORDNER.")
    with open_workspace(args) as workspace:
        if args.action == "transfer":
            counts = drive_with_progress_line(transfer_to_server(workspace, folder))
            print(f"Auf den Teamserver übertragen: {counts_text(counts)}.")
        else:
            counts = drive_with_progress_line(export_from_server(workspace, folder))
            print(f"Vom Teamserver in den Datenordner {folder} kopiert: {counts_text(counts)}.")
    return 0
