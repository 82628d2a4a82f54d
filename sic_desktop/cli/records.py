"""``sic-desktop list`` and ``sic-desktop show``: read records without the window."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from sic_desktop.cli.common import open_workspace, print_json, print_table, record_type_arg
from sic_desktop.core.dates import format_date, format_timestamp
from sic_desktop.core.fields import field_label, field_names
from sic_desktop.core.models import Record, RecordType
from sic_desktop.core.serialize import record_to_dict
from sic_desktop.core.services.query import ListQuery
from sic_desktop.core.vocab import COOPERATION_STATUSES, LEGAL_BASES, NOTE_KINDS, PARTNER_ROLES, SECTORS, TEXT_FORMATS
from sic_desktop.core.workspace import Workspace

_VOCABULARIES = {
    "sector": SECTORS,
    "status": COOPERATION_STATUSES,
    "kind": NOTE_KINDS,
    "legal_basis": LEGAL_BASES,
    "text_format": TEXT_FORMATS,
}


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("list", help="Datensätze auflisten", description="Listet Datensätze einer Art auf.")
    listing.add_argument("type", type=record_type_arg, metavar="ART", help="organisationen, kontakte, kooperationen, notizen, wiedervorlagen, themenfelder")
    listing.add_argument("--filter", default="", metavar="TEXT", help="nur Einträge, deren Name/Titel TEXT enthält")
    listing.add_argument("--limit", type=int, metavar="N", help="höchstens N Einträge")
    listing.add_argument("--trash", action="store_true", help="den Papierkorb dieser Art zeigen")
    listing.add_argument("--json", action="store_true", help="vollständige Datensätze als JSON ausgeben")
    listing.set_defaults(func=run_list)

    show = subparsers.add_parser("show", help="einen Datensatz anzeigen", description="Zeigt einen Datensatz mit seinen Verknüpfungen.")
    show.add_argument("type", type=record_type_arg, metavar="ART")
    show.add_argument("id", type=int, metavar="NR")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
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
        print_table(["Nr."] + [c.header for c in columns], rows)
        print(f"{len(ids):,} {args.type.plural}".replace(",", "."))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        record = workspace.service(args.type).get(args.id, include_trashed=True)
        if args.json:
            print_json(record_to_dict(record))
            return 0
        print(f"{args.type.label} Nr. {record.id}: {record.display_title}")
        for name in field_names(args.type):
            text = _describe(workspace, record, name)
            if text:
                print(f"  {field_label(args.type, name)}: {text}")
        print(f"  Angelegt: {format_timestamp(record.created_at)} von {record.created_by}")
        print(f"  Geändert: {format_timestamp(record.updated_at)} von {record.updated_by}")
        if record.deleted_at:
            print(f"  Im Papierkorb seit {format_timestamp(record.deleted_at)}")
        for related in workspace.links.related(record.ref):
            detail = f" ({related.detail})" if related.detail else ""
            print(f"  → {related.ref.type.label} Nr. {related.ref.id}: {related.title}{detail}")
    return 0


def _describe(workspace: Workspace, record: Record, name: str) -> str:
    value: Any = getattr(record, name)
    if name in _VOCABULARIES:
        return _VOCABULARIES[name].label(value)
    if name == "theme_ids":
        names = workspace.themes.names()
        return ", ".join(names.get(i, str(i)) for i in value)
    if name == "memberships":
        return "; ".join(f"{m.organisation_name} ({m.function})" if m.function else m.organisation_name for m in value)
    if name == "partners":
        return "; ".join(f"{p.name} ({PARTNER_ROLES.label(p.role)})" for p in value)
    if name in ("organisation_ids", "person_ids", "cooperation_ids"):
        kind = {"organisation_ids": RecordType.ORGANISATION, "person_ids": RecordType.PERSON, "cooperation_ids": RecordType.COOPERATION}[name]
        titles = workspace.titles([workspace.service(kind).get(i, include_trashed=True).ref for i in value])
        return "; ".join(titles.values())
    if name == "target":
        return f"{value.type.label} Nr. {value.id}" if value else ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value or "")
    return text if len(text) < 400 else text[:400] + " …"
