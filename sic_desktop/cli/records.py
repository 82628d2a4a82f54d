"""``sic-desktop list`` and ``sic-desktop show``: read records without the window."""

from __future__ import annotations

import argparse

from sic_desktop.cli.common import TYPE_NAMES_HELP, open_workspace, print_json, print_table, record_type_arg
from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.display import field_text
from sic_desktop.core.field_labels import field_label, field_names
from sic_desktop.core.i18n import number, translate
from sic_desktop.core.models import Record
from sic_desktop.core.serialize import record_to_dict
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("list",
        help=translate(
            "CommandLine",
            "Datensätze auflisten",
        ), description=translate("CommandLine", "Listet Datensätze einer Art auf."))
    listing.add_argument("type", type=record_type_arg, metavar=translate("CommandLine", "ART"), help=translate("CommandLine", TYPE_NAMES_HELP))
    listing.add_argument("--filter", default="", metavar="TEXT", help=translate("CommandLine", "nur Einträge, deren Name/Titel TEXT enthält"))
    listing.add_argument("--limit", type=int, metavar="N", help=translate("CommandLine", "höchstens N Einträge"))
    listing.add_argument("--trash", action="store_true", help=translate("CommandLine", "den Papierkorb dieser Art zeigen"))
    listing.add_argument("--json", action="store_true", help=translate("CommandLine", "vollständige Datensätze als JSON ausgeben"))
    listing.set_defaults(func=run_list)

    show = subparsers.add_parser("show",
        help=translate(
            "CommandLine",
            "einen Datensatz anzeigen",
        ), description=translate("CommandLine", "Zeigt einen Datensatz mit seinen Verknüpfungen."))
    show.add_argument("type", type=record_type_arg, metavar=translate("CommandLine", "ART"))
    show.add_argument("id", type=int, metavar=translate("CommandLine", "NR"))
    show.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    show.set_defaults(func=run_show)


def run_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        service = workspace.service(args.type)
        ids = service.ids(ListQuery(text=args.filter, trashed=args.trash, limit=args.limit))
        if args.json:
            print_json([record_to_dict(record) for record in service.get_many(ids)])
            return 0
        columns = service.summary_columns
        rows = [[str(row["id"])] + [str(row[c.key]) for c in columns] for row in service.summaries(ids)]
        print_table([translate("CommandLine", "Nr.")] + [c.header for c in columns], rows)
        kind = args.type.label if len(ids) == 1 else args.type.plural
        print(f"{number(len(ids))} {kind}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        record = workspace.service(args.type).get(args.id, include_trashed=True)
        if args.json:
            print_json(record_to_dict(record))
            return 0
        print(translate("CommandLine", "{kind} Nr. {id}: {title}").format(
            kind=args.type.label, id=record.id, title=record.display_title))
        for name in field_names(args.type):
            text = _describe(workspace, record, name)
            if text:
                print(f"  {field_label(args.type, name)}: {text}")
        print(translate("CommandLine", "  Angelegt: {at} von {by}").format(
            at=format_timestamp(record.created_at), by=record.created_by))
        print(translate("CommandLine", "  Geändert: {at} von {by}").format(
            at=format_timestamp(record.updated_at), by=record.updated_by))
        if record.deleted_at:
            print(translate("CommandLine", "  Im Papierkorb seit {at}").format(at=format_timestamp(record.deleted_at)))
        for related in workspace.links.related(record.ref):
            detail = f" ({related.detail})" if related.detail else ""
            print("  → " + translate("CommandLine", "{kind} Nr. {id}: {title}").format(
                kind=related.ref.type.label, id=related.ref.id, title=related.title) + detail)
    return 0


def _describe(workspace: Workspace, record: Record, name: str) -> str:
    text = field_text(workspace, record, name)
    return text if len(text) < 400 else text[:400] + " …"
