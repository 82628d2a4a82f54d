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
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.attachments import OWNER_TYPES
from sic_desktop.io.attachment_text import extract_pending

_TYPES = QT_TRANSLATE_NOOP("CommandLine", "notiz, organisation, kontakt oder kooperation")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "anhang", help=translate("CommandLine", "Dateien an Notizen, Organisationen, Kontakten und Kooperationen"),
        description=translate(
            "CommandLine",
            "Hängt Dateien an Datensätze an, listet sie oder öffnet sie mit dem zuständigen Programm.",
        ),
    )
    commands = parser.add_subparsers(dest="anhang_command", metavar=translate("CommandLine", "AKTION"), required=True)
    add = commands.add_parser("add", help=translate("CommandLine", "Dateien anhängen"))
    add.add_argument("type", type=record_type_arg, metavar=translate("CommandLine", "ART"), help=translate("CommandLine", _TYPES))
    add.add_argument("id", type=int, metavar=translate("CommandLine", "NR"))
    add.add_argument("files", nargs="+", metavar=translate("CommandLine", "DATEI"))
    add.set_defaults(func=run_add)
    listing = commands.add_parser("list", help=translate("CommandLine", "Anhänge eines Datensatzes zeigen"))
    listing.add_argument("type", type=record_type_arg, metavar=translate("CommandLine", "ART"), help=translate("CommandLine", _TYPES))
    listing.add_argument("id", type=int, metavar=translate("CommandLine", "NR"))
    listing.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    listing.set_defaults(func=run_list)
    opening = commands.add_parser("open", help=translate("CommandLine", "einen Anhang mit dem zuständigen Programm öffnen"))
    opening.add_argument("attachment_id", type=int, metavar=translate("CommandLine", "ANHANG-NR"), help=translate("CommandLine", "Nummer aus „anhang list“"))
    opening.add_argument("--ziel", metavar=translate("CommandLine", "ORDNER"),
                         help=translate("CommandLine", "nur eine Kopie in diesem Ordner speichern, nicht öffnen"))
    opening.set_defaults(func=run_open)


def _owner(args: argparse.Namespace) -> RecordRef:
    if args.type not in OWNER_TYPES:
        raise SicError(translate("CommandLine", "An {kind} lassen sich keine Dateien anhängen. Möglich: {types}.").format(
            kind=args.type.plural, types=translate("CommandLine", _TYPES)))
    return RecordRef(args.type, args.id)


def run_add(args: argparse.Namespace) -> int:
    owner = _owner(args)
    with open_workspace(args, start_backup=False) as workspace:
        for name in args.files:
            attachment = workspace.attachments.add(owner, Path(name))
            print(translate("CommandLine", "Angehängt: „{name}“ (Anhang Nr. {id}, {size}).").format(
                name=attachment.name, id=attachment.id, size=attachment.size_text))
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
        print(translate("CommandLine", "Keine Anhänge."))
    else:
        rows = [[str(a.id), a.name, a.size_text, format_timestamp(a.added_at), a.added_by] for a in attachments]
        print_table([translate("CommandLine", "Nr."), translate("CommandLine", "Datei"), translate("CommandLine", "Größe"),
                     translate("CommandLine", "Hinzugefügt"), translate("CommandLine", "von")], rows)
    return 0


def run_open(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as workspace:
        attachment = workspace.attachments.get(args.attachment_id)
        folder = Path(args.ziel) if args.ziel else Path(tempfile.mkdtemp(prefix="sic-anhang-"))
        copy = workspace.attachments.copy_to(attachment, folder)
    print(translate("CommandLine", "Kopie gespeichert: {path}").format(path=copy))
    if not args.ziel:
        _open_with_system(copy)
    return 0


def _open_with_system(path: Path) -> None:
    if sys.platform == "win32":
        os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606 (the user's own file)
    else:
        subprocess.Popen(["open" if sys.platform == "darwin" else "xdg-open", str(path)])  # noqa: S603

