"""``sic-desktop briefing``: the briefing PDF of organisations, persons, cooperations or a theme field."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.cli.common import date_option, drive_with_progress_line, open_workspace, page_count_text, print_hint
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.record_ref import RecordRef, RecordType, parse_record_type
from sic_desktop.core.workspace import Workspace
from sic_desktop.reports.briefings import BRIEFING_TYPES, BriefingOptions, build_briefing, build_briefing_docx

_TYPES_HELP = QT_TRANSLATE_NOOP("CommandLine", "organisation (org), kontakt (person), kooperation oder themenfeld (theme)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "briefing",
        help=translate("CommandLine", "Briefing als PDF oder Word-Datei erstellen"),
        description=translate(
            "CommandLine",
            "Erstellt das Briefing einer oder mehrerer Organisationen, Kontakte oder Kooperationen oder den Bericht "
            "zu einem Themenfeld als PDF. Mehrere Nummern ergeben eine PDF mit einem Kapitel je Datensatz.",
        ),
    )
    parser.add_argument("type", metavar=translate("CommandLine", "ART"), help=translate("CommandLine", _TYPES_HELP))
    parser.add_argument("ids", nargs="+", metavar=translate("CommandLine", "NR"),
                        help=translate("CommandLine", "Nummer(n) der Datensätze; ein Themenfeld auch mit Namen"))
    parser.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "DATEI.pdf|DATEI.docx"),
                        help=translate("CommandLine", "wohin die Datei geschrieben wird"))
    parser.add_argument(
        "--format", choices=("pdf", "docx"), default=None,
        help=translate(
            "CommandLine",
            "pdf oder docx (Word, aus der Word-Vorlage der Einstellungen); sonst nach der Endung der Datei",
        ),
    )
    parser.add_argument("--from", dest="date_from", metavar=translate("CommandLine", "DATUM"),
                        help=translate("CommandLine", "Notizen ab diesem Tag (z. B. 01.01.2026)"))
    parser.add_argument("--to", dest="date_to", metavar=translate("CommandLine", "DATUM"),
                        help=translate("CommandLine", "Notizen bis zu diesem Tag (z. B. 31.12.2026)"))
    parser.add_argument(
        "--no-contact-data",
        action="store_true",
        help=translate(
            "CommandLine",
            "ohne persönliche Kontaktdaten: nur Namen und Funktionen, keine E-Mail-Adressen und Telefonnummern",
        ),
    )
    parser.add_argument("--notes", default="5", metavar="N", help=translate("CommandLine", "Zahl der neuesten Notizen (Standard: 5)"))
    parser.add_argument("--full-texts", action="store_true", help=translate("CommandLine", "Notizen mit vollem Text statt Kurzfassung"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    record_type = _briefing_type(args.type)
    options = BriefingOptions(
        date_from=date_option(args.date_from, "--from"),
        date_to=date_option(args.date_to, "--to"),
        recent_notes=_count(args.notes),
        full_note_texts=args.full_texts,
        with_contact_data=not args.no_contact_data,
    )
    target = Path(args.output).absolute()
    if not target.parent.is_dir():
        raise SicError(translate("CommandLine", "Den Ordner „{folder}“ gibt es nicht. Die PDF wurde nicht erstellt.")
                       .format(folder=target.parent))
    with open_workspace(args) as workspace:
        refs = [RecordRef(record_type, _record_id(workspace, record_type, text)) for text in args.ids]
        if _wants_word(args.format, target):
            drive_with_progress_line(build_briefing_docx(workspace, refs, options, target))
            print(translate("CommandLine", "Briefing gespeichert: {path} (Word).").format(path=target))
            return 0
        result = drive_with_progress_line(build_briefing(workspace, refs, options, target))
    print(translate("CommandLine", "Briefing gespeichert: {path} ({pages}).").format(
        path=target, pages=page_count_text(result.page_count)))
    for warning in result.warnings:
        print_hint(warning)
    return 0


def _wants_word(chosen: str | None, target: Path) -> bool:
    if chosen is None:
        return target.suffix.casefold() == ".docx"
    return chosen == "docx"


def _briefing_type(text: str) -> RecordType:
    record_type = parse_record_type(text)
    if record_type not in BRIEFING_TYPES:
        raise SicError(translate("CommandLine", "Für „{text}“ gibt es kein Briefing. Möglich: {types}.").format(
            text=text, types=translate("CommandLine", _TYPES_HELP)))
    return record_type


def _record_id(workspace: Workspace, record_type: RecordType, text: str) -> int:
    """A record number; a theme field may also be given by its name."""
    if text.strip().isdigit():
        return int(text)
    if record_type is RecordType.THEME:
        return workspace.themes.resolve([text])[0]
    raise SicError(translate("CommandLine", "„{text}“ ist keine Nummer. Die Nummern zeigt „sic-desktop list {kind}“.")
                   .format(text=text, kind=record_type.value))




def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise SicError(translate("CommandLine", "--notes: „{text}“ ist keine Anzahl. Bitte eine Zahl ab 0 angeben, z. B. 5.")
                       .format(text=text))
    return int(text)
