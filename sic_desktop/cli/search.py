"""``sic-desktop search`` and ``sic-desktop reindex``: the full-text search without the window."""

from __future__ import annotations

import argparse
import sys
import time

from sic_desktop.cli.common import (
    drive_with_progress_line,
    open_workspace,
    positive_number,
    print_json,
    record_type_arg,
)
from sic_desktop.core.dates import format_date
from sic_desktop.core.i18n import counted, number, translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.search import SearchResults, SearchUnavailableError
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.search.service import SearchService

DEFAULT_LIMIT = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser(
        "search", help=translate("CommandLine", "Volltextsuche in allen Datensätzen"),
        description=translate(
            "CommandLine",
            "Sucht in Organisationen, Kontakten, Kooperationen und Notizen. Beispiele: „Kinderbetreuung Pflege“, "
            "„typ:notiz von:2025 Stiftung“, „\"pflegende Angehörige\"“. Ein veralteter Suchindex wird vorher neu "
            "aufgebaut.",
        ),
    )
    search.add_argument("query", metavar=translate("CommandLine", "SUCHE"), nargs="*",
                        help=translate(
                            "CommandLine",
                            "Suchbegriffe; „-Wort“ schließt ein Wort aus, auch als erstes Wort",
                        ))
    search.add_argument("--type", type=_searched_type, action="append", metavar=translate("CommandLine", "ART"),
                        help=translate(
                            "CommandLine",
                            "nur diese Art: organisationen, kontakte, kooperationen, notizen (mehrfach möglich)",
                        ))
    search.add_argument("--limit", type=positive_number, default=DEFAULT_LIMIT, metavar="N",
                        help=translate("CommandLine", "höchstens N Treffer (Vorgabe {limit})").format(limit=DEFAULT_LIMIT))
    search.add_argument("--json", action="store_true", help=translate("CommandLine", "Treffer als JSON ausgeben"))
    search.set_defaults(func=run_search)

    reindex = subparsers.add_parser(
        "reindex", help=translate("CommandLine", "Suchindex neu aufbauen"),
        description=translate(
            "CommandLine",
            "Baut den Suchindex aus der Datenbank neu auf (die Daten selbst ändern sich nicht).",
        ),
    )
    reindex.set_defaults(func=run_reindex)


def _searched_type(text: str) -> RecordType:
    record_type = record_type_arg(text)
    if record_type not in SEARCHED_TYPES:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "„{text}“ wird nicht durchsucht. Möglich: organisationen, kontakte, "
                      "kooperationen, notizen.").format(text=text)
        )
    return record_type


def take_excluded_words(args: argparse.Namespace, extra: list[str], argv: list[str]) -> bool:
    """argparse reads „-Pflege“ as an unknown option: for ``search`` it is an excluded word of the query.

    The words are put back in the order they were typed (``-a OR b`` is not ``OR b -a``).
    False for other commands and for what looks like a mistyped option („--limt“).
    """
    if getattr(args, "func", None) is not run_search or any(word.startswith("--") for word in extra):
        return False
    pending = [*args.query, *extra]
    ordered = []
    for token in argv[argv.index("search") + 1 :]:
        if token in pending:
            pending.remove(token)
            ordered.append(token)
    args.query = ordered + pending
    return True


def run_search(args: argparse.Namespace) -> int:
    args.query = " ".join(args.query)
    if not args.query.strip():
        print(translate("CommandLine", "Fehler: Bitte einen Suchbegriff angeben."), file=sys.stderr)
        return 2
    with open_workspace(args) as workspace, SearchService(workspace, listen=False) as service:
        drive_with_progress_line(service.ensure_current())
        types = args.type or None
        try:
            results = service.search(args.query, types=types, limit=args.limit)
        except SearchUnavailableError:  # the search met damage in the index and marked it: rebuild, ask again
            drive_with_progress_line(service.ensure_current())
            results = service.search(args.query, types=types, limit=args.limit)
    if args.json:
        print_json([hit.as_dict() for hit in results.hits])
    else:
        _print_results(args.query, results)
    return 0


def _print_results(query: str, results: SearchResults) -> None:
    if not results.hits:
        print(translate("CommandLine", "Keine Treffer für „{query}“.").format(query=query))
        if results.suggestion:
            print(translate("CommandLine", "Meinten Sie „{suggestion}“?").format(suggestion=results.suggestion))
        return
    for record_type, hits in results.by_type().items():
        count = number(results.counts_by_type.get(record_type, len(hits)))
        print(translate("CommandLine", "{kind} ({count} Treffer)").format(kind=record_type.plural, count=count))
        for hit in hits:
            extras = [format_date(hit.date)] if hit.date else []
            if hit.fuzzy:
                extras.append(translate("CommandLine", "ähnlich geschrieben"))
            suffix = f" · {' · '.join(extras)}" if extras else ""
            print(translate("CommandLine", "  Nr. {id}: {title}").format(id=hit.ref.id, title=hit.title) + suffix)
            if hit.snippet.plain:
                print(f"      {' '.join(hit.snippet.plain.split())}")
    shown = len(results.hits)
    if results.total > shown:
        print(translate("CommandLine", "{total} Treffer, die besten {shown} gezeigt (mehr mit --limit).").format(
            total=number(results.total), shown=number(shown)))


def run_reindex(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with open_workspace(args) as workspace, SearchService(workspace, listen=False) as service:
        count = drive_with_progress_line(service.rebuild())
    seconds = time.perf_counter() - started
    entries = counted(count, translate("CommandLine", "1 Eintrag"), translate("CommandLine", "{count} Einträge"))
    print(translate("CommandLine", "Suchindex neu aufgebaut: {entries} in {seconds} s.").format(
        entries=entries, seconds=number(seconds)))
    return 0
