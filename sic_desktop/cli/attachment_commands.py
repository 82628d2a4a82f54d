"""``sic-desktop anhang add|list|open``: files attached to notes, organisations, contacts and cooperations."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sic_desktop.cli.common import open_workspace, print_json, print_table, record_type_arg
from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.errors import SicError
from sic_desktop.core.models import RecordRef
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.attachments import OWNER_TYPES
from sic_desktop.io.attachment_text import extract_pending

_TYPES = "notiz, organisation, kontakt oder kooperation"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "anhang", help="Dateien an Notizen, Organisationen, Kontakten und Kooperationen",
        description="Hängt Dateien an Datensätze an, listet sie oder öffnet sie mit dem zuständigen Programm.",
    )
    commands = parser.add_subparsers(dest="anhang_command", metavar="AKTION", required=True)
    add = commands.add_parser("add", help="Dateien anhängen")
    add.add_argument("type", type=record_type_arg, metavar="ART", help=_TYPES)
    add.add_argument("id", type=int, metavar="NR")
    add.add_argument("files", nargs="+", metavar="DATEI")
    add.set_defaults(func=run_add)
    listing = commands.add_parser("list", help="Anhänge eines Datensatzes zeigen")
    listing.add_argument("type", type=record_type_arg, metavar="ART", help=_TYPES)
    listing.add_argument("id", type=int, metavar="NR")
    listing.add_argument("--json", action="store_true", help="als JSON ausgeben")
    listing.set_defaults(func=run_list)
    opening = commands.add_parser("open", help="einen Anhang mit dem zuständigen Programm öffnen")
    opening.add_argument("attachment_id", type=int, metavar="ANHANG-NR", help="Nummer aus „anhang list“")
    opening.add_argument("--ziel", metavar="ORDNER", help="nur eine Kopie in diesem Ordner speichern, nicht öffnen")
    opening.set_defaults(func=run_open)


def _owner(args: argparse.Namespace) -> RecordRef:
    if args.type not in OWNER_TYPES:
        raise SicError(f"An {args.type.plural} lassen sich keine Dateien anhängen. Möglich: {_TYPES}.")
    return RecordRef(args.type, args.id)


def run_add(args: argparse.Namespace) -> int:
    owner = _owner(args)
    with open_workspace(args, start_backup=False) as workspace:
        for name in args.files:
            attachment = workspace.attachments.add(owner, Path(name))
            print(f"Angehängt: „{attachment.name}“ (Anhang Nr. {attachment.id}, {attachment.size_text}).")
        run_to_end(extract_pending(workspace))  # searchable right away
    return 0


def run_list(args: argparse.Namespace) -> int:
    owner = _owner(args)
    with open_workspace(args, start_backup=False) as workspace:
        workspace.service(owner.type).get(owner.id)
        attachments = workspace.attachments.for_record(owner)
    if args.json:
        print_json([{"id": a.id, "name": a.name, "size": a.size, "media_type": a.media_type, "sha256": a.sha256,
                     "added_at": a.added_at, "added_by": a.added_by} for a in attachments])
    elif not attachments:
        print("Keine Anhänge.")
    else:
        rows = [[str(a.id), a.name, a.size_text, format_timestamp(a.added_at), a.added_by] for a in attachments]
        print_table(["Nr.", "Datei", "Größe", "Hinzugefügt", "von"], rows)
    return 0


def run_open(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as workspace:
        attachment = workspace.attachments.get(args.attachment_id)
        folder = Path(args.ziel) if args.ziel else Path(tempfile.mkdtemp(prefix="sic-anhang-"))
        copy = workspace.attachments.copy_to(attachment, folder)
    print(f"Kopie gespeichert: {copy}")
    if not args.ziel:
        _open_with_system(copy)
    return 0


def _open_with_system(path: Path) -> None:
    if sys.platform == "win32":
        os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606 (the user's own file)
    else:
        subprocess.Popen(["open" if sys.platform == "darwin" else "xdg-open", str(path)])  # noqa: S603

