"""``sic-desktop kalender``: follow-ups as an .ics file for Outlook's calendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.cli.common import open_workspace
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.io.calendar_export import export_followups_ics, followups_to_export

_OWNER_OPTIONS = (
    ("organisation", RecordType.ORGANISATION,
     QT_TRANSLATE_NOOP("CommandLine", "alle offenen Wiedervorlagen dieser Organisation und ihrer Notizen")),
    ("kontakt", RecordType.PERSON,
     QT_TRANSLATE_NOOP("CommandLine", "alle offenen Wiedervorlagen dieses Kontakts und seiner Notizen")),
    ("kooperation", RecordType.COOPERATION,
     QT_TRANSLATE_NOOP("CommandLine", "alle offenen Wiedervorlagen dieser Kooperation und ihrer Notizen")),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kalender",
        help=translate("CommandLine", "Wiedervorlagen als Kalenderdatei (.ics) für Outlook"),
        description=translate(
            "CommandLine",
            "Schreibt Wiedervorlagen als ganztägige Termine mit Erinnerung am Fälligkeitstag in eine .ics-Datei, die "
            "Outlook öffnet. Ein erneuter Export aktualisiert die Termine, statt sie zu verdoppeln. Ohne Auswahl: "
            "alle offenen Wiedervorlagen.",
        ),
    )
    parser.add_argument("ids", nargs="*", type=int, metavar=translate("CommandLine", "NR"), help=translate("CommandLine", "Nummern einzelner Wiedervorlagen"))
    parser.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "DATEI.ics"),
                        help=translate("CommandLine", "wohin die Datei geschrieben wird"))
    for option, _, help_text in _OWNER_OPTIONS:
        parser.add_argument(f"--{option}", type=int, action="append", default=[], metavar=translate("CommandLine", "NR"),
                            help=translate("CommandLine", help_text))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output).absolute()
    if not target.parent.is_dir():
        raise SicError(translate("CommandLine", "Den Ordner „{folder}“ gibt es nicht. Die Kalenderdatei wurde nicht "
                                 "erstellt.").format(folder=target.parent))
    owners = [RecordRef(record_type, number) for option, record_type, _ in _OWNER_OPTIONS for number in getattr(args, option)]
    with open_workspace(args, start_backup=False) as workspace:
        for ref in owners + [RecordRef(RecordType.FOLLOWUP, number) for number in args.ids]:
            workspace.service(ref.type).get(ref.id)  # a German „gibt es nicht“ for a wrong number
        followups = followups_to_export(workspace, followup_ids=args.ids, owners=owners)
        result = export_followups_ics(workspace, followups, target)
    print(translate("CommandLine", "{summary} Datei: {path}").format(summary=result.summary(), path=target))
    return 0
