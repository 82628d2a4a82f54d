"""``sic-desktop backup`` and ``sic-desktop restore``: copies of the database and the way back."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.cli.common import drive_with_progress_line, open_workspace
from sic_desktop.cli.search_upkeep import build_search_index
from sic_desktop.core.backups import BackupReason, backup_before
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import number, translate
from sic_desktop.core.instance_lock import acquire_instance_lock
from sic_desktop.core.paths import resolve_data_folder
from sic_desktop.core.restore import restore_backup
from sic_desktop.core.storage.server_address import resolve_server
from sic_desktop.core.storage.server_text import no_file_backup, no_file_restore


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help=translate("CommandLine", "Sicherung der Datenbank anlegen"),
        description=translate(
            "CommandLine",
            "Legt eine Sicherung im Sicherungsordner an (rotierend aufbewahrt) oder mit -o in einer Datei. "
            "Nur für einen lokalen Datenordner; den Teamserver sichert die IT mit pg_dump.",
        ),
    )
    backup.add_argument("-o", "--output", type=Path, metavar=translate("CommandLine", "DATEI"),
                        help=translate("CommandLine", "Sicherung in diese Datei schreiben"))
    backup.set_defaults(func=run_backup)

    restore = subparsers.add_parser(
        "restore", help=translate("CommandLine", "Sicherung wiederherstellen"),
        description=translate(
            "CommandLine",
            "Prüft die Sicherung (SIC-Desktop-Datei? unbeschädigt? Datenstand?) und ersetzt dann die Datenbank; die "
            "bisherige Datenbank wird vorher als Sicherung aufbewahrt. Das Programmfenster muss dafür geschlossen "
            "sein. Nur für einen lokalen Datenordner; den Teamserver stellt die IT mit pg_restore wieder her.",
        ),
    )
    restore.add_argument("file", type=Path, metavar=translate("CommandLine", "DATEI"))
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    if resolve_server(args.server):  # IT backs the team server up with pg_dump
        raise SicError(no_file_backup())
    with open_workspace(args, start_backup=False) as workspace:
        if args.output:
            workspace.storage.backup_to(args.output)
            path = args.output
        else:
            path = backup_before(workspace, BackupReason.MANUAL).path
    size = number(path.stat().st_size / 1024 / 1024, 1)
    print(translate("CommandLine", "Sicherung angelegt: {path} ({size} MB)").format(path=path, size=size))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if resolve_server(args.server):  # the local file is not where the records are
        raise SicError(no_file_restore())
    folder = resolve_data_folder(args.data_dir)
    with acquire_instance_lock(folder):
        result = restore_backup(folder, args.file)
        # An older backup is migrated now, so problems show here, erasures it predates are applied
        # again, and the search index is built for the restored data, not at the next start.
        with open_workspace(args, start_backup=False) as workspace:
            drive_with_progress_line(build_search_index(workspace))
    print(translate("CommandLine", "Wiederhergestellt aus „{source}“ (Datenstand {version}).").format(
        source=result.source, version=result.schema_version))
    if result.kept_aside:
        print(translate("CommandLine", "Die bisherige Datenbank ist aufbewahrt als „{path}“.").format(
            path=result.kept_aside.path))
    return 0
