"""``sic-desktop search`` and ``sic-desktop reindex``: the full-text search without the window."""

from __future__ import annotations

import argparse
import sys
import time

from sic_desktop.cli.common import drive_with_progress_line, open_workspace, print_json, record_type_arg
from sic_desktop.core.dates import format_date
from sic_desktop.core.models import RecordType
from sic_desktop.search import SearchResults, SearchUnavailableError
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.search.service import SearchService

DEFAULT_LIMIT = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser(
        "search", help="Volltextsuche in allen Datensätzen",
        description="Sucht in Organisationen, Kontakten, Kooperationen und Notizen. Beispiele: "
        "„Kinderbetreuung Pflege“, „typ:notiz von:2025 Stiftung“, „\"pflegende Angehörige\"“. "
        "Ein veralteter Suchindex wird vorher neu aufgebaut.",
    )
    search.add_argument("query", metavar="SUCHE", nargs="*",
                        help="Suchbegriffe; „-Wort“ schließt ein Wort aus, auch als erstes Wort")
    search.add_argument("--type", type=_searched_type, action="append", metavar="ART",
                        help="nur diese Art: organisationen, kontakte, kooperationen, notizen (mehrfach möglich)")
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N",
                        help=f"höchstens N Treffer (Vorgabe {DEFAULT_LIMIT})")
    search.add_argument("--json", action="store_true", help="Treffer als JSON ausgeben")
    search.set_defaults(func=run_search)

    reindex = subparsers.add_parser(
        "reindex", help="Suchindex neu aufbauen",
        description="Baut den Suchindex aus der Datenbank neu auf (die Daten selbst ändern sich nicht).",
    )
    reindex.set_defaults(func=run_reindex)


def _searched_type(text: str) -> RecordType:
    record_type = record_type_arg(text)
    if record_type not in SEARCHED_TYPES:
        raise argparse.ArgumentTypeError(
            f"„{text}“ wird nicht durchsucht. Möglich: organisationen, kontakte, kooperationen, notizen."
        )
    return record_type


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("muss mindestens 1 sein")
    return value


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
        print("Fehler: Bitte einen Suchbegriff angeben.", file=sys.stderr)
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
        print(f"Keine Treffer für „{query}“.")
        if results.suggestion:
            print(f"Meinten Sie „{results.suggestion}“?")
        return
    for record_type, hits in results.by_type().items():
        print(f"{record_type.plural} ({_number(results.counts_by_type.get(record_type, len(hits)))} Treffer)")
        for hit in hits:
            extras = [format_date(hit.date)] if hit.date else []
            if hit.fuzzy:
                extras.append("ähnlich geschrieben")
            suffix = f" · {' · '.join(extras)}" if extras else ""
            print(f"  Nr. {hit.ref.id}: {hit.title}{suffix}")
            if hit.snippet.plain:
                print(f"      {' '.join(hit.snippet.plain.split())}")
    shown = len(results.hits)
    if results.total > shown:
        print(f"{_number(results.total)} Treffer, die besten {_number(shown)} gezeigt (mehr mit --limit).")


def run_reindex(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with open_workspace(args) as workspace, SearchService(workspace, listen=False) as service:
        count = drive_with_progress_line(service.rebuild())
    seconds = time.perf_counter() - started
    print(f"Suchindex neu aufgebaut: {_number(count)} Einträge in {seconds:.0f} s.")
    return 0


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")
