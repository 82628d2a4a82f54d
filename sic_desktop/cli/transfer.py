"""``sic-desktop import`` and ``sic-desktop export``: bring lists in, take everything out.

``import`` prints the per-line report and exits with 1 when lines were refused,
so a script notices; ``--dry-run`` shows the report without storing anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sic_desktop.cli.common import (
    drive_with_progress_line,
    open_workspace,
    print_hint,
    reapply_logged_erasures,
    record_type_arg,
)
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import number, translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import ColumnMapping, Source, TargetKind, load_mapping, open_source, target_field
from sic_desktop.io.column_mapping import unmapped_columns
from sic_desktop.io.csv_source import open_csv
from sic_desktop.io.importer import ImportOptions, import_file
from sic_desktop.io.json_export import export_json
from sic_desktop.io.json_import import import_json, is_full_export
from sic_desktop.io.record_export import (
    export_list_csv,
    export_organisations_csv,
    export_persons_csv,
    export_persons_vcard,
)
from sic_desktop.io.remembered_mappings import mapping_for
from sic_desktop.io.section_counts import counts_text
from sic_desktop.io.vcard_source import open_vcard
from sic_desktop.io.xlsx_source import open_xlsx

_KINDS = {
    "kontakte": TargetKind.PERSON, "persons": TargetKind.PERSON, "personen": TargetKind.PERSON,
    "contacts": TargetKind.PERSON, "organisationen": TargetKind.ORGANISATION,
    "organisations": TargetKind.ORGANISATION, "organizations": TargetKind.ORGANISATION,
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help=translate("CommandLine", "Kontakte oder Organisationen aus einer Datei übernehmen"),
        description=translate(
            "CommandLine",
            "Übernimmt Kontakte oder Organisationen aus CSV (Outlook, Excel), Excel (.xlsx) oder vCard, oder liest "
            "einen Gesamtexport (JSON) in einen leeren Datenordner ein. Gibt je Zeile aus, was angelegt, ergänzt oder"
            " nicht übernommen wurde; Exit-Code 1, wenn Zeilen abgelehnt wurden.",
        ),
    )
    parser.add_argument("file", type=Path, metavar=translate("CommandLine", "DATEI"))
    parser.add_argument("--format", choices=("csv", "xlsx", "vcard", "json"), help=translate("CommandLine", "Dateiformat (sonst erkannt)"))
    parser.add_argument("--kind", choices=sorted(_KINDS), default="persons", help=translate("CommandLine", "was die Zeilen sind"))
    parser.add_argument("--dry-run", action="store_true", help=translate("CommandLine", "nur prüfen und berichten, nichts speichern"))
    parser.add_argument(
        "--strict", action="store_true", help=translate("CommandLine", "alles oder nichts: eine abgelehnte Zeile lehnt die Datei ab")
    )
    parser.add_argument("--allow-duplicates", action="store_true", help=translate("CommandLine", "mögliche Doppelte trotzdem anlegen"))
    parser.add_argument("--mapping", type=Path, metavar=translate("CommandLine", "DATEI"),
                        help=translate("CommandLine", "Spaltenzuordnung (JSON) statt der gemerkten"))
    parser.add_argument("--sheet", metavar="NAME", help=translate("CommandLine", "Tabellenblatt einer Excel-Datei (sonst das erste)"))
    parser.add_argument(
        "--header-row", type=int, metavar="N",
        help=translate(
            "CommandLine",
            "Zeile N enthält die Spaltenüberschriften (CSV und Excel; sonst erkannt; Zeilen darüber werden "
            "übersprungen)",
        ),
    )
    parser.add_argument("--report", type=Path, metavar=translate("CommandLine", "DATEI"),
                        help=translate("CommandLine", "Bericht speichern (.csv für Excel, sonst Text)"))
    parser.set_defaults(func=run_import)

    export = subparsers.add_parser(
        "export", help=translate("CommandLine", "Daten exportieren"),
        description=translate(
            "CommandLine",
            "json: alles, verlustfrei (wieder einlesbar in einen leeren Datenordner). csv: Kontakte im "
            "Outlook-Format; mit --type organisationen: Organisationen mit Adresse, Webseite, E-Mail und Telefon "
            "(wieder einlesbar mit import --kind organisationen); mit --type einer anderen Art: die Liste wie im "
            "Programmfenster. vcard: Kontakte als vCard 3.0.",
        ),
    )
    export.add_argument("--format", choices=("json", "csv", "vcard"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, metavar=translate("CommandLine", "DATEI"))
    export.add_argument("--type", type=record_type_arg, metavar=translate("CommandLine", "ART"),
                        help=translate("CommandLine", "Liste dieser Art (nur csv und vcard)"))
    export.add_argument("--filter", default="", metavar="TEXT", help=translate("CommandLine", "nur Einträge, deren Name/Titel TEXT enthält"))
    export.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        if args.format == "json" or (args.format is None and is_full_export(args.file)):
            counts = drive_with_progress_line(import_json(workspace, args.file, dry_run=args.dry_run))
            done = (translate("CommandLine", "Gesamtexport geprüft (Probelauf, nichts gespeichert): {counts}.")
                    if args.dry_run else translate("CommandLine", "Gesamtexport eingelesen: {counts}."))
            print(done.format(counts=counts_text(counts)))
            if not args.dry_run:
                reapply_logged_erasures(workspace)
            return 0
        source = _source(args)
        mapping = _mapping(workspace, source, args)
        options = ImportOptions(
            dry_run=args.dry_run, strict=args.strict, create_possible_duplicates=args.allow_duplicates
        )
        report = drive_with_progress_line(import_file(workspace, source, mapping, options))
    print(report.to_text(), end="")
    if args.report:
        (report.write_csv if args.report.suffix.lower() == ".csv" else report.write_text)(args.report)
        print(translate("CommandLine", "Bericht gespeichert: {path}").format(path=args.report))
    return 1 if report.refused else 0


def _source(args: argparse.Namespace) -> Source:
    if args.format == "csv":
        return open_csv(args.file, header_row=args.header_row)
    if args.format == "xlsx":
        return open_xlsx(args.file, sheet=args.sheet, header_row=args.header_row)
    if args.format == "vcard":
        return open_vcard(args.file)
    return open_source(args.file, sheet=args.sheet, header_row=args.header_row)


def _mapping(workspace: Workspace, source: Source, args: argparse.Namespace) -> ColumnMapping:
    kind = _KINDS[args.kind]
    if args.mapping:
        mapping = load_mapping(args.mapping)
        missing = mapping.missing_columns(source.headers)
        if missing:
            names = ", ".join(f"„{name}“" for name in missing)
            print_hint(translate("CommandLine", "Diese Spalten der Zuordnung fehlen in der Datei: {names}").format(names=names))
        return mapping
    mapping, remembered = mapping_for(workspace, source.headers, kind)
    print(translate("CommandLine", "Spaltenzuordnung gemerkt vom letzten Import dieses Dateiaufbaus:") if remembered
          else translate("CommandLine", "Spaltenzuordnung vorgeschlagen:"), file=sys.stderr)
    for header, field in mapping.columns.items():
        print(f"  {header} → {target_field(mapping.kind, field).label}", file=sys.stderr)
    unknown, _ignored = unmapped_columns(source.headers, mapping)
    if unknown:
        names = ", ".join(f"„{name}“" for name in unknown)
        print("  " + translate("CommandLine", "nicht zugeordnet: {names}").format(names=names), file=sys.stderr)
    return mapping


def run_export(args: argparse.Namespace) -> int:
    query = ListQuery(text=args.filter)
    with open_workspace(args) as workspace:
        if args.format == "json":
            if args.type or args.filter:
                raise SicError(translate("CommandLine", "Der JSON-Export enthält immer alles; --type und --filter "
                                         "passen nicht dazu."))
            counts = drive_with_progress_line(export_json(workspace, args.output))
            print(translate("CommandLine", "Gesamtexport geschrieben: {path} ({counts}).").format(
                path=args.output, counts=counts_text(counts)))
            return 0
        if args.format == "vcard":
            if args.type not in (None, RecordType.PERSON):
                raise SicError(translate("CommandLine", "Als vCard lassen sich nur Kontakte exportieren."))
            count = drive_with_progress_line(export_persons_vcard(workspace, args.output, query))
        elif args.type is None:
            count = drive_with_progress_line(export_persons_csv(workspace, args.output, query))
        elif args.type is RecordType.ORGANISATION:
            count = drive_with_progress_line(export_organisations_csv(workspace, args.output, query))
        else:
            count = drive_with_progress_line(export_list_csv(workspace, args.type, query, args.output))
        kind = args.type or RecordType.PERSON
        print(translate("CommandLine", "{count} {kind} exportiert: {path}").format(
            count=number(count), kind=kind.label if count == 1 else kind.plural, path=args.output))
    return 0
